// Training speed. The engine trains either flat out or a given number of
// updates; slower speeds are paced from the page by asking for a few updates
// per tick, so a class can follow the network update by update.

export const SPEED_LEVELS = [1, 2, 3, 4, 5] as const;
export type SpeedLevel = (typeof SPEED_LEVELS)[number];
export const FULL_SPEED: SpeedLevel = 5;
/**
 * Where a lab starts: 50 updates a second. Flat out, a small network learns
 * between two frames and the class sees only the end; at this pace the loss
 * visibly falls and the generated word changes letter by letter.
 */
export const DEFAULT_SPEED: SpeedLevel = 3;

/** Updates per second at each level; null is flat out. */
const RATES: Record<SpeedLevel, number | null> = { 1: 2, 2: 10, 3: 50, 4: 250, 5: null };

export interface Pace {
  /** time between two requests */
  intervalMs: number;
  /** updates asked for each time */
  steps: number;
}

export function isSpeedLevel(x: unknown): x is SpeedLevel {
  return typeof x === 'number' && (SPEED_LEVELS as readonly number[]).includes(x);
}

/** How to pace a level, or null for flat out. Ticks are at least 100 ms apart so pacing itself costs nothing. */
export function paceOf(level: SpeedLevel): Pace | null {
  const rate = RATES[level];
  if (rate === null) return null;
  const intervalMs = Math.max(100, 1000 / rate);
  return { intervalMs, steps: Math.max(1, Math.round((rate * intervalMs) / 1000)) };
}
