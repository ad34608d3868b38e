// The translation task: the corpus of translate-corpus.ts in one direction
// (English → French or French → English), its two vocabularies, samples for
// the encoder-decoder, and how well greedy decoding does on it.

import type { InitSpec, Rng, Sample } from '../api.ts';
import { createSeq2Seq, type DecodeStep, type Seq2SeqModel, type Seq2SeqSpec } from '../seq2seq.ts';
import { checkInt, checkOneOf } from '../validate.ts';
import { TRANSLATE_PAIRS, TRANSLATE_UNSEEN, type SentencePair } from './translate-corpus.ts';

export type TranslateDirection = 'en-fr' | 'fr-en';

export const BOS = '<bos>';
export const EOS = '<eos>';

/** What the page and the worker need by default: small enough to train in seconds, big enough to learn the corpus. */
export const TRANSLATE_DEFAULTS = {
  cell: 'gru',
  hiddenSize: 48,
  embeddingDim: 24,
  lr: 0.01,
  clip: 5,
} as const;

/** Longest sentences, in words: the corpus's long pairs have 15. */
export const TRANSLATE_MAX_WORDS = 24;

export interface TranslateOptions {
  direction: TranslateDirection;
  cell: 'rnn' | 'lstm' | 'gru';
  hiddenSize: number;
  embeddingDim: number;
}

export interface TranslatePair {
  readonly source: string;
  readonly target: string;
  readonly long: boolean;
  readonly sourceIds: readonly number[];
  /** y1 .. y_n <EOS> */
  readonly targetIds: readonly number[];
}

export interface Tokens {
  /** ids of the words the source vocabulary knows */
  ids: number[];
  /** the words it does not know, in order (they are left out) */
  unknown: string[];
  /** every word, known or not */
  words: string[];
}

export interface TranslateTask {
  readonly id: string;
  readonly direction: TranslateDirection;
  readonly spec: Seq2SeqSpec;
  readonly sourceVocab: readonly string[];
  /** <bos>, <eos>, then the words */
  readonly targetVocab: readonly string[];
  readonly pairs: readonly TranslatePair[];
  /** new combinations of known words, never trained on */
  readonly unseen: readonly TranslatePair[];
  nextSample(rng: Rng): Sample;
  /** lower-case words of a typed sentence; punctuation dropped */
  tokenize(text: string): Tokens;
  decode(ids: readonly number[]): string;
}

/** Words of a sentence: lower case, NFC, apostrophes and letters kept, everything else a separator. */
export function words(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}'’-]+/u)
    .filter((w) => w.length > 0);
}

function sides(p: SentencePair, direction: TranslateDirection): { source: string; target: string } {
  return direction === 'en-fr' ? { source: p.en, target: p.fr } : { source: p.fr, target: p.en };
}

function vocabOf(sentences: readonly string[]): string[] {
  return [...new Set(sentences.flatMap(words))].sort();
}

export function translateTask(options: TranslateOptions): TranslateTask {
  const direction = checkOneOf('direction', options.direction, ['en-fr', 'fr-en'] as const);
  const all = [...TRANSLATE_PAIRS, ...TRANSLATE_UNSEEN].map((p) => sides(p, direction));
  const sourceVocab = vocabOf(all.map((p) => p.source));
  const targetVocab = [BOS, EOS, ...vocabOf(all.map((p) => p.target))];
  const src = new Map(sourceVocab.map((w, k) => [w, k]));
  const tgt = new Map(targetVocab.map((w, k) => [w, k]));
  const pair = (p: SentencePair): TranslatePair => {
    const { source, target } = sides(p, direction);
    return {
      source,
      target,
      long: p.long,
      sourceIds: words(source).map((w) => src.get(w) ?? 0),
      targetIds: [...words(target).map((w) => tgt.get(w) ?? 0), 1],
    };
  };
  const pairs = TRANSLATE_PAIRS.map(pair);
  const spec: Seq2SeqSpec = {
    cell: options.cell,
    hiddenSize: checkInt('hiddenSize', options.hiddenSize, 1, 256),
    embeddingDim: checkInt('embeddingDim', options.embeddingDim, 1, 256),
    sourceVocab: sourceVocab.length,
    targetVocab: targetVocab.length,
    bos: 0,
    eos: 1,
    maxSource: TRANSLATE_MAX_WORDS,
    maxTarget: TRANSLATE_MAX_WORDS,
  };
  return {
    id: `translate-${direction}`,
    direction,
    spec,
    sourceVocab,
    targetVocab,
    pairs,
    unseen: TRANSLATE_UNSEEN.map(pair),
    nextSample(rng) {
      const p = pairs[rng.int(pairs.length)]!;
      return { inputs: { kind: 'ids', ids: p.sourceIds }, targets: { kind: 'ids', ids: p.targetIds } };
    },
    tokenize(text) {
      const all = words(text).slice(0, TRANSLATE_MAX_WORDS);
      const ids: number[] = [];
      const unknown: string[] = [];
      for (const w of all) {
        const id = src.get(w);
        if (id === undefined) unknown.push(w);
        else ids.push(id);
      }
      return { ids, unknown, words: all };
    },
    decode: (ids) => ids.filter((id) => id > 1).map((id) => targetVocab[id] ?? '?').join(' '),
  };
}

export function createTranslator(task: TranslateTask, init: InitSpec, rng: Rng): Seq2SeqModel {
  return createSeq2Seq(task.spec, init, rng);
}

/** Whether greedy decoding gives the reference translation, <EOS> included. */
export function translatesExactly(model: Seq2SeqModel, p: TranslatePair): { right: boolean; steps: DecodeStep[] } {
  const steps = model.translate(p.sourceIds, p.targetIds.length + 2);
  const right = steps.length === p.targetIds.length && steps.every((s, k) => s.id === p.targetIds[k]);
  return { right, steps };
}

export interface TranslateScore {
  correct: number;
  total: number;
  longCorrect: number;
  longTotal: number;
}

/** Exact-match counts over the training pairs, short and long apart. */
export function translateScore(model: Seq2SeqModel, pairs: readonly TranslatePair[]): TranslateScore {
  const s: TranslateScore = { correct: 0, total: 0, longCorrect: 0, longTotal: 0 };
  for (const p of pairs) {
    const right = translatesExactly(model, p).right;
    if (p.long) {
      s.longTotal += 1;
      if (right) s.longCorrect += 1;
    } else {
      s.total += 1;
      if (right) s.correct += 1;
    }
  }
  return s;
}
