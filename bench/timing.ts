// Timing of a synchronous training step: wall-clock by default; with
// BENCH_CLOCK=cpu, the CPU time of this process (user + system), which other
// jobs on a shared machine disturb much less (every contestant here runs on
// this one thread: tfjs-cpu is plain JavaScript, tfjs-wasm runs without threads).

import { performance } from 'node:perf_hooks';
import process from 'node:process';

export const CLOCK: 'wall' | 'cpu' = process.env.BENCH_CLOCK === 'cpu' ? 'cpu' : 'wall';

/** Milliseconds on the chosen clock. */
function now(): number {
  if (CLOCK === 'wall') return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs `step` `count` times and returns steps per second. */
export function timeSteps(step: () => void, count: number): number {
  const t0 = now();
  for (let k = 0; k < count; k++) step();
  const seconds = (now() - t0) / 1000;
  return count / seconds;
}

/**
 * Warms `step` up for at least `seconds` (JIT compilation, lazily created
 * optimizer state, buffer pools) and returns the rate seen in the second half
 * of the warm-up, when the code is hot.
 */
export function warmUp(step: () => void, seconds: number): number {
  const until = now() + (seconds * 1000) / 2;
  while (now() < until) step();
  let count = 1;
  for (;;) {
    const t0 = now();
    for (let k = 0; k < count; k++) step();
    const elapsed = (now() - t0) / 1000;
    if (elapsed >= seconds / 2) return count / elapsed;
    count *= 2;
  }
}

/** Steps that take at least `seconds` at `rate` steps per second, with a margin. */
export function stepsFor(rate: number, seconds: number): number {
  return Math.max(1, Math.ceil(rate * seconds * 1.2));
}

export function median(xs: readonly number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
