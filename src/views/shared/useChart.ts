// The glue between a React shell and its D3 module: create the chart once on
// mount, feed it the container size, destroy it on unmount. React never
// renders inside the chart's element.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { prefersReducedMotion, watchReducedMotion } from './motion.ts';

export interface Resizable {
  resize(width: number, height: number): void;
  destroy(): void;
}

/** Width used when the container cannot be measured (jsdom, hidden tabs). */
export const FALLBACK_WIDTH = 720;

export function useChart<E extends Element, C extends Resizable>(
  create: (el: E) => C,
  containerRef: RefObject<HTMLElement | null>,
): { elRef: RefObject<E | null>; chartRef: RefObject<C | null> } {
  const elRef = useRef<E | null>(null);
  const chartRef = useRef<C | null>(null);
  // The factory is read once: a chart is built for the element's lifetime.
  const createRef = useRef(create);

  useLayoutEffect(() => {
    const el = elRef.current;
    if (!el) return;
    const chart = createRef.current(el);
    chartRef.current = chart;
    const container = containerRef.current;
    const measure = (): void => {
      const w = container?.clientWidth ?? 0;
      const h = container?.clientHeight ?? 0;
      chart.resize(w > 0 ? w : FALLBACK_WIDTH, h);
    };
    measure();
    // jsdom and some embedded browsers have no ResizeObserver: keep the first size.
    let ro: ResizeObserver | null = null;
    if (container && typeof ResizeObserver !== 'undefined') {
      ro = new ResizeObserver((entries) => {
        const box = entries[0]?.contentRect;
        if (box && box.width > 0) chart.resize(box.width, box.height);
      });
      ro.observe(container);
    }
    return () => {
      ro?.disconnect();
      chart.destroy();
      chartRef.current = null;
    };
  }, [containerRef]);

  return { elRef, chartRef };
}

/** prefers-reduced-motion, kept current. */
export function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => prefersReducedMotion());
  useEffect(() => watchReducedMotion(setReduced), []);
  return reduced;
}
