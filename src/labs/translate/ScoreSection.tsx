import { memo } from 'react';
import { labTranslateCatalogue as cat } from '../../i18n/catalogues/lab-translate.ts';
import { useT } from '../../i18n/useT.ts';
import type { TelemetryBuffer } from '../../state/telemetry.ts';
import { useTranslateReadout } from './useReadout.ts';

/** The share of training sentences translated exactly right, and a few sentences as the network writes them now. */
export const ScoreSection = memo(function ScoreSection({ buffer, direction }: { buffer: TelemetryBuffer; direction: string }) {
  const t = useT(cat);
  const state = useTranslateReadout(buffer);
  const r = state?.readout ?? null;
  const checked = r !== null && r.checked >= r.total + r.longTotal;
  const pct = r !== null && r.total > 0 ? Math.round((100 * r.correct) / r.total) : 0;
  return (
    <section className="panel" aria-labelledby="translate-score-h" data-testid="translate-score">
      <h2 id="translate-score-h" className="panel__title">
        {t('score.title')}
      </h2>
      <p className="field__help">{t('score.help')}</p>
      <dl className="translate-score">
        <div>
          <dt>{t('score.short')}</dt>
          <dd className="num" data-testid="translate-accuracy" data-value={checked ? pct : ''}>
            {r !== null && checked ? t('score.value', { pct, right: r.correct, total: r.total }) : t('score.none')}
          </dd>
        </div>
        <div>
          <dt>{t('score.long')}</dt>
          <dd className="num" data-testid="translate-long">
            {r !== null && checked ? t('score.longValue', { right: r.longCorrect, total: r.longTotal }) : t('score.none')}
          </dd>
        </div>
      </dl>
      <meter className="translate-meter" min={0} max={100} value={checked ? pct : 0} aria-label={t('score.meter')} />
      <div className="translate-table">
        <table>
          <caption>{t('ex.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ex.source')}</th>
              <th scope="col">{t('ex.target')}</th>
              <th scope="col">{t('ex.output')}</th>
              <th scope="col">{t('ex.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {(r?.examples ?? []).map((ex) => {
              const right = ex.output === ex.target;
              return (
                <tr key={ex.source} data-testid="translate-example" data-right={right}>
                  <th scope="row" lang={direction === 'fr-en' ? 'fr' : 'en'} dir="ltr">
                    {ex.source}
                  </th>
                  <td lang={direction === 'fr-en' ? 'en' : 'fr'} dir="ltr">
                    {ex.target}
                  </td>
                  <td lang={direction === 'fr-en' ? 'en' : 'fr'} dir="ltr" className={right ? 'is-right' : 'is-wrong'}>
                    {ex.output || t('ex.empty')}{' '}
                    <span aria-label={right ? t('ex.right') : t('ex.wrong')} role="img">
                      {right ? '✓' : '✗'}
                    </span>
                  </td>
                  <td>
                    {ex.seen ? t('ex.seen') : t('ex.new')}
                    {ex.long ? `, ${t('ex.long')}` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
});
