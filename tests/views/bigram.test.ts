import { describe, expect, it } from 'vitest';
import { bigramCounts, bigramPredict, bigramTie, compareWithBigram } from '../../src/views/bigram/bigram.ts';
import { BILLE_VOCAB } from '../../src/views/bille/types.ts';

const at = (table: ReturnType<typeof bigramCounts>, a: string, b: string): number =>
  table.counts[BILLE_VOCAB.indexOf(a)]?.[BILLE_VOCAB.indexOf(b)] ?? -1;

describe('bigram table of "bille"', () => {
  const table = bigramCounts('bille', BILLE_VOCAB);

  it('counts each letter pair of the word', () => {
    expect(at(table, 'b', 'i')).toBe(1);
    expect(at(table, 'i', 'l')).toBe(1);
    expect(at(table, 'l', 'l')).toBe(1);
    expect(at(table, 'l', 'e')).toBe(1);
    const total = table.counts.flat().reduce((s, c) => s + c, 0);
    expect(total).toBe(4);
  });

  it('predicts "l" after "l" every time (the tie goes to the pair seen first)', () => {
    expect(bigramTie(table, 'l')).toBe(true);
    expect(bigramPredict(table, 'l')).toBe('l');
    expect(bigramPredict(table, 'b')).toBe('i');
    expect(bigramPredict(table, 'e')).toBeNull();
  });

  it('breaks ties by first occurrence, not by vocabulary order', () => {
    // In "lel", l→e comes first: e must win although l→l would come later.
    expect(bigramPredict(bigramCounts('lell', BILLE_VOCAB), 'l')).toBe('e');
  });

  it('flags exactly the step where a correct RNN and the table disagree', () => {
    const rows = compareWithBigram('bille', BILLE_VOCAB, ['i', 'l', 'l', 'e', 'l']);
    expect(rows.map((r) => r.differ)).toEqual([false, false, false, true, false]);
    expect(rows[3]).toMatchObject({ input: 'l', target: 'e', rnn: 'e', bigram: 'l' });
    expect(rows[4]?.target).toBeNull();
  });

  it('flags nothing when the RNN makes the same mistake', () => {
    const rows = compareWithBigram('bille', BILLE_VOCAB, ['i', 'l', 'l', 'l', 'l']);
    expect(rows.some((r) => r.differ)).toBe(false);
  });
});
