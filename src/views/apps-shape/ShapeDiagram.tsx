import './shape.css';

// Which arrows exist in the unrolled graph of an application's network:
// many-to-one from the last state, many-to-one from the mean of the states,
// or many-to-many with a forward and a backward chain (a bidirectional
// tagger). Four steps are drawn; the picture stays left to right in every
// language, like the formulas.

export type ShapeKind = 'last' | 'mean' | 'tagger';

const STEPS = 4;
const DX = 70;
const X0 = 40;

function Arrow({ x1, y1, x2, y2, className }: { x1: number; y1: number; x2: number; y2: number; className?: string }) {
  return <line x1={x1} y1={y1} x2={x2} y2={y2} className={className ?? 'apps-shape__arrow'} markerEnd="url(#apps-shape-head)" />;
}

function Node({ x, y, label, kind }: { x: number; y: number; label: string; kind: 'in' | 'state' | 'out' | 'pool' }) {
  return (
    <g className={`apps-shape__node apps-shape__node--${kind}`}>
      {kind === 'state' ? <circle cx={x} cy={y} r={15} /> : <rect x={x - 16} y={y - 12} width={32} height={24} rx={kind === 'pool' ? 12 : 3} />}
      <text x={x} y={y + 4} textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

export function ShapeDiagram({ kind, label }: { kind: ShapeKind; label: string }) {
  const bi = kind === 'tagger';
  const yIn = bi ? 170 : 150;
  const yF = bi ? 125 : 100;
  const yB = 80;
  const yOut = bi ? 28 : 28;
  const xs = Array.from({ length: STEPS }, (_, t) => X0 + t * DX);
  const width = X0 * 2 + (STEPS - 1) * DX + (kind === 'tagger' ? 0 : 20);
  const xEnd = xs[STEPS - 1] ?? 0;
  const xMid = (X0 + xEnd) / 2;
  return (
    <figure className="apps-shape" dir="ltr" data-testid={`shape-${kind}`}>
      <svg viewBox={`0 0 ${width} ${yIn + 24}`} role="img" aria-label={label}>
        <defs>
          <marker id="apps-shape-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" className="apps-shape__tip" />
          </marker>
        </defs>
        {xs.map((x, t) => (
          <g key={t}>
            <Arrow x1={x} y1={yIn - 12} x2={x} y2={yF + 16} />
            {bi && <Arrow x1={x + 10} y1={yIn - 12} x2={x + 10} y2={yB + 16} className="apps-shape__arrow apps-shape__arrow--back" />}
            {t > 0 && <Arrow x1={x - DX + 16} y1={yF} x2={x - 16} y2={yF} />}
            {bi && t < STEPS - 1 && <Arrow x1={x + DX - 16} y1={yB} x2={x + 16} y2={yB} className="apps-shape__arrow apps-shape__arrow--back" />}
            {bi && <Arrow x1={x} y1={yF - 16} x2={x} y2={yOut + 13} />}
            {bi && <Arrow x1={x + 8} y1={yB - 15} x2={x + 4} y2={yOut + 13} className="apps-shape__arrow apps-shape__arrow--back" />}
            {kind === 'mean' && <Arrow x1={x} y1={yF - 16} x2={xMid + (x - xMid) * 0.25} y2={yOut + 36} />}
            <Node x={x} y={yIn} label={`x${t + 1}`} kind="in" />
            <Node x={x} y={yF} label={`h${t + 1}`} kind="state" />
            {bi && <Node x={x + 10} y={yB} label={`h̃${t + 1}`} kind="state" />}
            {bi && <Node x={x} y={yOut} label={`y${t + 1}`} kind="out" />}
          </g>
        ))}
        {kind === 'last' && (
          <>
            <Arrow x1={xEnd} y1={yF - 16} x2={xEnd} y2={yOut + 13} />
            <Node x={xEnd} y={yOut} label="y" kind="out" />
          </>
        )}
        {kind === 'mean' && (
          <>
            <Node x={xMid} y={yOut + 48} label="h̄" kind="pool" />
            <Arrow x1={xMid} y1={yOut + 36} x2={xMid} y2={yOut + 13} />
            <Node x={xMid} y={yOut} label="y" kind="out" />
          </>
        )}
      </svg>
      <figcaption className="visually-hidden">{label}</figcaption>
    </figure>
  );
}
