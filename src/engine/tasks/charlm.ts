// A character-level language model on a short text (the classic "watch the
// gates read a paragraph" set-up). The text is split into code points (so an
// emoji or an Arabic letter with its marks counts as it is written), capped in
// length, and its vocabulary capped too: the rarest characters share one
// replacement symbol, so a pasted text with hundreds of distinct symbols still
// gives a network small enough to train live. Training draws random windows of
// the text; truncated BPTT carries the state across the window's chunks.

import type { CellKind, ModelSpec, Rng, Sample, Task } from '../api.ts';
import { checkInt } from '../validate.ts';

/** Longest text the lab trains on, in characters (code points). */
export const CHARLM_MAX_CHARS = 20_000;
/** Most distinct characters kept; the rest become REPLACEMENT. */
export const CHARLM_MAX_VOCAB = 64;
/** Shortest usable text: a window needs a few characters to predict. */
export const CHARLM_MIN_CHARS = 8;
export const REPLACEMENT = '\uFFFD';

export type TextProblem = 'empty' | 'too-short';

export interface PreparedText {
  /** the text as the model reads it (after capping), one code point per entry */
  readonly chars: readonly string[];
  /** characters in order of first appearance, REPLACEMENT last if used */
  readonly vocab: readonly string[];
  /** code points dropped from the end by the length cap */
  readonly truncated: number;
  /** distinct characters folded into REPLACEMENT */
  readonly replacedKinds: number;
  /** occurrences folded into REPLACEMENT */
  readonly replacedCount: number;
}

export type TextCheck = { ok: true; text: PreparedText } | { ok: false; problem: TextProblem };

/**
 * Normalises, caps and tokenises a text. Line breaks and runs of blanks are
 * folded to one space: paragraph layout is not what the net should learn here.
 */
export function prepareText(raw: string, maxChars = CHARLM_MAX_CHARS, maxVocab = CHARLM_MAX_VOCAB): TextCheck {
  const flat = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  if (flat.length === 0) return { ok: false, problem: 'empty' };
  const all = Array.from(flat);
  if (all.length < CHARLM_MIN_CHARS) return { ok: false, problem: 'too-short' };
  const kept = all.slice(0, maxChars);
  const counts = new Map<string, number>();
  for (const ch of kept) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let keep: Set<string>;
  if (counts.size <= maxVocab) keep = new Set(counts.keys());
  else {
    // Most frequent first; ties by first appearance (Map order), so the choice is deterministic.
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, maxVocab - 1);
    keep = new Set(ranked.map(([ch]) => ch));
  }
  let replacedCount = 0;
  const chars = kept.map((ch) => {
    if (keep.has(ch)) return ch;
    replacedCount++;
    return REPLACEMENT;
  });
  const vocab = [...new Set(chars.filter((ch) => ch !== REPLACEMENT))];
  if (replacedCount > 0) vocab.push(REPLACEMENT);
  return {
    ok: true,
    text: { chars, vocab, truncated: all.length - kept.length, replacedKinds: counts.size - keep.size, replacedCount },
  };
}

export interface CharLmOptions {
  text: string;
  cell: CellKind;
  /** GRU only: PyTorch's convention (true, default) or Cho 2014's */
  resetAfter?: boolean;
  hiddenSize: number;
  numLayers?: number;
  /** characters per training window (the sample is window + 1 characters) */
  window?: number;
}

export interface CharLmTask extends Task {
  readonly text: PreparedText;
  readonly ids: Int32Array;
  readonly window: number;
  /** ids of a string: characters outside the vocabulary become REPLACEMENT (or id 0 without one) */
  encode(s: string): number[];
  decode(ids: readonly number[]): string;
}

export const CHARLM_DEFAULT_WINDOW = 64;

export function charLmTask(o: CharLmOptions): CharLmTask {
  const check = prepareText(o.text);
  if (!check.ok) throw new Error(`text: ${check.problem === 'empty' ? 'the text is empty' : `expected at least ${CHARLM_MIN_CHARS} characters`}`);
  const text = check.text;
  const window = checkInt('window', o.window ?? CHARLM_DEFAULT_WINDOW, 2, 1024);
  const hiddenSize = checkInt('hiddenSize', o.hiddenSize, 1, 256);
  const numLayers = checkInt('numLayers', o.numLayers ?? 1, 1, 4);
  const index = new Map(text.vocab.map((ch, k) => [ch, k]));
  const fallback = index.get(REPLACEMENT) ?? 0;
  const encode = (s: string): number[] => Array.from(s.normalize('NFC'), (ch) => index.get(ch) ?? fallback);
  const ids = Int32Array.from(text.chars, (ch) => index.get(ch) ?? fallback);
  const V = text.vocab.length;
  const spec: ModelSpec = {
    input: { kind: 'onehot', vocabSize: V },
    rnn: {
      cell: o.cell,
      ...(o.cell === 'gru' && { resetAfter: o.resetAfter ?? true }),
      hiddenSize,
      numLayers,
      bidirectional: false,
    },
    head: 'per_step',
    outputSize: V,
    loss: 'cross_entropy',
  };
  // A text shorter than a window is read whole.
  const span = Math.min(window + 1, ids.length);
  return {
    id: `charlm:${o.cell}:${V}:${ids.length}`,
    spec,
    text,
    ids,
    window: span - 1,
    encode,
    decode: (xs) => xs.map((id) => text.vocab[id] ?? REPLACEMENT).join(''),
    nextSample(rng: Rng): Sample {
      const start = rng.int(ids.length - span + 1);
      const seg = ids.subarray(start, start + span);
      return {
        inputs: { kind: 'ids', ids: seg.slice(0, -1) },
        targets: { kind: 'ids', ids: seg.slice(1) },
      };
    },
  };
}
