import type { MarkerShape } from './format.ts';

// The key of a chart, in HTML so it wraps on narrow screens, reads right to
// left on an Arabic page and is read out by screen readers. Each swatch shows
// the series' dash and marker as well as its colour.

export interface LegendItem {
  id: string;
  label: string;
  color: string;
  dash?: string;
  marker?: MarkerShape;
}

function Marker({ shape, color }: { shape: MarkerShape; color: string }) {
  const style = { fill: 'var(--surface)', stroke: color, strokeWidth: 1.4 };
  switch (shape) {
    case 'circle':
      return <circle cx="14" cy="6" r="3.2" style={style} />;
    case 'square':
      return <rect x="11" y="3" width="6" height="6" style={style} />;
    case 'triangle':
      return <path d="M14,2.2L17.6,9h-7.2z" style={style} />;
    case 'diamond':
      return <path d="M14,1.8L18,6L14,10.2L10,6z" style={style} />;
    case 'cross':
      return <path d="M12.5,2.5h3v2h2v3h-2v2h-3v-2h-2v-3h2z" style={style} />;
    case 'none':
      return null;
  }
}

export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="gr-legend">
      {items.map((item) => (
        <li key={item.id} data-series={item.id}>
          <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
            <line x1="1" y1="6" x2="27" y2="6" style={{ stroke: item.color, strokeDasharray: item.dash }} strokeWidth="2" />
            {item.marker && <Marker shape={item.marker} color={item.color} />}
          </svg>
          <span>{item.label}</span>
        </li>
      ))}
    </ul>
  );
}
