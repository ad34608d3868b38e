// Keeps a frame's optional extras (Jacobian norms, the greedy sample, the
// spectrum) from eating the training time. Their cost grows fast with the
// hidden size (O(T H^3) for the Jacobians, O(H^3) for eigenvalues): for a
// 3-unit net they are free, for a 128-unit LSTM a few hundred milliseconds,
// which would stall training and delay pause/reset.
//   training: runs if cheap enough not to hold up queued commands, and only
//             after resting for a few times its own cost
//   resting:  (a frame after pause, step, done) runs if cheap enough
//   complete: always runs; used from a macrotask of its own, after the
//             commands that were waiting
// An extra whose cost is not known yet runs, which measures it.

export type GateMode = 'training' | 'resting' | 'complete';

export interface CostGate {
  /** runs `work` if it is due and returns true; false means it was skipped (the old value stays) */
  tryRun(key: string, mode: GateMode, work: () => void): boolean;
  /** forgets the measured costs (a new model) */
  reset(): void;
}

export interface CostGateOptions {
  /** largest share of the training time the extras may take; default 0.2 */
  share?: number;
  /** an extra that takes longer than this never runs while training (it would delay commands); default 40 ms */
  maxBlockingMs?: number;
}

interface Entry {
  /** the latest measured cost, ms */
  cost: number;
  /** when it last ran */
  at: number;
}

export function createCostGate(now: () => number, options: CostGateOptions = {}): CostGate {
  const share = options.share ?? 0.2;
  const maxBlockingMs = options.maxBlockingMs ?? 40;
  const entries = new Map<string, Entry>();

  return {
    tryRun(key, mode, work) {
      const entry = entries.get(key);
      const start = now();
      if (mode !== 'complete' && entry !== undefined) {
        if (entry.cost > maxBlockingMs) return false;
        if (mode === 'training' && start - entry.at < entry.cost / share) return false;
      }
      work();
      entries.set(key, { cost: now() - start, at: start });
      return true;
    },
    reset() {
      entries.clear();
    },
  };
}
