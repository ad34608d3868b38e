// The text pipeline of a language model, one pure function per stage:
// clean → split into sentences → tokenise (words or characters) → build a
// vocabulary with a frequency cut-off → encode (unknown tokens become <UNK>,
// each sentence ends with <EOS>) → pad to a fixed length → an (N, T) batch of
// ids. The lab shows every stage on a sentence the student types; the
// language-model task trains on the same ids.

export type TokenLevel = 'word' | 'char';

export const PAD = '<PAD>';
export const UNK = '<UNK>';
export const EOS = '<EOS>';
/** Fixed ids of the special tokens: every vocabulary starts with them. */
export const PAD_ID = 0;
export const UNK_ID = 1;
export const EOS_ID = 2;
export const SPECIALS: readonly string[] = [PAD, UNK, EOS];

/**
 * Unicode NFC, lower case, one kind of apostrophe, blanks folded to one space.
 * Lower-casing is what lets "The" and "the" share one entry; Arabic has no case.
 */
export function cleanText(raw: string): string {
  return raw.normalize('NFC').toLowerCase().replace(/[’‘ʼ]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/** Sentences of a text: a line break, or . ! ? ؟ … followed by a blank, ends one. Not cleaned. */
export function splitSentences(raw: string): string[] {
  return raw
    .split(/\n+|(?<=[.!?؟…])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * User-perceived characters (grapheme clusters): an emoji with its skin tone,
 * a flag, or an Arabic letter with its vowel marks is one character.
 */
export function graphemes(s: string): string[] {
  return Array.from(segmenter.segment(s), (g) => g.segment);
}

/** A word: letters, marks and digits, possibly joined by apostrophes ("don't", "aujourd'hui"). */
const WORD = /^[\p{L}\p{M}\p{N}]+(?:'[\p{L}\p{M}\p{N}]+)*/u;

/**
 * Tokens of a cleaned sentence. Words: each word, and each other visible
 * character (punctuation, an emoji) on its own; blanks only separate.
 * Characters: every grapheme, blanks included (a space is a character the
 * model must learn to write).
 */
export function tokenise(cleaned: string, level: TokenLevel): string[] {
  const chars = graphemes(cleaned);
  if (level === 'char') return chars;
  const out: string[] = [];
  let rest = cleaned;
  // Walk the graphemes: a word is taken whole, anything else one grapheme at a time.
  while (rest.length > 0) {
    const m = WORD.exec(rest);
    if (m) {
      out.push(m[0]);
      rest = rest.slice(m[0].length);
      continue;
    }
    const g = graphemes(rest.slice(0, 16))[0] ?? rest.slice(0, 1);
    if (!/^\s+$/u.test(g)) out.push(g);
    rest = rest.slice(g.length);
  }
  return out;
}

export interface VocabOptions {
  /** tokens seen fewer times than this become <UNK>; default 1 (keep all) */
  minCount?: number;
  /** most entries, the three special tokens included; default unlimited */
  maxSize?: number;
}

export interface Vocab {
  /** id → token: <PAD>, <UNK>, <EOS>, then the kept tokens, most frequent first */
  readonly tokens: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** id → how often the token occurs in the text it was built from (0 for the specials) */
  readonly counts: readonly number[];
  /** distinct tokens left out (they will read as <UNK>) */
  readonly dropped: number;
  readonly minCount: number;
}

/**
 * The vocabulary of tokenised sentences. Ties in frequency keep the order of
 * first appearance, so the same text always gives the same ids.
 */
export function buildVocab(sentences: readonly (readonly string[])[], options: VocabOptions = {}): Vocab {
  const minCount = Math.max(1, Math.floor(options.minCount ?? 1));
  const maxSize = Math.max(SPECIALS.length, Math.floor(options.maxSize ?? Number.MAX_SAFE_INTEGER));
  const counts = new Map<string, number>();
  for (const s of sentences) for (const tok of s) counts.set(tok, (counts.get(tok) ?? 0) + 1);
  const special = new Set(SPECIALS);
  const ranked = [...counts.entries()].filter(([tok, n]) => n >= minCount && !special.has(tok));
  // Array.prototype.sort is stable: equal counts stay in first-appearance order.
  ranked.sort((a, b) => b[1] - a[1]);
  const kept = ranked.slice(0, maxSize - SPECIALS.length);
  const tokens = [...SPECIALS, ...kept.map(([tok]) => tok)];
  return {
    tokens,
    index: new Map(tokens.map((tok, id) => [tok, id])),
    counts: [0, 0, 0, ...kept.map(([, n]) => n)],
    dropped: counts.size - kept.length,
    minCount,
  };
}

/** Ids of a token list: tokens outside the vocabulary become <UNK>; <EOS> closes the sentence unless told not to. */
export function encodeTokens(tokens: readonly string[], vocab: Vocab, eos = true): number[] {
  const ids = tokens.map((tok) => vocab.index.get(tok) ?? UNK_ID);
  if (eos) ids.push(EOS_ID);
  return ids;
}

/** A sequence cut or padded with <PAD> to exactly `length` ids. */
export function padTo(ids: readonly number[], length: number): number[] {
  const n = Math.max(0, Math.floor(length));
  const out = ids.slice(0, n);
  while (out.length < n) out.push(PAD_ID);
  return out;
}

/** The (N, T) batch: every sequence padded or cut to T. */
export function batchOf(seqs: readonly (readonly number[])[], T: number): number[][] {
  return seqs.map((s) => padTo(s, T));
}

/** Text of ids: words joined by spaces (none before punctuation), characters joined as they are. */
export function decodeIds(ids: readonly number[], tokens: readonly string[], level: TokenLevel, eosMark = ' ¶ '): string {
  const parts = ids.map((id) => (id === EOS_ID ? eosMark : (tokens[id] ?? UNK)));
  if (level === 'char') return parts.join('');
  return parts
    .join(' ')
    .replace(/ ([.,!?;:؟،؛…)])/gu, '$1')
    .replace(/ {2,}/gu, ' ');
}
