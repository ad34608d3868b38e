import { MAX_WORD_LETTERS, MIN_WORD_LETTERS } from '../../engine/index.ts';

// What the student may type as the word to learn: 2 to 20 letters of any
// script. Capitals become small letters and accents are composed (NFC), so
// "Bille" and a decomposed "é" mean what they look like; anything else gets
// a message that says what is wrong with it.

export type WordProblem = { kind: 'empty' } | { kind: 'short' } | { kind: 'long'; n: number } | { kind: 'notLetter'; ch: string };

/** The word as the lab uses it: trimmed, composed, in small letters. */
export function normaliseWord(raw: string): string {
  return raw.trim().normalize('NFC').toLowerCase();
}

/** What is wrong with an already normalised word, or null when the network can learn it. */
export function wordProblem(word: string): WordProblem | null {
  const letters = Array.from(word);
  if (letters.length === 0) return { kind: 'empty' };
  const bad = letters.find((ch) => !/^\p{L}$/u.test(ch));
  if (bad !== undefined) return { kind: 'notLetter', ch: bad === ' ' ? '␣' : bad };
  if (letters.length < MIN_WORD_LETTERS) return { kind: 'short' };
  if (letters.length > MAX_WORD_LETTERS) return { kind: 'long', n: letters.length };
  return null;
}
