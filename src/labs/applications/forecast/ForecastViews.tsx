import { memo, useMemo, useState } from 'react';
import { FORECAST_DEFAULTS, FORECAST_TRAINING, WEATHER_FEATURES } from '../../../engine/index.ts';
import type { WeatherFeature } from '../../../engine/index.ts';
import { labApplications2Catalogue as cat } from '../../../i18n/catalogues/lab-applications-2.ts';
import { useT } from '../../../i18n/useT.ts';
import { unitColor } from '../../../views/scales.ts';
import { LinesChart } from '../../../views/apps-forecast-lines/LinesChart.tsx';
import type { Line } from '../../../views/apps-forecast-lines/lines-chart.ts';
import { StatesGrid } from '../../../views/apps-forecast-grid/StatesGrid.tsx';
import type { ForecastReadout } from '../../../worker/protocol.ts';

// The forecasting section's drawings: the (N, T, F) tensor and the series,
// the two network shapes, the hidden states (return_sequences), and the
// multi-step forecasts against the truth.

const F = WEATHER_FEATURES.length;
const { lookback: T, window: W, horizon: K, denseHidden } = FORECAST_DEFAULTS;
const H = FORECAST_TRAINING.hiddenSize;
/** one colour per variable from the viridis scale, far apart in lightness */
export const FEATURE_COLOURS = [0.05, 0.35, 0.65, 0.9].map(unitColor);
const DASHES = [undefined, '6 3', '2 3', '8 3 2 3'];
/** steps of the series plotted: 60 days, more than one short year */
const SERIES_SHOWN = 480;

/** Memoised: the series is 4 × ~2,000 points, redrawn only when the seed or the language changes. */
export const TensorFigure = memo(function TensorFigure({ z, steps, windows }: { z: Float64Array; steps: number; windows: number }) {
  const t = useT(cat);
  const shown = Math.min(steps, SERIES_SHOWN);
  const lines = useMemo<Line[]>(() => WEATHER_FEATURES.map((f, j) => ({
    key: f,
    label: t(`fc.var.${f}`),
    x: Array.from({ length: shown }, (_, i) => i),
    y: Array.from({ length: shown }, (_, i) => z[i * F + j] ?? 0),
    color: FEATURE_COLOURS[j] ?? 'currentColor',
    ...(DASHES[j] !== undefined && { dash: DASHES[j] }),
    width: 1,
  })), [z, shown, t]);
  const data = useMemo(() => ({ lines }), [lines]);
  return (
    <>
      <svg viewBox="0 0 380 150" width="380" height="150" role="img" aria-label={t('fc.tensor.desc', { n: windows, t: T, f: F })} className="apps-fc-tensor" direction="ltr">
        <defs>
          <marker id="apps-fc-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" fill="var(--fg)" />
          </marker>
        </defs>
        {[3, 2, 1, 0].map((k) => (
          <rect key={k} x={110 + k * 12} y={44 - k * 8} width="150" height="60" fill="var(--surface-2)" stroke="var(--fg)" />
        ))}
        {WEATHER_FEATURES.map((f, j) => (
          <rect key={f} x="110" y={44 + j * 15} width="150" height="15" fill="none" stroke={FEATURE_COLOURS[j]} strokeWidth="2" />
        ))}
        <text x="185" y="122" textAnchor="middle" fill="var(--fg)" fontSize="12">{t('fc.axisT')} = {T}</text>
        <text x="104" y="78" textAnchor="end" fill="var(--fg)" fontSize="12">{t('fc.axisF')} = {F}</text>
        <line x1="264" y1="34" x2="296" y2="18" stroke="var(--fg)" markerEnd="url(#apps-fc-arrow)" />
        <text x="300" y="16" textAnchor="start" fill="var(--fg)" fontSize="12">N</text>
        <text x="190" y="142" textAnchor="middle" fill="var(--muted)" fontSize="11">{t('fc.axisN')}</text>
      </svg>
      <LinesChart data={data} label={t('fc.series.desc', { steps: shown })} testId="fc-series" />
    </>
  );
});

/** Which arrows exist: dense has none between steps, the recurrent net one per step. */
export const ShapesFigure = memo(function ShapesFigure() {
  const t = useT(cat);
  const steps = [1, 2, 3, 4];
  return (
    <div className="apps-fc-shapes">
      <figure>
        <svg viewBox="0 0 220 120" width="220" height="120" aria-hidden="true" direction="ltr">
          {steps.map((s) => (
            <rect key={s} x={10 + (s - 1) * 22} y="85" width="18" height="18" fill="var(--surface-2)" stroke="var(--fg)" />
          ))}
          {steps.map((s) => (
            <line key={s} x1={19 + (s - 1) * 22} y1="85" x2="110" y2="60" stroke="var(--muted)" />
          ))}
          <rect x="95" y="40" width="30" height="20" fill="var(--accent-soft)" stroke="var(--accent)" />
          <line x1="110" y1="40" x2="110" y2="22" stroke="var(--fg)" markerEnd="url(#apps-fc-arrow)" />
          <text x="110" y="14" textAnchor="middle" fontSize="11" fill="var(--fg)">ŷ (k × F)</text>
        </svg>
        <figcaption>{t('fc.shape.dense', { d: W * F, h: denseHidden, k: K })}</figcaption>
      </figure>
      <figure>
        <svg viewBox="0 0 220 120" width="220" height="120" aria-hidden="true" direction="ltr">
          {steps.map((s) => (
            <g key={s}>
              <rect x={10 + (s - 1) * 52} y="85" width="22" height="18" fill="var(--surface-2)" stroke="var(--fg)" />
              <line x1={21 + (s - 1) * 52} y1="85" x2={21 + (s - 1) * 52} y2="62" stroke="var(--muted)" markerEnd="url(#apps-fc-arrow)" />
              <circle cx={21 + (s - 1) * 52} cy="52" r="10" fill="var(--accent-soft)" stroke="var(--accent)" />
              {s < 4 && <line x1={31 + (s - 1) * 52} y1="52" x2={63 + (s - 1) * 52} y2="52" stroke="var(--accent)" markerEnd="url(#apps-fc-arrow)" />}
            </g>
          ))}
          <line x1="177" y1="42" x2="177" y2="22" stroke="var(--fg)" markerEnd="url(#apps-fc-arrow)" />
          <text x="177" y="14" textAnchor="middle" fontSize="11" fill="var(--fg)">ŷ (k × F)</text>
        </svg>
        <figcaption>{t('fc.shape.rnn', { k: K })}</figcaption>
      </figure>
    </div>
  );
});

export const StatesFigure = memo(function StatesFigure({ readout }: { readout: ForecastReadout | null }) {
  const t = useT(cat);
  const data = useMemo(() => ({ h: readout?.states ?? new Float64Array(T * H), steps: T, units: H }), [readout]);
  const hasC = (readout?.cellState.length ?? 0) > 0;
  return (
    <>
      <StatesGrid data={data} label={t('fc.seq.desc', { t: T, h: H })} />
      <p className="ltr num" dir="ltr" data-testid="fc-shapes">
        {t('fc.seq.shapes', { n: 'N', t: T, h: H, c: hasC ? t('fc.seq.cstate', { h: H }) : '' })}
      </p>
    </>
  );
});

export const MultiStepFigure = memo(function MultiStepFigure({ readout }: { readout: ForecastReadout | null }) {
  const t = useT(cat);
  const [feature, setFeature] = useState<WeatherFeature>('temperature');
  const j = WEATHER_FEATURES.indexOf(feature);
  const lines = useMemo<Line[]>(() => {
    if (readout === null) return [];
    const c = readout.curves;
    const hist = 16;
    const part = (k: number) => Array.from({ length: K }, (_, i) => c[T * F + k * K * F + i * F + j] ?? 0);
    const lastObserved = c[(T - 1) * F + j] ?? 0;
    const fx = Array.from({ length: K + 1 }, (_, i) => i);
    const withStart = (ys: number[]) => [lastObserved, ...ys];
    const colours = { truth: 'var(--fg)', rec: 'var(--accent)', dense: 'var(--accent-2)' };
    return [
      { key: 'history', label: t('fc.history'), x: Array.from({ length: hist }, (_, i) => i - hist + 1), y: Array.from({ length: hist }, (_, i) => c[(T - hist + i) * F + j] ?? 0), color: colours.truth, width: 1.5 },
      { key: 'truth', label: t('fc.truth'), x: fx, y: withStart(part(0)), color: colours.truth, width: 3 },
      { key: 'recDirect', label: t('fc.recDirect'), x: fx, y: withStart(part(1)), color: colours.rec, width: 2 },
      { key: 'recAuto', label: t('fc.recAuto'), x: fx, y: withStart(part(2)), color: colours.rec, dash: '5 3', width: 2 },
      { key: 'denseDirect', label: t('fc.denseDirect'), x: fx, y: withStart(part(3)), color: colours.dense, width: 2 },
      { key: 'denseAuto', label: t('fc.denseAuto'), x: fx, y: withStart(part(4)), color: colours.dense, dash: '2 3', width: 2 },
    ];
  }, [readout, j, t]);
  const multiData = useMemo(() => ({ lines, span: [0, K] as const }), [lines]);
  return (
    <>
      <label className="field">
        {t('fc.multi.var')}
        <select value={feature} onChange={(e) => setFeature(e.target.value as WeatherFeature)}>
          {WEATHER_FEATURES.map((f) => (
            <option key={f} value={f}>
              {t(`fc.var.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <LinesChart data={multiData} label={t('fc.multi.desc', { variable: t(`fc.var.${feature}`), t: 16, k: K })} testId="fc-multi" />
    </>
  );
});
