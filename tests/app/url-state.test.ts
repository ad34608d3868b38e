import { describe, expect, it } from 'vitest';
import { checkValue, defaults, parseParams, serialiseParams, type Schema } from '../../src/app/url-state.ts';

const schema = {
  seed: { kind: 'int', default: 1, min: 0, max: 1000 },
  lr: { kind: 'number', default: 0.5, min: 0.001, max: 10 },
  cell: { kind: 'enum', default: 'rnn', values: ['rnn', 'lstm', 'gru'] },
  word: { kind: 'text', default: 'bille', pattern: /^[a-z]{2,12}$/, maxLength: 12 },
} as const satisfies Schema;

describe('parseParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(parseParams(schema, '')).toEqual({ values: defaults(schema), hidden: [], ignored: [] });
  });

  it('reads valid values with their types', () => {
    const p = parseParams(schema, 'seed=42&lr=1e-2&cell=gru&word=hello');
    expect(p.values).toEqual({ seed: 42, lr: 0.01, cell: 'gru', word: 'hello' });
    expect(p.ignored).toEqual([]);
  });

  it('falls back to the default and names every value it ignored, with the reason', () => {
    const p = parseParams(schema, 'seed=2.5&lr=abc&cell=transformer&word=Hi!&colour=red&seed=3');
    expect(p.values).toEqual(defaults(schema));
    expect(p.ignored).toEqual([
      { key: 'seed', given: '2.5', reason: 'not-an-integer' },
      { key: 'lr', given: 'abc', reason: 'not-a-number' },
      { key: 'cell', given: 'transformer', reason: 'not-allowed' },
      { key: 'word', given: 'Hi!', reason: 'bad-format' },
      { key: 'colour', given: 'red', reason: 'unknown' },
      { key: 'seed', given: '3', reason: 'repeated' },
    ]);
  });

  it('rejects out-of-range numbers on either side', () => {
    const p = parseParams(schema, 'seed=-1&lr=100');
    expect(p.ignored.map((i) => i.reason)).toEqual(['below-min', 'above-max']);
  });

  it('leaves lang to the router and reads hide as a list of hideable controls', () => {
    const p = parseParams(schema, 'lang=fr&hide=seed,lr,,bogus,seed', ['seed', 'lr', 'speed']);
    expect(p.hidden).toEqual(['seed', 'lr']);
    expect(p.ignored).toEqual([{ key: 'hide', given: 'bogus', reason: 'cannot-hide' }]);
  });

  it('does not take inherited object keys for parameters', () => {
    expect(parseParams(schema, 'toString=1&__proto__=2').ignored.map((i) => i.reason)).toEqual(['unknown', 'unknown']);
  });
});

describe('checkValue', () => {
  const num = schema.lr;
  it.each(['', ' 1', '1 ', 'Infinity', 'NaN', '0x10', '1,5', '--1'])('refuses %j as a number', (raw) => {
    expect(checkValue(num, raw)).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it.each([
    ['0.5', 0.5],
    ['.5', 0.5],
    ['5e-1', 0.5],
    ['+2', 2],
  ])('reads %j as %d', (raw, v) => {
    expect(checkValue(num, raw)).toEqual({ ok: true, value: v });
  });

  it('refuses text longer than its maximum before matching it', () => {
    expect(checkValue(schema.word, 'a'.repeat(13))).toEqual({ ok: false, reason: 'too-long' });
  });
});

describe('serialiseParams', () => {
  it('writes every value in schema order, then hide and lang, and reads back the same', () => {
    const values = { seed: 7, lr: 0.05, cell: 'lstm', word: 'bell' };
    const q = serialiseParams(schema, values, { hidden: ['seed', 'lr'], lang: 'ar' });
    expect(q).toBe('seed=7&lr=0.05&cell=lstm&word=bell&hide=seed,lr&lang=ar');
    const back = parseParams(schema, q, ['seed', 'lr']);
    expect(back).toEqual({ values, hidden: ['seed', 'lr'], ignored: [] });
  });

  it('leaves hide out when nothing is hidden', () => {
    expect(serialiseParams(schema, defaults(schema))).toBe('seed=1&lr=0.5&cell=rnn&word=bille');
  });
});
