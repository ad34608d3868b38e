// The mark: one recurrent cell unrolled into three steps, its state passed along.
export function Logo() {
  return (
    <svg className="logo" viewBox="0 0 44 20" width="44" height="20" aria-hidden="true" focusable="false">
      <g fill="none" stroke="var(--muted)" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
        <path d="M10.5 10h4.5M26.5 10h4.5" />
        <path d="m13 7.5 2.5 2.5-2.5 2.5M29 7.5l2.5 2.5-2.5 2.5" />
      </g>
      <rect x="1" y="4" width="9" height="12" rx="3" fill="var(--accent)" opacity="0.55" />
      <rect x="17" y="4" width="9" height="12" rx="3" fill="var(--accent)" opacity="0.8" />
      <rect x="33" y="4" width="9" height="12" rx="3" fill="var(--accent-2)" />
    </svg>
  );
}
