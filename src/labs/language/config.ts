import type { Values } from '../../app/url-state.ts';
import { TEXTLM_DEFAULTS } from '../../engine/index.ts';
import type { CellKind } from '../../engine/index.ts';
import type { RunConfig } from '../../worker/protocol.ts';
import type { LANGUAGE_SCHEMA } from './params.ts';

// Run settings of the language lab: the engine's defaults per level (an
// embedding of 16, windows of 48 characters or 16 words), Adam with clipping,
// full BPTT over each window. The two feeding twins use the same settings.

export type Level = 'char' | 'word';
export type CorpusName = 'en' | 'fr' | 'ar';

/** A sentence to follow through the pipeline, in the corpus's language. */
export const EXAMPLE_SENTENCE: Record<CorpusName, string> = {
  en: 'The apple and pear salad is ready!',
  fr: 'La salade de pommes et de poires est prête !',
  ar: 'سلطة التفاح والإجاص جاهزة!',
};

/** Sentences to score: the notes' pear/pair, and a likely against an unlikely ending in the other languages. */
export const SCORE_PAIR: Record<CorpusName, readonly [string, string]> = {
  en: ['the apple and pear salad', 'the apple and pair salad'],
  fr: ['une salade de pommes et de poires', 'une salade de pommes et de paires'],
  ar: ['سلطة التفاح والإجاص', 'سلطة التفاح والحذاء'],
};

export const SAMPLE_PROMPT: Record<CorpusName, string> = { en: 'the ', fr: 'le ', ar: 'في ' };

export function languageRunConfig(p: Values<typeof LANGUAGE_SCHEMA>, text: string, feeding: 'teacher' | 'free' = 'teacher'): RunConfig {
  const level = p.level as Level;
  const d = TEXTLM_DEFAULTS[level];
  return {
    task: {
      kind: 'textlm',
      text,
      level,
      ...(level === 'word' && { minCount: p.mincount }),
      cell: p.cell as CellKind,
      hiddenSize: p.hidden,
      embeddingDim: d.embeddingDim,
      window: d.window,
      feeding,
    },
    seed: p.seed,
    init: { kind: 'pytorch' },
    optimizer: { name: 'adam', lr: p.lr },
    clip: { kind: 'norm', maxNorm: 5 },
    bptt: { kind: 'full' },
  };
}
