import { useMemo } from 'react';
import { FORECAST_DEFAULTS, fitStandardiser, generateWeather, standardise } from '../../../engine/index.ts';
import type { CellKind } from '../../../engine/index.ts';
import { labApplications2Catalogue as cat } from '../../../i18n/catalogues/lab-applications-2.ts';
import { useT } from '../../../i18n/useT.ts';
import { AppSection } from '../AppSection.tsx';
import { APPLICATIONS_SCHEMA } from '../params.ts';
import { useLabParams, useSetParam } from '../../shared/useLabParams.ts';
import { FoldsPanel } from './FoldsPanel.tsx';
import { MultiStepFigure, ShapesFigure, StatesFigure, TensorFigure } from './ForecastViews.tsx';
import { FOLDS, useForecastCv } from './useForecastCv.ts';
import './forecast.css';

// Forecasting the synthetic weather: the data as a (N, T, F) tensor, a dense
// window against a recurrent net, what a recurrent layer returns, multi-step
// forecasts both ways, and time-series cross-validation.

const CELLS = APPLICATIONS_SCHEMA.fc_cell.values;
const UPDATE_CHOICES = [300, 800, 1500, 3000];

export default function ForecastSection() {
  const t = useT(cat);
  const p = useLabParams(APPLICATIONS_SCHEMA);
  const setParam = useSetParam();
  const cv = useForecastCv(p.seed, p.lr, p.fc_cell as CellKind, p.fc_updates);
  // the whole series in standard units, for the tensor drawing (the engine standardises per fold)
  const { z, steps } = useMemo(() => {
    const s = generateWeather(p.seed, { days: FORECAST_DEFAULTS.days });
    return { z: standardise(s, fitStandardiser(s, s.steps)), steps: s.steps };
  }, [p.seed]);
  const windows = steps - FORECAST_DEFAULTS.lookback - FORECAST_DEFAULTS.horizon + 1;
  const allDone = cv.results.every((r) => r !== null);
  const status = !cv.ready
    ? t('fc.waiting')
    : cv.running !== null
      ? t('fc.status', { fold: cv.running + 1, folds: FOLDS, n: p.fc_updates })
      : allDone
        ? t('fc.statusDone')
        : t('fc.statusIdle');

  return (
    <AppSection id="app-forecast" title={t('fc.title')} intro={t('fc.intro')} loss={t('fc.loss')}>
      <div className="apps-fc-controls">
        <label className="field">
          {t('fc.cell')}
          <select value={p.fc_cell} disabled={cv.running !== null} onChange={(e) => setParam('fc_cell', e.target.value)}>
            {CELLS.map((c) => (
              <option key={c} value={c}>
                {c.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {t('fc.updates')}
          <select value={p.fc_updates} disabled={cv.running !== null} onChange={(e) => setParam('fc_updates', Number(e.target.value))}>
            {[...new Set([...UPDATE_CHOICES, p.fc_updates])].sort((a, b) => a - b).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn btn--primary" disabled={!cv.ready} onClick={cv.running === null ? cv.run : cv.stop}>
          {cv.running === null ? t('fc.run', { folds: FOLDS }) : t('fc.stop')}
        </button>
        <span role="status" data-testid="fc-status">
          {status}
        </span>
        {cv.running !== null && (
          // a progress bar rather than a changing number: it repaints without relaying out the page
          <progress className="apps-fc-progress" max={p.fc_updates} value={cv.step} aria-label={t('fc.progress', { fold: cv.running + 1, folds: FOLDS })} />
        )}
      </div>
      {cv.error !== null && (
        <p className="apps-error" role="alert">
          {t('fc.failed', { message: cv.error })}
        </p>
      )}
      <h3>{t('fc.tensor.title')}</h3>
      <p className="field__help">{t('fc.tensor.help')}</p>
      <TensorFigure z={z} steps={steps} windows={windows} />
      <h3>{t('fc.shape.title')}</h3>
      <ShapesFigure />
      <h3>{t('fc.seq.title')}</h3>
      <p className="field__help">{t('fc.seq.help')}</p>
      <StatesFigure readout={cv.readout} />
      <h3>{t('fc.multi.title')}</h3>
      <p className="field__help">{t('fc.multi.help')}</p>
      <MultiStepFigure readout={cv.readout} />
      <h3>{t('fc.folds.title')}</h3>
      <p className="field__help">{t('fc.folds.help')}</p>
      <FoldsPanel steps={steps} results={cv.results} running={cv.running} />
    </AppSection>
  );
}
