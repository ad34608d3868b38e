import { useEffect, useRef, useState, type RefObject } from 'react';
import type { DataSource } from './source.ts';

// Two ways a view reads its source: draw in an animation frame whenever it
// changed (charts), or hold a throttled copy in React state (text).

/**
 * Calls `draw` with the latest value in an animation frame after each change
 * (several changes between two paints give one draw), and once at mount.
 * Without requestAnimationFrame (Node) it draws in a microtask. With `target`,
 * a chart scrolled out of view is not redrawn until it comes back: the lab's
 * page is long, and only what is on screen should cost time while training.
 */
export function useSourceFrames<D>(source: DataSource<D>, draw: (value: D) => void, target?: RefObject<Element | null>): void {
  const latest = useRef(draw);
  useEffect(() => {
    latest.current = draw;
  });
  useEffect(() => {
    const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : null;
    let drawn = -1;
    let pending = false;
    let handle = 0;
    let stopped = false;
    let visible = true;
    const paint = (): void => {
      pending = false;
      if (stopped || !visible || source.version === drawn) return;
      drawn = source.version;
      const v = source.read();
      if (v !== null) latest.current(v);
    };
    const schedule = (): void => {
      if (pending || stopped) return;
      pending = true;
      if (raf) handle = raf(paint);
      else queueMicrotask(paint);
    };
    // The first draw is synchronous so a mounted view shows what is already there.
    paint();
    const unsubscribe = source.subscribe(schedule);
    const el = target?.current ?? null;
    let io: IntersectionObserver | null = null;
    if (el && typeof IntersectionObserver !== 'undefined') {
      io = new IntersectionObserver((entries) => {
        visible = entries.some((e) => e.isIntersecting);
        if (visible) schedule();
      });
      io.observe(el);
    }
    return () => {
      stopped = true;
      io?.disconnect();
      unsubscribe();
      if (raf && pending) cancelAnimationFrame(handle);
    };
  }, [source, target]);
}

/**
 * The source's value, refreshed at most every `intervalMs` (and once after
 * the last change). The first value after none (a new network's first frame)
 * is shown at once: the text must not say "waiting" under a drawn chart.
 */
export function useThrottledValue<D>(source: DataSource<D>, intervalMs = 700): D | null {
  const [value, setValue] = useState<D | null>(() => source.read());
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let shown: D | null = null;
    const fire = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      last = performance.now();
      shown = source.read();
      setValue(shown);
    };
    shown = source.read();
    setValue(shown);
    const unsubscribe = source.subscribe(() => {
      if (shown === null && source.read() !== null) return fire();
      if (timer !== null) return;
      const wait = last + intervalMs - performance.now();
      if (wait <= 0) fire();
      else timer = setTimeout(fire, wait);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [source, intervalMs]);
  return value;
}
