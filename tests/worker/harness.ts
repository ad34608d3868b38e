// Drives a worker core in real time and waits for its events.

import { createWorkerCore } from '../../src/worker/core.ts';
import type { WorkerCore, WorkerCoreOptions } from '../../src/worker/core.ts';
import type { Event, FrameEvent, RunConfig, WordTaskConfig } from '../../src/worker/protocol.ts';

export interface Harness {
  core: WorkerCore;
  events: Event[];
  /** the transfer list each event was posted with, by index */
  transfers: Transferable[][];
  frames(runId?: number): FrameEvent[];
  /** resolves with the first event from `from` on that matches */
  next<E extends Event>(match: (e: Event) => e is E, from?: number, timeoutMs?: number): Promise<E>;
}

export function harness(options: WorkerCoreOptions = {}): Harness {
  const events: Event[] = [];
  const transfers: Transferable[][] = [];
  const waiters = new Set<() => void>();
  const core = createWorkerCore((event, transfer) => {
    events.push(event);
    transfers.push(transfer);
    for (const w of [...waiters]) w();
  }, options);
  return {
    core,
    events,
    transfers,
    frames: (runId) => events.filter((e): e is FrameEvent => e.type === 'frame' && (runId === undefined || e.runId === runId)),
    next(match, from = 0, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = events.slice(from).find(match);
          if (found === undefined) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event after ${timeoutMs} ms; got ${events.slice(from).map((e) => e.type).join(', ')}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

export const isStatus =
  (state: string) =>
  (e: Event): e is Extract<Event, { type: 'status' }> =>
    e.type === 'status' && e.state === state;

export const isType =
  <T extends Event['type']>(type: T) =>
  (e: Event): e is Extract<Event, { type: T }> =>
    e.type === type;

/** The lab's settings for "bille": learnt in a few hundred updates from almost any seed. */
export const BILLE: RunConfig & { task: WordTaskConfig } = {
  task: { kind: 'word', word: 'bille', hiddenSize: 3, cell: 'rnn' },
  seed: 1,
  init: { kind: 'pytorch' },
  optimizer: { name: 'adam', lr: 0.1 },
  clip: { kind: 'norm', maxNorm: 5 },
};
