import { memo, useRef } from 'react';
import { useLang } from '../../../i18n/useT.ts';
import { useChart } from '../../shared/useChart.ts';
import { ChartFigure } from '../common/ChartFigure.tsx';
import { formatNumber as f } from '../common/format.ts';
import { createLineChart } from '../common/line-chart.ts';
import type { DataSource } from '../common/source.ts';
import { useSourceFrames, useThrottledValue } from '../common/useSource.ts';
import { chainRows, factorChartData, meanFactor, type ChainData } from './chain-data.ts';
import { useLabT } from '../common/useLabT.ts';

// The derivative chain: the notes' table of 0.25ⁿ beside the slope actually
// measured at the current activations, and the factor each step applied.

// Memoised: the source is stable, so the section's own re-renders (status, progress) skip the view.
export const ChainView = memo(function ChainView(props: { source: DataSource<ChainData> }) {
  return <Inner key={useLang()} {...props} />;
});

function Inner({ source }: { source: DataSource<ChainData> }) {
  const t = useLabT();
  const containerRef = useRef<HTMLDivElement | null>(null);
  const { elRef, chartRef } = useChart<SVGSVGElement, ReturnType<typeof createLineChart>>(
    (el) =>
      createLineChart(el, {
        xLabel: t('profile.x'),
        yLabel: t('chain.factorY'),
        yScale: 'log',
        series: [{ id: 'factor', color: 'var(--accent)', marker: 'circle' }],
      }),
    containerRef,
  );
  const refLabels = (d: ChainData) => ({ one: t('chain.one'), rhoSlope: `ρ·s̄ = ${f(d.rho * d.slope)}` });
  useSourceFrames(source, (d) => chartRef.current?.update(factorChartData(d, refLabels(d))), containerRef);
  const d = useThrottledValue(source);
  return (
    <div className="gr-chain" data-testid="derivative-chain">
      <div className="gr-chain-scroll">
      <table className="gr-chain-table">
        <caption>{t('chain.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">n</th>
            <th scope="col">{t('chain.sigmoidCol')}</th>
            <th scope="col">{t('chain.slopeCol', { act: d?.slopeName ?? 'tanh', s: d ? f(d.slope) : '–' })}</th>
            <th scope="col">{t('chain.rhoSlopeCol', { rho: d ? f(d.rho) : '–' })}</th>
          </tr>
        </thead>
        <tbody className="num">
          {chainRows(d ?? { slopeName: '', slope: Number.NaN, rho: Number.NaN, dhTdh: new Float64Array() }).map((r) => (
            <tr key={r.n}>
              <th scope="row">{r.n}</th>
              <td>{f(r.sigmoid)}</td>
              <td>{f(r.slope)}</td>
              <td>{f(r.slopeTimesRho)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <ChartFigure
        testId="step-factors"
        title={t('chain.factorTitle')}
        height={200}
        containerRef={containerRef}
        svgRef={elRef}
        legend={[
          { id: 'factor', label: t('chain.factorSeries'), color: 'var(--accent)', marker: 'circle' },
          { id: 'rho-slope', label: t('chain.rhoSlopeLine'), color: 'var(--accent-2)', dash: '6 4' },
        ]}
        summary={
          d
            ? t('chain.summary', { factor: f(meanFactor(d)), act: d.slopeName, s: f(d.slope), rho: f(d.rho), rs: f(d.rho * d.slope) })
            : t('waiting')
        }
      />
    </div>
  );
}
