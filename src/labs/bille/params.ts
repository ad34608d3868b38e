import type { Schema } from '../../app/url-state.ts';
import { MAX_WORD_LETTERS, MIN_WORD_LETTERS, WORD_TRAINING } from '../../engine/index.ts';
import { DEFAULT_SPEED, FULL_SPEED } from '../../state/speed.ts';

// The bille lab's URL parameters. Defaults are the engine's tested training
// settings for the word task; bounds keep a shared link from building a
// network the page cannot show (more than 8 hidden units do not fit the views).

const optimizer = WORD_TRAINING.trainer.optimizer;
const clip = WORD_TRAINING.trainer.clip;

/** Longest word the lab takes: the engine's limit (the stepper scrolls sideways beyond a dozen letters). */
export const MAX_LETTERS = MAX_WORD_LETTERS;

export const BILLE_SCHEMA = {
  seed: { kind: 'int', default: 1, min: 0, max: 2147483647 },
  lr: { kind: 'number', default: optimizer.lr, min: 0.0001, max: 10 },
  /** largest gradient norm before clipping; 0 turns clipping off */
  clip: { kind: 'number', default: clip.kind === 'norm' ? clip.maxNorm : 0, min: 0, max: 100 },
  word: {
    kind: 'text',
    default: 'bille',
    // Letters of any script without capitals (the page makes them small): "bille", "été", "كتاب".
    pattern: new RegExp(`^(?:(?![\\p{Lu}\\p{Lt}])\\p{L}){${MIN_WORD_LETTERS},${MAX_LETTERS}}$`, 'u'),
    maxLength: MAX_LETTERS * 2,
  },
  hidden: { kind: 'int', default: 3, min: 1, max: 8 },
  speed: { kind: 'int', default: DEFAULT_SPEED, min: 1, max: FULL_SPEED },
} as const satisfies Schema;

/** Controls a link may hide with `hide=...`: the settings plus the Step and Reset buttons. */
export const BILLE_HIDEABLE = [...Object.keys(BILLE_SCHEMA), 'step', 'reset'] as const;
