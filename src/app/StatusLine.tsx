import { statusCatalogue } from '../i18n/catalogues/status.ts';
import { useT } from '../i18n/useT.ts';
import { selectMessage, selectPhase } from '../state/selectors.ts';
import type { RunMessage } from '../state/run-slice.ts';
import { useStore } from '../state/store.ts';
import type { Translate } from '../i18n/catalogue.ts';

type StatusKey = Parameters<Translate<keyof typeof statusCatalogue.en>>[0];

function words(m: RunMessage, t: Translate<StatusKey>): string {
  switch (m.kind) {
    case 'paused':
    case 'stepped':
      return t(m.kind, { step: m.step });
    case 'reset':
      return t('reset', { seed: m.seed });
    case 'diverged':
      return t(m.reason === 'loss' ? 'divergedLoss' : 'divergedGradient', { step: m.step });
    case 'learned':
      return t('learned', { step: m.step, word: m.word });
    default:
      return t(m.kind);
  }
}

/** The run's state in a sentence; announced politely to screen readers as it changes. */
export function StatusLine() {
  const t = useT(statusCatalogue);
  const message = useStore(selectMessage);
  const phase = useStore(selectPhase);
  return (
    <p
      className={`status-line status-line--${phase}`}
      data-phase={phase}
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      <span className="status-line__dot" aria-hidden="true" />
      <span>{words(message, t)}</span>
    </p>
  );
}
