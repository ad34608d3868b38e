import { memo, useCallback, useMemo } from 'react';
import { expandingFolds, FORECAST_DEFAULTS } from '../../../engine/index.ts';
import { labApplications2Catalogue as cat } from '../../../i18n/catalogues/lab-applications-2.ts';
import { useT } from '../../../i18n/useT.ts';
import { FoldsChart } from '../../../views/apps-forecast-folds/FoldsChart.tsx';
import { formatValue } from '../../../views/scales.ts';
import type { FoldResult } from './useForecastCv.ts';

/** The expanding folds drawn, and the test RMSE of both networks per fold (the table is the chart's text too). */
export const FoldsPanel = memo(function FoldsPanel({ steps, results, running }: { steps: number; results: readonly (FoldResult | null)[]; running: number | null }) {
  const t = useT(cat);
  const { folds: n, lookback, horizon } = FORECAST_DEFAULTS;
  // the same split the engine makes: origins from `lookback` to the last with a full horizon
  const folds = useMemo(() => expandingFolds(steps - horizon + 1, n, lookback), [steps, n, lookback, horizon]);
  const foldLabel = useCallback((i: number) => `${t('fc.folds.fold')} ${i + 1}`, [t]);
  const done = results.filter((r): r is FoldResult => r !== null);
  const wins = done.filter((r) => r.recurrent < r.dense).length;
  return (
    <>
      <FoldsChart folds={folds} steps={steps} foldLabel={foldLabel} label={t('fc.folds.desc', { folds: n, steps })} />
      <p className="apps-fc-legend-line">
        <span className="apps-fc-swatch apps-fc-swatch--train" aria-hidden="true" /> {t('fc.trainLegend')}{' '}
        <span className="apps-fc-swatch apps-fc-swatch--test" aria-hidden="true" /> {t('fc.testLegend')}
      </p>
      <div className="apps-table-wrap">
        <table data-testid="fc-folds">
          <caption>{t('fc.folds.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fc.folds.fold')}</th>
              <th scope="col">{t('fc.folds.train')}</th>
              <th scope="col">{t('fc.folds.test')}</th>
              <th scope="col">{t('fc.folds.rec')}</th>
              <th scope="col">{t('fc.folds.dense')}</th>
            </tr>
          </thead>
          <tbody>
            {folds.map((f, i) => {
              const r = results[i] ?? null;
              return (
                <tr key={i} data-fold={i} aria-current={running === i ? 'step' : undefined}>
                  <th scope="row">{i + 1}</th>
                  <td className="num ltr">0–{f.trainEnd - 1}</td>
                  <td className="num ltr">
                    {f.testStart}–{f.testEnd - 1}
                  </td>
                  <td className={`num ltr${r !== null && r.recurrent < r.dense ? ' is-right' : ''}`} data-testid={`fc-rmse-rec-${i}`}>
                    {r === null ? '–' : formatValue(r.recurrent, 3)}
                  </td>
                  <td className={`num ltr${r !== null && r.dense < r.recurrent ? ' is-right' : ''}`} data-testid={`fc-rmse-dense-${i}`}>
                    {r === null ? '–' : formatValue(r.dense, 3)}
                    {r !== null && <span className="apps-fc-next"> ({t('fc.folds.next', { r: formatValue(r.recurrentNext, 3), d: formatValue(r.denseNext, 3) })})</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {done.length > 0 && <p data-testid="fc-winner">{t('fc.folds.winner', { wins, n: done.length })}</p>}
    </>
  );
});
