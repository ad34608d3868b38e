// Tagging for information extraction, many-to-many: a bidirectional LSTM tags
// every token of a property advert (price, surface, owner, ...), and the
// template is filled from the tags. Each token enters as one dense vector,
// the concatenation of
//   - its word: one-hot over the training words seen at least twice (numbers
//     all read as <NUM>, anything else unseen as <UNK>); through W_ih this is
//     a learned word embedding;
//   - its characters: shape features (digits and how many, separators,
//     capital letters, symbols) and a hashed two-letter suffix.
// So an unseen name or number is not a blank: its shape and its neighbours
// still say what it is.

import type { Model, ModelSpec, Rng, Sample, Task } from '../api.ts';
import { checkInt } from '../validate.ts';
import { ADVERT_FIELDS, parseAdvert, TEST_ADVERTS, tokenizeAdvert, TRAIN_ADVERTS, type AdvertField, type AdvertToken, type ParsedAdvert } from './adverts.ts';

export const TAGS = ['O', ...ADVERT_FIELDS] as const;
export type Tag = (typeof TAGS)[number];

export const NUM = '<NUM>';
export const UNK_WORD = '<UNK>';
/** Longest advert the tagger reads, in tokens; longer input is cut. */
export const TAGGING_MAX_TOKENS = 160;

export const TRAIN_PARSED: readonly ParsedAdvert[] = TRAIN_ADVERTS.map(parseAdvert);
export const TEST_PARSED: readonly ParsedAdvert[] = TEST_ADVERTS.map(parseAdvert);

const isNumeric = (w: string) => /^\d+(?:[.\-/]\d+)*$/.test(w);
const wordKey = (w: string) => (isNumeric(w) ? NUM : w.toLowerCase());

/** <UNK>, <NUM>, then the training words seen at least twice. */
export const TAGGING_VOCAB: readonly string[] = (() => {
  const counts = new Map<string, number>();
  for (const a of TRAIN_PARSED) for (const t of a.tokens) counts.set(wordKey(t.text), (counts.get(wordKey(t.text)) ?? 0) + 1);
  const words = [...counts].filter(([w, n]) => n >= 2 && w !== NUM).map(([w]) => w);
  return [UNK_WORD, NUM, ...words];
})();
const INDEX = new Map(TAGGING_VOCAB.map((w, k) => [w, k]));

const SUFFIX_BUCKETS = 8;
/** Character features: see charFeatures. */
export const CHAR_FEATURES = 13 + SUFFIX_BUCKETS;
export const TAGGING_INPUT = TAGGING_VOCAB.length + CHAR_FEATURES;

export function wordId(w: string): number {
  return INDEX.get(wordKey(w)) ?? 0;
}

/** Shape of a token's characters, written into x[o .. o + CHAR_FEATURES). */
export function charFeatures(w: string, x: Float64Array, o: number): void {
  const digits = (w.match(/\d/g) ?? []).length;
  const letters = (w.match(/\p{L}/gu) ?? []).length;
  const upper = (w.match(/\p{Lu}/gu) ?? []).length;
  x[o] = digits > 0 ? 1 : 0;
  // how many digits: 1, 2, 3, 4, 5 or more (a year has 4, a postcode 5, a phone 10)
  if (digits > 0) x[o + Math.min(digits, 5)] = 1;
  x[o + 6] = /[.\-/]/.test(w) && digits > 0 ? 1 : 0;
  x[o + 7] = letters > 0 && digits > 0 ? 1 : 0;
  x[o + 8] = upper > 0 && /^\p{Lu}/u.test(w) ? 1 : 0;
  x[o + 9] = letters > 1 && upper === letters ? 1 : 0;
  x[o + 10] = letters === 0 && digits === 0 ? 1 : 0;
  x[o + 11] = w.length <= 2 ? 1 : 0;
  x[o + 12] = w.length >= 7 ? 1 : 0;
  if (letters > 0 && digits === 0) {
    const tail = w.toLowerCase().slice(-2);
    let hash = 0;
    for (const ch of tail) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) % 997;
    x[o + 13 + (hash % SUFFIX_BUCKETS)] = 1;
  }
}

export interface EncodedAdvert {
  readonly tokens: AdvertToken[];
  /** T x TAGGING_INPUT, row-major */
  readonly x: Float64Array;
  /** true where the word is not in the vocabulary (numbers read as <NUM> are not flagged) */
  readonly unknown: boolean[];
}

export function encodeAdvert(tokens: readonly AdvertToken[]): EncodedAdvert {
  const list = tokens.slice(0, TAGGING_MAX_TOKENS);
  const x = new Float64Array(list.length * TAGGING_INPUT);
  const unknown = list.map((t, k) => {
    const id = wordId(t.text);
    x[k * TAGGING_INPUT + id] = 1;
    charFeatures(t.text, x, k * TAGGING_INPUT + TAGGING_VOCAB.length);
    return id === 0;
  });
  return { tokens: list, x, unknown };
}

export function advertSample(a: ParsedAdvert): Sample {
  const e = encodeAdvert(a.tokens);
  return {
    inputs: { kind: 'dense', steps: e.tokens.length, x: e.x },
    targets: { kind: 'ids', ids: a.tags.slice(0, e.tokens.length).map((t) => TAGS.indexOf(t)) },
  };
}

/** Settings with which the tagger fills the held-out templates from seed 1 (see the engine test). */
export const TAGGING_TRAINING = { lr: 0.01, updates: 300, hiddenSize: 16 } as const;

export function taggingSpec(hiddenSize: number, bidirectional = true): ModelSpec {
  return {
    input: { kind: 'dense', inputSize: TAGGING_INPUT },
    rnn: { cell: 'lstm', hiddenSize: checkInt('hiddenSize', hiddenSize, 1, 64), numLayers: 1, bidirectional },
    head: 'per_step',
    outputSize: TAGS.length,
    loss: 'cross_entropy',
  };
}

export function taggingTask(o: { hiddenSize: number; bidirectional?: boolean }): Task {
  const samples = TRAIN_PARSED.map(advertSample);
  return { id: 'tagging:adverts', spec: taggingSpec(o.hiddenSize, o.bidirectional ?? true), nextSample: (rng: Rng) => samples[rng.int(samples.length)]! };
}

export interface TaggedAdvert {
  readonly text: string;
  readonly tokens: AdvertToken[];
  readonly tags: Tag[];
  /** probability of the chosen tag, per token */
  readonly confidence: number[];
  readonly unknown: boolean[];
}

/** Tags every token of a plain-text advert (forward pass only); null when it has no token. */
export function tagAdvert(model: Model, text: string): TaggedAdvert | null {
  const e = encodeAdvert(tokenizeAdvert(text));
  const T = e.tokens.length;
  if (T === 0) return null;
  model.loss({ inputs: { kind: 'dense', steps: T, x: e.x }, targets: { kind: 'ids', ids: new Array<number>(T).fill(0) } });
  const K = TAGS.length;
  const p = model.telemetry.probs;
  const tags: Tag[] = [];
  const confidence: number[] = [];
  for (let t = 0; t < T; t++) {
    let best = 0;
    for (let k = 1; k < K; k++) if (p[t * K + k]! > p[t * K + best]!) best = k;
    tags.push(TAGS[best] ?? 'O');
    confidence.push(p[t * K + best] ?? 0);
  }
  return { text, tokens: e.tokens, tags, confidence, unknown: e.unknown };
}

export type AdvertTemplate = Record<AdvertField, string | null>;

/** Each field's value: the text under its first run of consecutive tokens, as written in the advert. */
export function fillTemplate(text: string, tokens: readonly AdvertToken[], tags: readonly Tag[]): AdvertTemplate {
  const out = Object.fromEntries(ADVERT_FIELDS.map((f) => [f, null])) as AdvertTemplate;
  let k = 0;
  while (k < tokens.length) {
    const tag = tags[k] ?? 'O';
    let end = k;
    while (end + 1 < tokens.length && tags[end + 1] === tag) end++;
    if (tag !== 'O' && out[tag] === null) out[tag] = text.slice(tokens[k]!.start, tokens[end]!.end);
    k = end + 1;
  }
  return out;
}

/** The template a perfect tagger fills, from the advert's marks. */
export function trueTemplate(a: ParsedAdvert): AdvertTemplate {
  return fillTemplate(a.text, a.tokens, a.tags);
}

export const TEST_ADVERT_TEXTS: readonly string[] = TEST_PARSED.map((a) => a.text);
