import { memo, useRef } from 'react';
import { useLang } from '../../../i18n/useT.ts';
import { useChart } from '../../shared/useChart.ts';
import { ChartFigure } from '../common/ChartFigure.tsx';
import { formatNumber } from '../common/format.ts';
import { createLineChart, type SeriesStyle } from '../common/line-chart.ts';
import type { DataSource } from '../common/source.ts';
import { useSourceFrames, useThrottledValue } from '../common/useSource.ts';
import { profileChartData, summariseProfile, tableDistances, type ProfileData } from './profile-data.ts';
import { useLabT } from '../common/useLabT.ts';

// ‖∂L/∂h_t‖ and ‖∂h_T/∂h_t‖ against the distance T − t, log scale, with ρ^k beside them.

const STYLES: readonly SeriesStyle[] = [
  { id: 'ghost', color: 'var(--muted)', dash: '1 3', weight: 1.6, opacity: 0.8 },
  { id: 'ref', color: 'var(--muted)', dash: '2 4', weight: 1 },
  { id: 'dcTdc', color: 'var(--accent-2)', dash: '8 3 2 3', marker: 'triangle' },
  { id: 'dhTdh', color: 'var(--fg)', dash: '6 4', marker: 'square' },
  { id: 'dLdh', color: 'var(--accent)', marker: 'circle', weight: 1.3 },
];

// Memoised: the source is stable, so the section's own re-renders (status, progress) skip the view.
export const GradProfileView = memo(function GradProfileView(props: { source: DataSource<ProfileData> }) {
  return <Inner key={useLang()} {...props} />;
});

function Inner({ source }: { source: DataSource<ProfileData> }) {
  const t = useLabT();
  const containerRef = useRef<HTMLDivElement | null>(null);
  const { elRef, chartRef } = useChart<SVGSVGElement, ReturnType<typeof createLineChart>>(
    (el) => createLineChart(el, { xLabel: t('profile.x'), yLabel: t('profile.y'), yScale: 'log', series: STYLES, yFloor: 1e-300 }),
    containerRef,
  );
  useSourceFrames(source, (d) => chartRef.current?.update(profileChartData(d)), containerRef);
  const d = useThrottledValue(source);
  const s = d ? summariseProfile(d) : null;
  const f = formatNumber;
  const legend = [
    { id: 'dLdh', label: t('series.dLdh'), color: 'var(--accent)', marker: 'circle' as const },
    { id: 'dhTdh', label: t('series.dhTdh'), color: 'var(--fg)', dash: '6 4', marker: 'square' as const },
    ...(d?.dcTdc ? [{ id: 'dcTdc', label: t('series.dcTdc'), color: 'var(--accent-2)', dash: '8 3 2 3', marker: 'triangle' as const }] : []),
    { id: 'ref', label: t('series.ref', { rho: d ? f(d.rho) : 'ρ' }), color: 'var(--muted)', dash: '2 4' },
    ...(d?.ghost ? [{ id: 'ghost', label: t('series.ghost'), color: 'var(--muted)', dash: '1 3' }] : []),
  ];
  return (
    <ChartFigure
      testId="gradient-profile"
      data={
        d && s
          ? { rho: String(d.rho), factor: String(s.factor), regime: s.regime ?? 'none', first: String(s.first), last: String(s.last), steps: String(d.steps) }
          : undefined
      }
      title={t('profile.title')}
      height={280}
      containerRef={containerRef}
      svgRef={elRef}
      legend={legend}
      summary={
        d && s
          ? `${t('profile.summary', {
              steps: d.steps,
              rho: f(d.rho),
              first: f(s.first),
              last: f(s.last),
              far: s.far,
              factor: f(s.factor),
              regime: s.regime ? t(`regime.${s.regime}`) : '–',
              rhoFar: f(s.rhoFar),
            })} ${
              // Before the first update there is no backward pass: ‖∂L/∂h_t‖ is all zeros, not a measurement.
              s.lossFirst > 0
                ? t('profile.lossSummary', { lossFirst: f(s.lossFirst), lossLast: f(s.lossLast), far: s.far })
                : t('profile.noLossYet')
            }`
          : t('waiting')
      }
      tableLabel={t('table.show')}
      table={
        d && {
          caption: t('profile.title'),
          headers: [t('profile.distance'), t('series.dLdh'), t('series.dhTdh'), ...(d.dcTdc ? [t('series.dcTdc')] : []), 'ρ^k'],
          rows: tableDistances(d.dhTdh.length).map((k) => [
            String(k),
            f(d.dLdh[k] ?? Number.NaN),
            f(d.dhTdh[k] ?? Number.NaN),
            ...(d.dcTdc ? [f(d.dcTdc[k] ?? Number.NaN)] : []),
            f(d.rho ** k),
          ]),
        }
      }
    />
  );
}
