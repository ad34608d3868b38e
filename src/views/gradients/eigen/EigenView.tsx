import { memo, useEffect, useRef, useState } from 'react';
import { useLang } from '../../../i18n/useT.ts';
import { useChart } from '../../shared/useChart.ts';
import { ChartFigure } from '../common/ChartFigure.tsx';
import { formatNumber as f } from '../common/format.ts';
import { createLineChart } from '../common/line-chart.ts';
import type { DataSource } from '../common/source.ts';
import { useSourceFrames, useThrottledValue } from '../common/useSource.ts';
import { createEigenPlane } from '../eigen-plane/eigen-plane.ts';
import { eigenCounts, powersChartData, type EigenData } from './eigen-data.ts';
import { useLabT } from '../common/useLabT.ts';

// W^t = U Λ^t U⁻¹ by powering: the eigenvalues in the complex plane raised to
// the power t (a slider), and the growth |λ|^t of the fastest and slowest
// directions beside what W^t really does to a vector.

const T_MAX = 50;

// Memoised: the source is stable, so the section's own re-renders (status, progress) skip the view.
export const EigenView = memo(function EigenView(props: { source: DataSource<EigenData> }) {
  return <Inner key={useLang()} {...props} />;
});

function Inner({ source }: { source: DataSource<EigenData> }) {
  const t = useLabT();
  const [power, setPower] = useState(1);
  const [playing, setPlaying] = useState(false);
  const planeBox = useRef<HTMLDivElement | null>(null);
  const powersBox = useRef<HTMLDivElement | null>(null);
  const plane = useChart<SVGSVGElement, ReturnType<typeof createEigenPlane>>(
    (el) => createEigenPlane(el, { re: 'Re', im: 'Im', unit: '|λ| = 1' }),
    planeBox,
  );
  const powers = useChart<SVGSVGElement, ReturnType<typeof createLineChart>>(
    (el) =>
      createLineChart(el, {
        xLabel: 't',
        yLabel: t('eigen.powersY'),
        yScale: 'log',
        series: [
          { id: 'smallest', color: 'var(--accent-2)', dash: '6 4', marker: 'square' },
          { id: 'largest', color: 'var(--accent)', marker: 'diamond' },
          { id: 'measured', color: 'var(--fg)', dash: '2 3', weight: 1.4 },
        ],
      }),
    powersBox,
  );
  const powerRef = useRef(power);
  useEffect(() => {
    powerRef.current = power;
  }, [power]);
  const draw = (d: EigenData, p: number) => {
    plane.chartRef.current?.update({ re: d.re, im: d.im, t: p, spectralRadius: d.rho });
    powers.chartRef.current?.update(powersChartData(d, T_MAX, p, `t = ${p}`));
  };
  useSourceFrames(source, (d) => draw(d, powerRef.current), planeBox);
  useEffect(() => {
    const d = source.read();
    if (d) draw(d, power);
    // redraw when the slider moves (frames redraw by themselves)
  }, [power, source]);
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      setPower((p) => {
        if (p >= T_MAX) {
          setPlaying(false);
          return p;
        }
        return p + 1;
      });
    }, 120);
    return () => clearInterval(id);
  }, [playing]);

  const d = useThrottledValue(source);
  const c = d ? eigenCounts(d) : null;
  const summary =
    d && c
      ? t('eigen.summary', {
          n: d.re.length,
          grow: c.grow,
          shrink: c.shrink,
          keep: c.keep,
          rho: f(d.rho),
          t: power,
          rhoT: f(d.rho ** power),
          minT: f(c.minModulus ** power),
        })
      : t('waiting');
  return (
    <div className="gr-eigen" data-testid="eigenvalues">
      <div className="gr-controls-row">
        <label className="gr-slider">
          <span>{t('eigen.power', { t: power })}</span>
          <input
            type="range"
            min={0}
            max={T_MAX}
            step={1}
            value={power}
            onChange={(e) => setPower(Number(e.target.value))}
            aria-valuetext={`t = ${power}`}
          />
        </label>
        <button
          type="button"
          className="view-button"
          aria-pressed={playing}
          onClick={() => {
            if (!playing && power >= T_MAX) setPower(0);
            setPlaying(!playing);
          }}
        >
          {playing ? t('eigen.pause') : t('eigen.play')}
        </button>
      </div>
      <div className="gr-pair">
        <ChartFigure
          testId="eigen-plane"
          title={t('eigen.planeTitle')}
          height={300}
          containerRef={planeBox}
          svgRef={plane.elRef}
          summary={summary}
          legend={[
            { id: 'shrink', label: t('eigen.shrinks'), color: 'var(--fg)', marker: 'circle' },
            { id: 'keep', label: t('eigen.keeps'), color: 'var(--fg)', marker: 'square' },
            { id: 'grow', label: t('eigen.grows'), color: 'var(--fg)', marker: 'diamond' },
          ]}
        >
          <p className="view-caption">{t('eigen.compressed')}</p>
        </ChartFigure>
        <ChartFigure
          testId="eigen-powers"
          title={t('eigen.powersTitle')}
          height={300}
          containerRef={powersBox}
          svgRef={powers.elRef}
          legend={[
            { id: 'largest', label: t('eigen.largest'), color: 'var(--accent)', marker: 'diamond' },
            { id: 'smallest', label: t('eigen.smallest'), color: 'var(--accent-2)', dash: '6 4', marker: 'square' },
            { id: 'measured', label: t('eigen.measured'), color: 'var(--fg)', dash: '2 3' },
          ]}
          summary={d && c ? t('eigen.powersSummary', { rho: f(d.rho), min: f(c.minModulus), t: power }) : t('waiting')}
          tableLabel={t('table.show')}
          table={
            d && {
              caption: t('eigen.planeTitle'),
              headers: ['λ', '|λ|', `|λ|^${power}`],
              rows: Array.from(d.re, (re, k) => {
                const im = d.im[k] ?? 0;
                const r = Math.hypot(re, im);
                return [`${f(re)} ${im < 0 ? '−' : '+'} ${f(Math.abs(im))}i`, f(r), f(r ** power)];
              }),
            }
          }
        />
      </div>
    </div>
  );
}
