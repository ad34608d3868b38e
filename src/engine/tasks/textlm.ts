// A language model on a corpus, by words or by characters, through the text
// pipeline of ../text/pipeline.ts: every sentence is tokenised, encoded with
// <UNK> for rare tokens and closed by <EOS>, and the sentences are laid end to
// end in one stream of ids. Training draws random windows of the stream and
// predicts the next token at every step. Tokens are read through an embedding
// table (the lab draws it), not one-hot vectors.
//
// Two ways of feeding the network while it trains:
//   teacher forcing: x_{t+1} is the true token y_t (the usual way);
//   free running: x_{t+1} is the model's own greedy guess argmax ŷ_t, made with
//     the current weights before the update, while the targets stay the true
//     tokens. argmax is not differentiable, so the gradient of this loss with
//     respect to the weights is exactly the gradient with those inputs held
//     fixed: generating first and then training on the generated inputs is the
//     exact computation, not an approximation.

import type { CellKind, Model, ModelSpec, Rng, Sample, Task } from '../api.ts';
import { generate } from '../generate.ts';
import { checkInt, checkOneOf } from '../validate.ts';
import {
  buildVocab,
  cleanText,
  decodeIds,
  encodeTokens,
  EOS_ID,
  splitSentences,
  tokenise,
  type TokenLevel,
  type Vocab,
} from '../text/pipeline.ts';

/** Longest corpus read, in UTF-16 code units after cleaning (a few tens of kB of text). */
export const TEXTLM_MAX_CHARS = 60_000;
/** Fewest tokens a corpus must give (with the <EOS> marks) to fill a training window. */
export const TEXTLM_MIN_TOKENS = 12;
export const TEXTLM_MAX_VOCAB = { word: 400, char: 96 } as const;

export type Feeding = 'teacher' | 'free';

/**
 * The lab's default network and training per level: an LSTM reading 16-wide
 * embeddings, Adam at 0.01 with clipping, full BPTT over each window.
 */
export const TEXTLM_DEFAULTS = {
  char: { cell: 'lstm', hiddenSize: 64, embeddingDim: 16, window: 48, lr: 0.01 },
  word: { cell: 'lstm', hiddenSize: 64, embeddingDim: 16, window: 16, lr: 0.01 },
} as const;
export type CorpusProblem = 'empty' | 'too-short';

export interface CorpusOptions {
  level: TokenLevel;
  /** words seen fewer times become <UNK>; default 2 for words, 1 for characters */
  minCount?: number;
  /** default TEXTLM_MAX_VOCAB[level] */
  maxVocab?: number;
}

export interface Corpus {
  readonly level: TokenLevel;
  readonly vocab: Vocab;
  /** the token stream: sentence after sentence, each closed by <EOS> */
  readonly ids: Int32Array;
  readonly sentences: number;
  /** characters (code units) left out by the length cap */
  readonly truncated: number;
  /** tokens of the stream that read as <UNK> */
  readonly unknown: number;
}

export type CorpusCheck = { ok: true; corpus: Corpus } | { ok: false; problem: CorpusProblem };

/** Cleans, caps, tokenises and encodes a corpus; says what is wrong with an unusable one. */
export function prepareCorpus(raw: string, o: CorpusOptions): CorpusCheck {
  const level = checkOneOf('level', o.level, ['word', 'char'] as const);
  const all = splitSentences(raw.normalize('NFC'));
  const sentences: string[][] = [];
  let used = 0;
  let total = 0;
  let full = false;
  for (const s of all) {
    const c = cleanText(s);
    total += c.length;
    // The cap keeps whole sentences from the start of the text.
    full ||= used + c.length > TEXTLM_MAX_CHARS;
    if (full) continue;
    used += c.length;
    const toks = tokenise(c, level);
    if (toks.length > 0) sentences.push(toks);
  }
  if (sentences.length === 0) return { ok: false, problem: 'empty' };
  const minCount = o.minCount ?? (level === 'word' ? 2 : 1);
  const vocab = buildVocab(sentences, { minCount, maxSize: o.maxVocab ?? TEXTLM_MAX_VOCAB[level] });
  const ids: number[] = [];
  for (const s of sentences) ids.push(...encodeTokens(s, vocab));
  if (ids.length < TEXTLM_MIN_TOKENS) return { ok: false, problem: 'too-short' };
  let unknown = 0;
  for (const id of ids) if (id === 1) unknown++;
  return { ok: true, corpus: { level, vocab, ids: Int32Array.from(ids), sentences: sentences.length, truncated: total - used, unknown } };
}

export interface TextLmOptions extends CorpusOptions {
  text: string;
  cell: CellKind;
  hiddenSize: number;
  embeddingDim: number;
  /** tokens per training window */
  window: number;
  /** default 'teacher' */
  feeding?: Feeding;
}

export interface TextLmTask extends Task {
  readonly corpus: Corpus;
  readonly window: number;
  readonly feeding: Feeding;
  /** the model free running generates with (required before nextSample in that mode) */
  bind(model: Model): void;
  /** ids of a prompt: <EOS> first (the start of a sentence), then its tokens (a final blank kept); no closing <EOS> */
  encodePrompt(text: string): number[];
  decode(ids: readonly number[]): string;
}

export function textLmTask(o: TextLmOptions): TextLmTask {
  const check = prepareCorpus(o.text, o);
  if (!check.ok) {
    throw new Error(`text: ${check.problem === 'empty' ? 'the text is empty' : `expected at least ${TEXTLM_MIN_TOKENS} tokens`}`);
  }
  const corpus = check.corpus;
  const hiddenSize = checkInt('hiddenSize', o.hiddenSize, 1, 256);
  const embeddingDim = checkInt('embeddingDim', o.embeddingDim, 1, 64);
  const feeding = checkOneOf('feeding', o.feeding ?? 'teacher', ['teacher', 'free'] as const);
  const ids = corpus.ids;
  const span = Math.min(checkInt('window', o.window, 2, 512) + 1, ids.length);
  const V = corpus.vocab.tokens.length;
  const spec: ModelSpec = {
    input: { kind: 'embedding', vocabSize: V, embeddingDim },
    rnn: { cell: o.cell, hiddenSize, numLayers: 1, bidirectional: false },
    head: 'per_step',
    outputSize: V,
    loss: 'cross_entropy',
  };
  let model: Model | null = null;
  return {
    id: `textlm:${corpus.level}:${o.cell}:${V}:${ids.length}:${feeding}`,
    spec,
    corpus,
    window: span - 1,
    feeding,
    bind(m) {
      model = m;
    },
    encodePrompt(text) {
      // A prompt's final blank matters to a character model ("the " asks for a new word): cleaning keeps it.
      const cleaned = cleanText(text);
      const tail = cleaned.length > 0 && /\s$/u.test(text) ? ' ' : '';
      return [EOS_ID, ...encodeTokens(tokenise(cleaned + tail, corpus.level), corpus.vocab, false)];
    },
    decode: (xs) => decodeIds(xs, corpus.vocab.tokens, corpus.level),
    nextSample(rng: Rng): Sample {
      const start = rng.int(ids.length - span + 1);
      const seg = ids.subarray(start, start + span);
      const targets = seg.slice(1);
      if (feeding === 'teacher') return { inputs: { kind: 'ids', ids: seg.slice(0, -1) }, targets: { kind: 'ids', ids: targets } };
      if (model === null) throw new Error('free running: bind the model before drawing samples');
      // x_1 is the true first token; every later input is the model's own greedy guess.
      const guess = generate(model, { prefix: [seg[0] ?? EOS_ID], length: span - 2 });
      return { inputs: { kind: 'ids', ids: Int32Array.from([seg[0] ?? EOS_ID, ...guess.ids]) }, targets: { kind: 'ids', ids: targets } };
    },
  };
}
