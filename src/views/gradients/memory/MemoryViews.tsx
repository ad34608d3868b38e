import { memo, useRef } from 'react';
import { useLang } from '../../../i18n/useT.ts';
import { useChart } from '../../shared/useChart.ts';
import { ChartFigure } from '../common/ChartFigure.tsx';
import { formatNumber as f } from '../common/format.ts';
import { createLineChart } from '../common/line-chart.ts';
import type { DataSource } from '../common/source.ts';
import { useSourceFrames, useThrottledValue } from '../common/useSource.ts';
import { tableDistances } from '../grad-profile/profile-data.ts';
import { accuracyChartData, lastScored, MEMORY_CELLS, pathChartData, reach, type MemoryData } from './memory-data.ts';
import { useLabT } from '../common/useLabT.ts';

// Accuracy against K for the vanilla RNN, the LSTM and the GRU, and the
// gradient paths back through time that explain it.

type Chart = ReturnType<typeof createLineChart>;
/** "Recalls K" means at least this accuracy on the held-out sequences. */
const REACH_LEVEL = 0.9;
const pct = (a: number | undefined) => (a === undefined || Number.isNaN(a) ? '–' : `${Math.round(a * 100)} %`);

const CELL_STYLE = {
  rnn: { color: 'var(--fg)', dash: '6 4', marker: 'square' },
  lstm: { color: 'var(--accent)', marker: 'circle' },
  gru: { color: 'var(--accent-2)', dash: '8 3 2 3', marker: 'triangle' },
} as const;

// Memoised: the source is stable, so the section's own re-renders (status, progress) skip the view.
export const AccuracyView = memo(function AccuracyView(props: { source: DataSource<MemoryData> }) {
  return <Accuracy key={useLang()} {...props} />;
});

function Accuracy({ source }: { source: DataSource<MemoryData> }) {
  const t = useLabT();
  const box = useRef<HTMLDivElement | null>(null);
  const ks = source.read()?.ks;
  const { elRef, chartRef } = useChart<SVGSVGElement, Chart>(
    (el) =>
      createLineChart(el, {
        xLabel: t('memory.x'),
        yLabel: t('memory.y'),
        xScale: 'log',
        yDomain: [0, 1.02],
        ...(ks && { xTicks: ks, xDomain: [Math.min(...ks), Math.max(...ks)] as const }),
        series: MEMORY_CELLS.map((id) => ({ id, ...CELL_STYLE[id], weight: 1.2 })),
      }),
    box,
  );
  const chance = (d: MemoryData) => t('memory.chance', { p: pct(1 / d.countries) });
  useSourceFrames(source, (d) => chartRef.current?.update(accuracyChartData(d, chance(d))), box);
  const d = useThrottledValue(source);
  const label = (c: (typeof MEMORY_CELLS)[number]) => t(`cell.${c}`);
  const rows = d ? d.ks.map((k, i) => [String(k), ...MEMORY_CELLS.map((c) => pct(d.accuracy[c][i]))]) : [];
  const lastDone = d ? lastScored(d) : -1;
  const reachOf = (c: (typeof MEMORY_CELLS)[number]): string => {
    const k = d ? reach(d.ks, d.accuracy[c], REACH_LEVEL) : null;
    return k === null ? t('memory.none') : `K = ${k}`;
  };
  return (
    <ChartFigure
      testId="memory-accuracy"
      title={t('memory.title')}
      height={260}
      containerRef={box}
      svgRef={elRef}
      legend={[
        ...MEMORY_CELLS.map((c) => ({ id: c, label: label(c), ...CELL_STYLE[c] })),
        { id: 'chance', label: d ? chance(d) : t('memory.chance', { p: '–' }), color: 'var(--muted)', dash: '2 4' },
      ]}
      summary={
        d && lastDone >= 0
          ? `${t('memory.summary', {
              k: d.ks[lastDone] ?? '–',
              rnn: pct(d.accuracy.rnn[lastDone]),
              lstm: pct(d.accuracy.lstm[lastDone]),
              gru: pct(d.accuracy.gru[lastDone]),
              chance: pct(1 / d.countries),
            })} ${t('memory.reach', { rnn: reachOf('rnn'), lstm: reachOf('lstm'), gru: reachOf('gru') })}`
          : t('memory.notRun')
      }
      tableLabel={t('table.show')}
      table={{ caption: t('memory.title'), headers: ['K', ...MEMORY_CELLS.map(label)], rows }}
    />
  );
}

export const CellPathView = memo(function CellPathView(props: { source: DataSource<MemoryData> }) {
  return <CellPath key={useLang()} {...props} />;
});

const PATH_STYLE = [
  { id: 'rnn', color: 'var(--fg)', dash: '6 4', marker: 'square' },
  { id: 'gru', color: 'var(--accent-2)', dash: '8 3 2 3', marker: 'triangle' },
  { id: 'lstmCell', color: 'var(--accent)', dash: '3 3', marker: 'diamond' },
  { id: 'lstmForget', color: 'var(--accent)', marker: 'circle', weight: 1.3 },
] as const;

function CellPath({ source }: { source: DataSource<MemoryData> }) {
  const t = useLabT();
  const box = useRef<HTMLDivElement | null>(null);
  const { elRef, chartRef } = useChart<SVGSVGElement, Chart>(
    (el) => {
      // before the run, the axis the paths will have: K + 2 steps at the longest K
      const far = Math.max(...(source.read()?.ks ?? [1])) + 1;
      return createLineChart(el, { xLabel: t('profile.x'), yLabel: t('profile.y'), yScale: 'log', series: PATH_STYLE, xEmpty: [0, far] });
    },
    box,
  );
  useSourceFrames(
    source,
    (d) => {
      if (d.paths) chartRef.current?.update(pathChartData(d.paths));
    },
    box,
  );
  const d = useThrottledValue(source);
  const p = d?.paths ?? null;
  const far = p ? p.rnn.length - 1 : 0;
  // Before the experiment has run, the title names the K it will be measured at.
  const title = t('path.title', { k: p?.k ?? (d ? Math.max(...d.ks) : 'K') });
  const names = {
    lstmForget: t('path.lstmForget'),
    lstmCell: t('path.lstmCell'),
    rnn: t('path.rnn'),
    gru: t('path.gru'),
  };
  return (
    <ChartFigure
      testId="cell-path"
      title={title}
      height={260}
      containerRef={box}
      svgRef={elRef}
      legend={PATH_STYLE.map((s) => ({ ...s, label: names[s.id] })).reverse()}
      summary={
        p
          ? t('path.summary', {
              k: far,
              forget: f(p.lstmForget[far] ?? Number.NaN),
              cell: f(p.lstmCell[far] ?? Number.NaN),
              rnn: f(p.rnn[far] ?? Number.NaN),
              gru: f(p.gru[far] ?? Number.NaN),
              start: f(p.rnn[0] ?? Number.NaN),
            })
          : t('path.waiting')
      }
      tableLabel={t('table.show')}
      table={
        p && {
          caption: title,
          headers: [t('profile.distance'), names.lstmForget, names.lstmCell, names.rnn, names.gru],
          rows: tableDistances(p.rnn.length).map((k) => [
            String(k),
            f(p.lstmForget[k] ?? Number.NaN),
            f(p.lstmCell[k] ?? Number.NaN),
            f(p.rnn[k] ?? Number.NaN),
            f(p.gru[k] ?? Number.NaN),
          ]),
        }
      }
    />
  );
}
