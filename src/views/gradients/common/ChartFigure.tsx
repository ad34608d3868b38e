import { useId, type ReactNode, type RefObject } from 'react';
import { Legend, type LegendItem } from './Legend.tsx';
import '../gradients.css';

// The frame every chart of the gradients lab sits in: a title, the chart
// (an empty element D3 owns), its legend, one sentence with the key numbers
// and, folded away, the numbers as a table. The sentence and the table are
// the chart's text alternative; the svg points to the sentence.

export interface TextTable {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly string[])[];
}

export interface ChartFigureProps {
  title: string;
  /** the chart box height in px; its width follows the container */
  height: number;
  containerRef: RefObject<HTMLDivElement | null>;
  svgRef: RefObject<SVGSVGElement | null>;
  legend?: readonly LegendItem[];
  /** the key numbers in one or two sentences */
  summary: string;
  table?: TextTable | null;
  /** toggle text of the folded table */
  tableLabel?: string;
  /** controls or notes under the chart */
  children?: ReactNode;
  testId?: string;
  /** a chart that needs no more than ~34rem (a square picture) */
  narrow?: boolean;
  /** key numbers as data-* attributes on the figure, for tests and scripts that read the page */
  data?: Readonly<Record<string, string>>;
}

export function ChartFigure(p: ChartFigureProps) {
  const summaryId = useId();
  return (
    <figure
      className={p.narrow ? 'view-figure gr-figure gr-figure--narrow' : 'view-figure gr-figure'}
      data-testid={p.testId}
      {...Object.fromEntries(Object.entries(p.data ?? {}).map(([k, v]) => [`data-${k}`, v]))}
    >
      <figcaption className="gr-figure-title">{p.title}</figcaption>
      <div ref={p.containerRef} className="gr-chart-box" style={{ height: p.height }}>
        <svg ref={p.svgRef} role="img" aria-label={p.title} aria-describedby={summaryId} />
      </div>
      {p.legend && p.legend.length > 0 && <Legend items={p.legend} />}
      <p id={summaryId} className="gr-summary">
        {p.summary}
      </p>
      {p.children}
      {p.table && p.table.rows.length > 0 && (
        <details className="gr-table">
          <summary>{p.tableLabel ?? p.table.caption}</summary>
          <table>
            <caption className="visually-hidden">{p.table.caption}</caption>
            <thead>
              <tr>
                {p.table.headers.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="num">
              {p.table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
