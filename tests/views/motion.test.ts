import { describe, expect, it, vi } from 'vitest';
import { prefersReducedMotion, transitionDuration, watchReducedMotion } from '../../src/views/shared/motion.ts';

function fakeWindow(matches: boolean) {
  const listeners: ((e: { matches: boolean }) => void)[] = [];
  return {
    listeners,
    win: {
      matchMedia: (q: string) => ({
        matches: q.includes('reduce') && matches,
        addEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.push(l),
        removeEventListener: (_: string, l: (e: { matches: boolean }) => void) => listeners.splice(listeners.indexOf(l), 1),
      }),
    } as unknown as Pick<Window, 'matchMedia'>,
  };
}

describe('reduced motion', () => {
  it('sets every transition duration to 0', () => {
    expect(transitionDuration(650, true)).toBe(0);
    expect(transitionDuration(650, false)).toBe(650);
    expect(transitionDuration(-5, false)).toBe(0);
  });

  it('reads the media query, and defaults to motion without matchMedia', () => {
    expect(prefersReducedMotion(fakeWindow(true).win)).toBe(true);
    expect(prefersReducedMotion(fakeWindow(false).win)).toBe(false);
    expect(prefersReducedMotion(undefined)).toBe(false);
  });

  it('reports changes until unsubscribed', () => {
    const { win, listeners } = fakeWindow(false);
    const cb = vi.fn();
    const stop = watchReducedMotion(cb, win);
    listeners[0]?.({ matches: true });
    expect(cb).toHaveBeenCalledWith(true);
    stop();
    expect(listeners).toHaveLength(0);
  });
});
