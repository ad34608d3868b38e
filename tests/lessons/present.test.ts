import { describe, expect, it } from 'vitest';
import { clock } from '../../src/app/present/NotesView.tsx';
import { MIN_SCALE, fitScale } from '../../src/app/present/fit.ts';
import { nextSlide, presenterAction, type KeyLike } from '../../src/app/present/keys.ts';

const key = (k: string, extra: Partial<KeyLike> = {}): KeyLike => ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, target: null, ...extra });

describe('presenter keys', () => {
  it('maps arrows, clicker pages, space, Home/End, B and Escape', () => {
    const table: [KeyLike, string | null][] = [
      [key('ArrowRight'), 'next'], [key('PageDown'), 'next'], [key(' '), 'next'], [key('ArrowDown'), 'next'],
      [key('ArrowLeft'), 'prev'], [key('PageUp'), 'prev'], [key(' ', { shiftKey: true }), 'prev'],
      [key('Home'), 'first'], [key('End'), 'last'],
      [key('b'), 'black'], [key('B', { shiftKey: true }), 'black'], [key('.'), 'black'],
      [key('Escape'), 'leave'], [key('x'), null], [key('ArrowRight', { ctrlKey: true }), null], [key('b', { metaKey: true }), null],
    ];
    for (const [k, want] of table) expect(presenterAction(k), `${k.key} shift=${k.shiftKey}`).toBe(want);
  });

  it('moves within 1..total', () => {
    expect(nextSlide('next', 3, 8)).toBe(4);
    expect(nextSlide('next', 8, 8)).toBe(8);
    expect(nextSlide('prev', 1, 8)).toBe(1);
    expect(nextSlide('first', 5, 8)).toBe(1);
    expect(nextSlide('last', 2, 8)).toBe(8);
    expect(nextSlide('black', 2, 8)).toBe(2);
  });
});

describe('auto-shrink', () => {
  it('keeps full size when the content fits', () => {
    expect(fitScale(() => false)).toBe(1);
  });

  it('finds the largest scale that fits, within 1%', () => {
    // content of height 1000 * scale in a box of 720
    const overflows = (s: number) => 1000 * s > 720;
    const s = fitScale(overflows);
    expect(overflows(s)).toBe(false);
    expect(s).toBeGreaterThan(0.72 - 0.01);
  });

  it('stops at the minimum scale when nothing fits', () => {
    expect(fitScale(() => true)).toBe(MIN_SCALE);
  });
});

describe('notes timer', () => {
  it('shows mm:ss, then h:mm:ss', () => {
    expect(clock(0)).toBe('00:00');
    expect(clock(61_500)).toBe('01:01');
    expect(clock(3_723_000)).toBe('1:02:03');
  });
});
