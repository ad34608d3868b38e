import { memo, useRef } from 'react';
import { useLang } from '../../../i18n/useT.ts';
import { useChart } from '../../shared/useChart.ts';
import { ChartFigure } from '../common/ChartFigure.tsx';
import { formatNumber as f } from '../common/format.ts';
import { createLineChart } from '../common/line-chart.ts';
import type { DataSource } from '../common/source.ts';
import { useSourceFrames, useThrottledValue } from '../common/useSource.ts';
import { clipNormsData, clipStats, twinLossData, type ClipData } from './clip-data.ts';
import { useLabT } from '../common/useLabT.ts';

// The twin runs side by side: both loss curves, and the clipped run's
// gradient norm before and after clipping with the threshold and the updates
// where clipping fired.

type Chart = ReturnType<typeof createLineChart>;
/** Before the first update: the axis of one "Train both". */
const EMPTY_X = [0, 300] as const;
/** Losses and norms of a diverging run leave through the top here; the text gives their size. */
const CEIL = 1e8;

// Memoised: the source is stable, so the section's own re-renders (status, progress) skip the view.
export const TwinLossView = memo(function TwinLossView(props: { source: DataSource<ClipData> }) {
  return <TwinLoss key={useLang()} {...props} />;
});

function TwinLoss({ source }: { source: DataSource<ClipData> }) {
  const t = useLabT();
  const box = useRef<HTMLDivElement | null>(null);
  const { elRef, chartRef } = useChart<SVGSVGElement, Chart>(
    (el) =>
      createLineChart(el, {
        xLabel: t('clip.x'),
        yLabel: t('clip.lossY'),
        yScale: 'log',
        xEmpty: EMPTY_X,
        yCeil: CEIL,
        series: [
          { id: 'unclipped', color: 'var(--accent-2)', dash: '6 4', marker: 'square' },
          { id: 'clipped', color: 'var(--accent)', marker: 'circle' },
        ],
      }),
    box,
  );
  const diverged = (step: number) => t('clip.divergedMark', { step });
  useSourceFrames(source, (d) => chartRef.current?.update(twinLossData(d, diverged)), box);
  const d = useThrottledValue(source);
  const lastLoss = (c: ClipData['clipped']) => (c.loss.length ? c.loss[c.loss.length - 1]! : Number.NaN);
  let summary = t('clip.notYet');
  if (d && (d.clipped.loss.length > 0 || d.unclipped.loss.length > 0)) {
    summary = t('clip.lossSummary', { tau: f(d.tau), clipped: f(lastLoss(d.clipped)), unclipped: f(lastLoss(d.unclipped)) });
    if (d.unclippedDiverged !== null) summary += ` ${t('clip.divergedSentence', { step: d.unclippedDiverged })}`;
  }
  return (
    <ChartFigure
      testId="twin-loss"
      title={t('clip.lossTitle')}
      height={240}
      containerRef={box}
      svgRef={elRef}
      legend={[
        { id: 'clipped', label: t('clip.clippedRun', { tau: d ? f(d.tau) : 'τ' }), color: 'var(--accent)', marker: 'circle' },
        { id: 'unclipped', label: t('clip.unclippedRun'), color: 'var(--accent-2)', dash: '6 4', marker: 'square' },
      ]}
      summary={summary}
    />
  );
}

export const ClipNormsView = memo(function ClipNormsView(props: { source: DataSource<ClipData> }) {
  return <ClipNorms key={useLang()} {...props} />;
});

function ClipNorms({ source }: { source: DataSource<ClipData> }) {
  const t = useLabT();
  const box = useRef<HTMLDivElement | null>(null);
  const { elRef, chartRef } = useChart<SVGSVGElement, Chart>(
    (el) =>
      createLineChart(el, {
        xLabel: t('clip.x'),
        yLabel: t('clip.normY'),
        yScale: 'log',
        xEmpty: EMPTY_X,
        yCeil: CEIL,
        series: [
          { id: 'unclipped', color: 'var(--accent-2)', dash: '6 4', weight: 0.8 },
          { id: 'before', color: 'var(--fg)', dash: '2 2', marker: 'diamond', weight: 0.8 },
          { id: 'after', color: 'var(--accent)', weight: 1.4 },
        ],
      }),
    box,
  );
  useSourceFrames(
    source,
    (d) => chartRef.current?.update(clipNormsData(d, { threshold: `τ = ${f(d.tau)}`, fired: t('clip.fired') })),
    box,
  );
  const d = useThrottledValue(source);
  const s = d ? clipStats(d) : null;
  return (
    <ChartFigure
      testId="clip-norms"
      title={t('clip.normTitle')}
      height={240}
      containerRef={box}
      svgRef={elRef}
      legend={[
        { id: 'before', label: t('clip.before'), color: 'var(--fg)', dash: '2 2', marker: 'diamond' },
        { id: 'after', label: t('clip.after'), color: 'var(--accent)' },
        { id: 'unclipped', label: t('clip.unclippedNorm'), color: 'var(--accent-2)', dash: '6 4' },
        { id: 'tau', label: t('clip.thresholdLine'), color: 'var(--neg)', dash: '6 3' },
        { id: 'fired', label: t('clip.fired'), color: 'var(--neg)' },
      ]}
      summary={
        d && s && s.points > 0
          ? t('clip.normSummary', {
              fired: s.fired,
              points: s.points,
              maxBefore: f(s.maxBefore),
              maxAfter: f(s.maxAfter),
              tau: f(d.tau),
              maxUnclipped: f(s.maxUnclipped),
            })
          : t('clip.notYet')
      }
    />
  );
}
