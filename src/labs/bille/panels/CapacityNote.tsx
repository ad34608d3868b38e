import { labBilleCatalogue as cat } from '../../../i18n/catalogues/lab-bille.ts';
import { useT } from '../../../i18n/useT.ts';
import { selectSample, selectStep } from '../../../state/selectors.ts';
import { useStore } from '../../../state/store.ts';
import './bille-panels.css';

/**
 * Updates after which a network that still cannot spell its word is judged
 * too small. Every word the engine's tests learn does so in well under 600
 * updates with enough hidden units; this leaves a wide margin.
 */
export const CAPACITY_BUDGET = 2000;

/** Says in words when the hidden state seems too small for the word (shrink it until this appears). */
export function CapacityNote({ word, hiddenSize }: { word: string; hiddenSize: number }) {
  const t = useT(cat);
  const step = useStore(selectStep);
  const sample = useStore(selectSample);
  if (step < CAPACITY_BUDGET || sample === null || sample === word) return null;
  const w = `\u2066${word}\u2069`;
  return (
    <p className="bille-capacity" aria-live="polite" data-testid="capacity-note">
      {hiddenSize === 1
        ? t('capacity.tooSmallOne', { steps: CAPACITY_BUDGET, word: w })
        : t('capacity.tooSmall', { steps: CAPACITY_BUDGET, h: hiddenSize, word: w })}
    </p>
  );
}
