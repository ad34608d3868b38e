// The memoryless baseline of the "why it needs memory" comparison: a bigram
// table counted from the word itself, predicting the next letter from the
// current one only.

export interface BigramTable {
  vocab: readonly string[];
  /** counts[a][b]: how often letter b follows letter a in the word */
  counts: number[][];
  /** firstSeen[a][b]: position in the word where a→b first occurs (Infinity if never) */
  firstSeen: number[][];
}

/** Counts the letter pairs of `word` over `vocab` (letters outside it are skipped). */
export function bigramCounts(word: string, vocab: readonly string[]): BigramTable {
  const V = vocab.length;
  const counts = Array.from({ length: V }, () => new Array<number>(V).fill(0));
  const firstSeen = Array.from({ length: V }, () => new Array<number>(V).fill(Infinity));
  const letters = Array.from(word);
  for (let p = 0; p + 1 < letters.length; p++) {
    const a = vocab.indexOf(letters[p] ?? '');
    const b = vocab.indexOf(letters[p + 1] ?? '');
    if (a < 0 || b < 0) continue;
    const row = counts[a];
    const seen = firstSeen[a];
    if (!row || !seen) continue;
    row[b] = (row[b] ?? 0) + 1;
    if (p < (seen[b] ?? Infinity)) seen[b] = p;
  }
  return { vocab, counts, firstSeen };
}

/**
 * The bigram prediction after `letter`: the most frequent successor, ties
 * going to the pair met first in the word; null when the letter is never
 * followed by anything.
 */
export function bigramPredict(table: BigramTable, letter: string): string | null {
  const a = table.vocab.indexOf(letter);
  const row = table.counts[a];
  const seen = table.firstSeen[a];
  if (a < 0 || !row || !seen) return null;
  let best = -1;
  for (let b = 0; b < row.length; b++) {
    const c = row[b] ?? 0;
    if (c === 0) continue;
    if (best < 0) {
      best = b;
      continue;
    }
    const bc = row[best] ?? 0;
    if (c > bc || (c === bc && (seen[b] ?? Infinity) < (seen[best] ?? Infinity))) best = b;
  }
  return best < 0 ? null : (table.vocab[best] ?? null);
}

/** Whether the row of `letter` has several successors with the same top count. */
export function bigramTie(table: BigramTable, letter: string): boolean {
  const row = table.counts[table.vocab.indexOf(letter)];
  if (!row) return false;
  const top = Math.max(0, ...row);
  return top > 0 && row.filter((c) => c === top).length > 1;
}

export interface ComparisonRow {
  /** 1-based */
  step: number;
  input: string;
  /** the next letter in the word, or null after its end */
  target: string | null;
  rnn: string | null;
  bigram: string | null;
  /** both predict something, the word continues, and they disagree */
  differ: boolean;
}

/**
 * One row per generation step: the input is the word's letter at that step
 * (x_1 = first letter, then the letters the RNN should produce).
 */
export function compareWithBigram(word: string, vocab: readonly string[], rnnPredictions: readonly (string | null)[] | null): ComparisonRow[] {
  const table = bigramCounts(word, vocab);
  const letters = Array.from(word);
  return letters.map((input, t) => {
    const target = letters[t + 1] ?? null;
    const rnn = rnnPredictions?.[t] ?? null;
    const bigram = bigramPredict(table, input);
    return { step: t + 1, input, target, rnn, bigram, differ: target !== null && rnn !== null && bigram !== null && rnn !== bigram };
  });
}
