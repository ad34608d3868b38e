import { Suspense } from 'react';
import { ErrorBanner } from '../../app/ErrorBanner.tsx';
import { labApplicationsCatalogue as cat } from '../../i18n/catalogues/lab-applications.ts';
import { useT } from '../../i18n/useT.ts';
import { selectHidden } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import { SettingsPanel } from '../shared/SettingsPanel.tsx';
import { useLabParams, useSetParam } from '../shared/useLabParams.ts';
import { APPLICATIONS_SCHEMA, type ApplicationTask } from './params.ts';
import { sectionFor } from './sections.ts';
import '../lab.css';
import './applications.css';

// #/lab/applications: recurrent nets at work on four tasks of the notes, one
// section each. The table of contents opens one (task=… in the link); only the
// open section loads and trains.

const TASKS = APPLICATIONS_SCHEMA.task.values;
const LRS = [0.001, 0.003, 0.01, 0.03] as const;

export default function ApplicationsPage() {
  const t = useT(cat);
  const p = useLabParams(APPLICATIONS_SCHEMA);
  const setParam = useSetParam();
  const hidden = useStore(selectHidden);
  const task = p.task as ApplicationTask;
  const Section = sectionFor(task);
  return (
    <article className="lab apps">
      <header className="lab__header">
        <div className="lab__intro">
          <h1>{t('page.title')}</h1>
          <p className="lab__lead">{t('page.intro')}</p>
        </div>
      </header>
      <ErrorBanner onRestart={() => setParam('seed', p.seed)} />
      {!hidden.includes('toc') && (
        <nav className="apps-toc" aria-label={t('toc.label')}>
          <ol>
            {TASKS.map((k) => (
              <li key={k}>
                <button type="button" className="apps-toc__item" aria-current={k === task ? 'true' : undefined} onClick={() => setParam('task', k)}>
                  <span className="apps-toc__name">{t(`toc.${k}`)}</span>
                  <span className="apps-toc__shape">{t(`toc.${k}Shape`)}</span>
                </button>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="apps-grid">
        <div className="apps-main">
          {Section === null ? (
            <p className="panel" role="status" data-testid="apps-missing">
              {t('page.missing')}
            </p>
          ) : (
            <Suspense fallback={<p role="status">{t('page.loading')}</p>}>
              <Section key={task} />
            </Suspense>
          )}
        </div>
        <aside className="apps-side" aria-label={t('page.settings')}>
          <SettingsPanel seed={p.seed} maxSeed={APPLICATIONS_SCHEMA.seed.max} onSeed={(s) => setParam('seed', s)} hasSettings={!hidden.includes('lr')}>
            {!hidden.includes('lr') && (
              <label className="field">
                {t('page.lr')}
                <select value={String(p.lr)} onChange={(e) => setParam('lr', Number(e.target.value))}>
                  {[...new Set([...LRS, p.lr])].map((v) => (
                    <option key={v} value={String(v)}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </SettingsPanel>
        </aside>
      </div>
    </article>
  );
}
