import { useEffect, useRef, useState } from 'react';

// A reading of typed text with the latest weights (a forward pass or two),
// done in a task of its own rather than inside React's render, so the render
// and the pass each stay short. While the weights keep changing (training) it
// is redone at most every `ms`; a new text is read as soon as that allows.

/** read(...args), recomputed after `args` change (compared one by one), at most once every `ms`; null before the first. */
export function useDeferred<A extends readonly unknown[], T>(read: (...args: A) => T, args: A, ms: number): T | null {
  const [value, setValue] = useState<T | null>(null);
  const last = useRef(Number.NEGATIVE_INFINITY);
  const latest = useRef({ read, args });
  useEffect(() => {
    latest.current = { read, args };
  });
  useEffect(() => {
    const wait = Math.max(0, last.current + ms - performance.now());
    const timer = setTimeout(() => {
      last.current = performance.now();
      const { read: f, args: a } = latest.current;
      // computed here, not in an updater: React would run that during its render
      const v = f(...a);
      setValue(() => v);
    }, wait);
    return () => clearTimeout(timer);
    // the arguments themselves are the dependencies; `read` may be a fresh closure each render
  }, [ms, ...args]);
  return value;
}
