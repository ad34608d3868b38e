// Rendered equation lines, kept for reuse. The pass animation shows the same
// lines again and again (step n going forward, then coming back), and KaTeX
// is the costly part of a step: a line rendered once is only inserted after.
// Lines can also be rendered ahead, in idle time, before the animation needs
// them, so that no animation step has to wait for KaTeX.
import { renderTex } from '../katex.ts';

/** Enough for every line of a thirty-step pass, forward and backward, twice over. */
const CAPACITY = 600;
const cache = new Map<string, string>();

/** HTML for a display-mode line, from the cache when it is there. */
export function renderLine(tex: string): string {
  const hit = cache.get(tex);
  if (hit !== undefined) {
    // Refresh its place: Maps iterate oldest first.
    cache.delete(tex);
    cache.set(tex, hit);
    return hit;
  }
  const html = renderTex(tex, true);
  cache.set(tex, html);
  if (cache.size > CAPACITY) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return html;
}

export function isRendered(tex: string): boolean {
  return cache.has(tex);
}

type Idle = (cb: (deadline: { timeRemaining(): number }) => void) => number;

/**
 * Renders lines not in the cache yet, a few at a time in idle periods (or
 * short timeouts where there is no requestIdleCallback). Each batch is a
 * function giving lines (say, one animation step's equations), called only
 * when its turn comes, so even building the TeX happens in idle time.
 * Returns a cancel function; a new set of batches should cancel the previous.
 */
export function prerenderLines(batches: readonly (() => readonly string[])[]): () => void {
  const todo = [...batches];
  const lines: string[] = [];
  let stopped = false;
  let handle: number | ReturnType<typeof setTimeout> = 0;
  const ric: Idle | null = typeof requestIdleCallback === 'function' ? requestIdleCallback : null;
  const next = (): string | undefined => {
    while (lines.length === 0 && todo.length > 0) lines.push(...(todo.shift()?.() ?? []));
    return lines.shift();
  };
  const run = (deadline: { timeRemaining(): number }): void => {
    if (stopped) return;
    // At least one line per slice, then as many as fit in the idle time left.
    do {
      const tex = next();
      if (tex === undefined) return;
      if (!cache.has(tex)) renderLine(tex);
    } while (deadline.timeRemaining() > 4);
    schedule();
  };
  const schedule = (): void => {
    if (stopped) return;
    handle = ric ? ric(run) : setTimeout(() => run({ timeRemaining: () => 0 }), 16);
  };
  schedule();
  return () => {
    stopped = true;
    if (ric && typeof cancelIdleCallback === 'function') cancelIdleCallback(handle as number);
    else clearTimeout(handle as ReturnType<typeof setTimeout>);
  };
}
