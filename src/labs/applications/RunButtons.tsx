import { labApplicationsCatalogue as cat } from '../../i18n/catalogues/lab-applications.ts';
import { useT } from '../../i18n/useT.ts';
import type { EngineRuns } from './useEngineRuns.ts';

/** Train for the section's budget (or pause), reset, and how far training got. */
export function RunButtons(p: { ready: boolean; running: boolean; step: number; budget: number; error: string | null; runs: EngineRuns; testId: string }) {
  const t = useT(cat);
  const done = p.step >= p.budget;
  return (
    <div className="apps-run">
      <button
        type="button"
        className="btn btn--primary"
        disabled={!p.ready || (done && !p.running)}
        onClick={() => (p.running ? p.runs.pause() : p.runs.train(Math.max(1, p.budget - p.step)))}
      >
        {p.running ? t('pause') : t('train', { n: p.budget })}
      </button>
      <button type="button" className="btn" disabled={!p.ready} onClick={p.runs.reset}>
        {t('reset')}
      </button>
      {/* the same phases as the shared status line, so a test can wait for any lab to be ready the same way */}
      <span data-testid={p.testId} role="status" data-phase={p.error !== null ? 'failed' : p.running ? 'training' : p.ready ? 'ready' : 'starting'}>
        {p.ready ? t('step', { step: p.step, n: p.budget }) : t('waiting')}
      </span>
      {p.error !== null && (
        <p className="apps-error" role="alert">
          {t('failed', { message: p.error })}
        </p>
      )}
    </div>
  );
}
