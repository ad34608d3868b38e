// The home page's picture: the bille network unrolled over its four steps,
// letters in at the bottom, predictions out at the top, the hidden state
// carried from left to right. Decorative: the pitch next to it says the same.
const LETTERS_IN = ['b', 'i', 'l', 'l'];
const LETTERS_OUT = ['i', 'l', 'l', 'e'];

export function UnrolledFigure() {
  const xs = [40, 110, 180, 250];
  return (
    <svg className="hero__figure ltr" viewBox="0 0 290 170" aria-hidden="true" focusable="false">
      <defs>
        <marker id="hero-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0 0 10 5 0 10z" fill="var(--muted)" />
        </marker>
      </defs>
      {xs.map((x, i) => (
        <g key={x}>
          <line x1={x} y1={132} x2={x} y2={104} stroke="var(--muted)" strokeWidth="1.5" markerEnd="url(#hero-arrow)" />
          <line x1={x} y1={66} x2={x} y2={40} stroke="var(--muted)" strokeWidth="1.5" markerEnd="url(#hero-arrow)" />
          {i < xs.length - 1 && (
            <line x1={x + 22} y1={85} x2={x + 46} y2={85} stroke="var(--accent)" strokeWidth="2.5" markerEnd="url(#hero-arrow)" />
          )}
          <rect x={x - 20} y={66} width={40} height={38} rx={9} fill="var(--accent-soft)" stroke="var(--accent)" strokeWidth="2" />
          <text x={x} y={90} textAnchor="middle" className="hero__h">
            h{String.fromCharCode(0x2081 + i)}
          </text>
          <text x={x} y={156} textAnchor="middle" className="hero__in">
            {LETTERS_IN[i]}
          </text>
          <text x={x} y={28} textAnchor="middle" className="hero__out">
            {LETTERS_OUT[i]}
          </text>
        </g>
      ))}
    </svg>
  );
}
