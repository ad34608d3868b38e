// A tagging task where the future decides: is "Teddy" a PERSON? In
// "He said , Teddy bears are on sale" it is not; in "He said , Teddy Roosevelt
// was a great president" it is. Every sentence starts with a prefix drawn
// independently of the continuation, so the words before "Teddy" carry no
// information about its tag: a forward-only network reading left to right
// must guess at that step, while a bidirectional one also reads the next word.
//
// Words are one-hot over a small vocabulary; the head tags every word
// (0 = other, 1 = PERSON). Only the names are PERSON: "Teddy" when a surname
// follows, and the surname itself.

import type { Model, ModelSpec, Rng, Sample, Task } from '../api.ts';
import { checkInt } from '../validate.ts';

export const TEDDY_PREFIXES: readonly string[] = [
  'He said ,',
  'She wrote that',
  'Look ,',
  'Today',
  'I think',
  'Everyone knows',
];

/** Continuations after "Teddy": the first word decides the tag. */
export const TEDDY_PERSON: readonly string[] = [
  'Roosevelt was a great president',
  'Roosevelt led the nation',
  'Riner won the gold',
];
export const TEDDY_THING: readonly string[] = ['bears are on sale', 'bears sit on the shelf', 'bears are soft'];

const SURNAMES = new Set(['Roosevelt', 'Riner']);

export const TEDDY_TAGS = ['other', 'PERSON'] as const;

export interface TeddySentence {
  readonly words: readonly string[];
  /** index of "Teddy" */
  readonly teddyAt: number;
  readonly person: boolean;
}

function sentence(prefix: string, rest: string, person: boolean): TeddySentence {
  const head = prefix.split(' ');
  return { words: [...head, 'Teddy', ...rest.split(' ')], teddyAt: head.length, person };
}

/** Every prefix with every continuation: each prefix appears with both tags equally often. */
export const TEDDY_SENTENCES: readonly TeddySentence[] = TEDDY_PREFIXES.flatMap((p) => [
  ...TEDDY_PERSON.map((r) => sentence(p, r, true)),
  ...TEDDY_THING.map((r) => sentence(p, r, false)),
]);

/**
 * The sentences shown and scored: for each prefix, one person and one thing
 * sentence. A forward-only net's output at "Teddy" depends on the prefix
 * alone, so on this balanced set it is right on exactly one of each pair.
 */
export const TEDDY_TEST: readonly TeddySentence[] = TEDDY_PREFIXES.flatMap((p, k) => [
  sentence(p, TEDDY_PERSON[k % TEDDY_PERSON.length]!, true),
  sentence(p, TEDDY_THING[k % TEDDY_THING.length]!, false),
]);

export const TEDDY_VOCAB: readonly string[] = [...new Set(TEDDY_SENTENCES.flatMap((s) => s.words))];

const INDEX = new Map(TEDDY_VOCAB.map((w, k) => [w, k]));

export function teddySample(s: TeddySentence): Sample {
  const ids = s.words.map((w) => INDEX.get(w) ?? 0);
  const tags = s.words.map((w, k) => (SURNAMES.has(w) || (k === s.teddyAt && s.person) ? 1 : 0));
  return { inputs: { kind: 'ids', ids }, targets: { kind: 'ids', ids: tags } };
}

export interface TeddyOptions {
  bidirectional: boolean;
  hiddenSize: number;
}

export interface TeddyTask extends Task {
  readonly bidirectional: boolean;
  /** longest sentence, in words */
  readonly maxWords: number;
}

export const TEDDY_MAX_WORDS = Math.max(...TEDDY_SENTENCES.map((s) => s.words.length));

/** Settings with which the bidirectional net tags every test "Teddy" right from seed 1 (see the engine test). */
export const TEDDY_TRAINING = { lr: 0.03, updates: 300, hiddenSize: 8 } as const;

export function teddyTask(o: TeddyOptions): TeddyTask {
  const hiddenSize = checkInt('hiddenSize', o.hiddenSize, 1, 64);
  const spec: ModelSpec = {
    input: { kind: 'onehot', vocabSize: TEDDY_VOCAB.length },
    rnn: { cell: 'lstm', hiddenSize, numLayers: 1, bidirectional: o.bidirectional },
    head: 'per_step',
    outputSize: 2,
    loss: 'cross_entropy',
  };
  const samples = TEDDY_SENTENCES.map(teddySample);
  return {
    id: `teddy:${o.bidirectional ? 'bi' : 'fwd'}`,
    spec,
    bidirectional: o.bidirectional,
    maxWords: TEDDY_MAX_WORDS,
    nextSample: (rng: Rng) => samples[rng.int(samples.length)]!,
  };
}

/** P(PERSON) the model gives "Teddy" in each test sentence, in TEDDY_TEST order (forward passes only). */
export function teddyPredictions(model: Model): number[] {
  return TEDDY_TEST.map((s) => {
    model.loss(teddySample(s));
    return model.telemetry.probs[s.teddyAt * 2 + 1] ?? Number.NaN;
  });
}

/** Share of test sentences whose "Teddy" is tagged right (P(PERSON) > 0.5 for a person). */
export function teddyAccuracy(pPerson: readonly number[]): number {
  let right = 0;
  TEDDY_TEST.forEach((s, k) => {
    if ((pPerson[k] ?? 0.5) > 0.5 === s.person) right++;
  });
  return right / TEDDY_TEST.length;
}
