import { useEffect, useRef } from 'react';
import { useChart } from '../shared/useChart.ts';
import { createSoftmaxChart, type SoftmaxChart as Chart, type SoftmaxData } from './softmaxChart.ts';
import './language-softmax.css';

/** The next-token distribution at three temperatures, with the same numbers in a table for screen readers. */
export function SoftmaxChart({ data, label, caption }: { data: SoftmaxData; label: string; caption: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const { elRef, chartRef } = useChart<HTMLDivElement, Chart>((el) => createSoftmaxChart(el), containerRef);
  useEffect(() => chartRef.current?.update(data), [chartRef, data]);
  return (
    <figure className="lang-softmax__fig">
      <div ref={containerRef} dir="ltr">
        <div ref={elRef} role="img" aria-label={label} />
      </div>
      <table className="visually-hidden">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {data.temperatures.map((T) => (
              <th key={T} scope="col">{`T = ${T}`}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.tokens.map((tok, k) => (
            <tr key={k}>
              <th scope="row">{tok}</th>
              {data.probs.map((row, i) => (
                <td key={i}>{(row[k] ?? 0).toFixed(3)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
