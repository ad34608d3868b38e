import { describe, expect, it } from 'vitest';
import { BILLE_SCHEMA } from '../../../src/labs/bille/params.ts';
import { normaliseWord, wordProblem } from '../../../src/labs/bille/word.ts';

describe('the word a student types', () => {
  it('is trimmed, composed and made small', () => {
    expect(normaliseWord('  Bille ')).toBe('bille');
    expect(normaliseWord('e\u0301te\u0301')).toBe('été');
  });

  it('gets a message for each way it can be wrong', () => {
    expect(wordProblem('')).toEqual({ kind: 'empty' });
    expect(wordProblem('b')).toEqual({ kind: 'short' });
    expect(wordProblem('a'.repeat(21))).toEqual({ kind: 'long', n: 21 });
    expect(wordProblem('bil1e')).toEqual({ kind: 'notLetter', ch: '1' });
    expect(wordProblem('bille boule')).toEqual({ kind: 'notLetter', ch: '␣' });
    expect(wordProblem("l'eau")).toEqual({ kind: 'notLetter', ch: "'" });
  });

  it('accepts 2 to 20 letters of any script, as the link format does', () => {
    for (const w of ['bille', 'ab', 'a'.repeat(20), 'été', 'كتاب', 'straße']) {
      expect(wordProblem(w), w).toBeNull();
      expect(BILLE_SCHEMA.word.pattern.test(w), w).toBe(true);
    }
    expect(BILLE_SCHEMA.word.pattern.test('Bille')).toBe(false);
    expect(BILLE_SCHEMA.word.pattern.test('a'.repeat(21))).toBe(false);
  });
});
