// Captioning, one-to-many: an image (data/shapes-images.ts) goes in at the
// first step, then the decoder writes the caption word by word, each step
// reading the word it wrote before. The inputs are dense vectors of width
// P + V: step 0 carries the P pixels (W_ih's first P columns are the linear
// encoder that turns the image into the state), later steps the one-hot of
// the previous word. Cross-entropy at every step; the last target is <end>.
//
// Captions are in the page's language: each language has a small grammar over
// its own words, and the network learns that language's sentences (word
// order and, in French and Arabic, agreement of the colour with the shape).

import type { CellKind, Model, ModelSpec, Rng, Sample, Task } from '../api.ts';
import { IMAGE_FEATURES, renderScene, splitScenes } from '../data/shapes-images.ts';
import type { ColourKind, RelationKind, Scene, ShapeKind, Thing } from '../data/shapes-images.ts';
import { checkInt, checkOneOf } from '../validate.ts';

export const CAPTION_LANGS = ['en', 'fr', 'ar'] as const;
export type CaptionLang = (typeof CAPTION_LANGS)[number];
export const END = '<end>';

interface Grammar {
  words(scene: Scene): string[];
}

const EN: Grammar = {
  words: ({ subject: s, relation, object: o }) => {
    const rel: Record<RelationKind, string> = { above: 'above', below: 'below', left: 'left of', right: 'right of' };
    return ['a', s.colour, s.shape, rel[relation], 'a', o.colour, o.shape];
  },
};

// All three French shape nouns are masculine: "un", and the masculine colour.
const FR_SHAPE: Record<ShapeKind, string> = { square: 'carré', circle: 'cercle', triangle: 'triangle' };
const FR_COLOUR: Record<ColourKind, string> = { red: 'rouge', green: 'vert', blue: 'bleu' };
const FR: Grammar = {
  words: ({ subject: s, relation, object: o }) => {
    const rel: Record<RelationKind, string> = { above: 'au-dessus d’un', below: 'au-dessous d’un', left: 'à gauche d’un', right: 'à droite d’un' };
    return ['un', FR_SHAPE[s.shape], FR_COLOUR[s.colour], rel[relation], FR_SHAPE[o.shape], FR_COLOUR[o.colour]];
  },
};

// Arabic: noun then adjective; دائرة (circle) is feminine, so its colour is too.
const AR_SHAPE: Record<ShapeKind, string> = { square: 'مربع', circle: 'دائرة', triangle: 'مثلث' };
const AR_COLOUR: Record<ColourKind, readonly [string, string]> = {
  red: ['أحمر', 'حمراء'],
  green: ['أخضر', 'خضراء'],
  blue: ['أزرق', 'زرقاء'],
};
const arThing = (t: Thing) => [AR_SHAPE[t.shape], AR_COLOUR[t.colour][t.shape === 'circle' ? 1 : 0]];
const AR: Grammar = {
  words: ({ subject, relation, object }) => {
    const rel: Record<RelationKind, string> = { above: 'فوق', below: 'تحت', left: 'على يسار', right: 'على يمين' };
    return [...arThing(subject), rel[relation], ...arThing(object)];
  },
};

const GRAMMARS: Record<CaptionLang, Grammar> = { en: EN, fr: FR, ar: AR };

/** The caption of a scene in a language, as words. */
export function captionWords(scene: Scene, lang: CaptionLang): string[] {
  return GRAMMARS[lang].words(scene);
}

export interface CaptionOptions {
  lang: CaptionLang;
  cell: CellKind;
  hiddenSize: number;
  /** seeds the held-out split; default 1 */
  dataSeed?: number;
}

/** Held-out scenes whose captions a lab shows: the first ones of the split's test part. */
export const CAPTIONS_SHOWN = 6;

export const CAPTION_TRAINING = { cell: 'gru', hiddenSize: 48, lr: 0.005, updates: 4000 } as const;

export interface CaptionTask extends Task {
  readonly lang: CaptionLang;
  /** the caption vocabulary, <end> first */
  readonly vocab: readonly string[];
  readonly train: readonly Scene[];
  readonly test: readonly Scene[];
  /** the longest caption plus <end>: the decoder's step budget */
  readonly maxSteps: number;
  sampleOf(scene: Scene, rng?: Rng): Sample;
  /** greedy decoding from a clean image: the words written (without <end>) */
  describe(model: Model, scene: Scene): string[];
}

export function captionTask(options: CaptionOptions): CaptionTask {
  const lang = checkOneOf('lang', options.lang, CAPTION_LANGS);
  const cell = checkOneOf('cell', options.cell, ['rnn', 'lstm', 'gru', 'lstm_simple'] as const);
  const hiddenSize = checkInt('hiddenSize', options.hiddenSize, 2, 128);
  const { train, test } = splitScenes(options.dataSeed ?? 1);
  const all = [...train, ...test];
  const vocab = [END, ...new Set(all.flatMap((s) => captionWords(s, lang)))];
  const index = new Map(vocab.map((w, k) => [w, k]));
  const V = vocab.length;
  const P = IMAGE_FEATURES;
  const maxSteps = Math.max(...all.map((s) => captionWords(s, lang).length)) + 1;
  const spec: ModelSpec = {
    input: { kind: 'dense', inputSize: P + V },
    rnn: { cell, hiddenSize, numLayers: 1, bidirectional: false },
    head: 'per_step',
    outputSize: V,
    loss: 'cross_entropy',
  };

  /** step 0: the image; step t: the word written at step t-1 */
  function inputs(image: Float64Array, prev: readonly number[]): Float64Array {
    const x = new Float64Array((prev.length + 1) * (P + V));
    x.set(image, 0);
    prev.forEach((id, t) => (x[(t + 1) * (P + V) + P + id] = 1));
    return x;
  }

  function sampleOf(scene: Scene, rng?: Rng): Sample {
    const ids = captionWords(scene, lang).map((w) => index.get(w) ?? 0);
    return {
      inputs: { kind: 'dense', steps: ids.length + 1, x: inputs(renderScene(scene, rng), ids) },
      targets: { kind: 'ids', ids: [...ids, 0] },
    };
  }

  return {
    id: `caption-${lang}`,
    spec,
    lang,
    vocab,
    train,
    test,
    maxSteps,
    sampleOf,
    nextSample: (rng) => sampleOf(train[rng.int(train.length)] as Scene, rng),
    describe(model, scene) {
      const image = renderScene(scene);
      const out: number[] = [];
      while (out.length < maxSteps - 1) {
        const T = out.length + 1;
        model.loss({ inputs: { kind: 'dense', steps: T, x: inputs(image, out) }, targets: { kind: 'ids', ids: new Array<number>(T).fill(0) } });
        const probs = model.telemetry.probs;
        let best = 0;
        for (let k = 1; k < V; k++) if ((probs[(T - 1) * V + k] ?? 0) > (probs[(T - 1) * V + best] ?? 0)) best = k;
        if (best === 0) break;
        out.push(best);
      }
      return out.map((id) => vocab[id] ?? '?');
    },
  };
}

/** Share of scenes whose greedy caption is exactly right. */
export function captionAccuracy(model: Model, task: CaptionTask, scenes: readonly Scene[]): number {
  if (scenes.length === 0) return 0;
  let right = 0;
  for (const s of scenes) if (task.describe(model, s).join(' ') === captionWords(s, task.lang).join(' ')) right += 1;
  return right / scenes.length;
}
