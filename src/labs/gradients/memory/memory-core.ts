// The memory experiment's worker side: trains in slices of ~10 ms and yields
// a macrotask between them, so a stop (or a new start) is handled at once;
// posts progress at most four times a second, each result as it is scored.
// A plain function of (command, post), so tests drive it on the main thread.

import { createMemoryExperiment, type MemoryExperiment } from '../../../engine/experiments/memory.ts';
import { createMacrotaskScheduler, type Scheduler } from '../../../worker/scheduler.ts';
import type { MemoryCommand, PostMemoryEvent } from './memory-protocol.ts';

export interface MemoryCore {
  handle(command: MemoryCommand): void;
  dispose(): void;
}

const SLICE_MS = 10;
const PROGRESS_MS = 250;

export function createMemoryCore(post: PostMemoryEvent, scheduler: Scheduler = createMacrotaskScheduler()): MemoryCore {
  let id = 0;
  let exp: MemoryExperiment | null = null;
  let cancel: (() => void) | null = null;
  let lastProgress = Number.NEGATIVE_INFINITY;

  function stop(): void {
    cancel?.();
    cancel = null;
    exp = null;
  }

  function slice(): void {
    cancel = null;
    const e = exp;
    if (e === null) return;
    try {
      const results = e.advance(scheduler.now() + SLICE_MS);
      for (const result of results) post({ type: 'result', id, result });
      if (e.paths !== null && results.some((r) => r.k === e.paths!.k)) post({ type: 'paths', id, paths: e.paths });
      const t = scheduler.now();
      if (e.finished || t - lastProgress >= PROGRESS_MS) {
        lastProgress = t;
        post({ type: 'progress', id, progress: e.progress });
      }
      if (e.finished) {
        exp = null;
        post({ type: 'done', id });
        return;
      }
      cancel = scheduler.later(slice);
    } catch (error) {
      exp = null;
      post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    handle(command) {
      switch (command.type) {
        case 'start':
          stop();
          id = command.id;
          try {
            exp = createMemoryExperiment(command.config, () => scheduler.now());
          } catch (error) {
            post({ type: 'failed', id, message: error instanceof Error ? error.message : String(error) });
            return;
          }
          lastProgress = Number.NEGATIVE_INFINITY;
          post({ type: 'progress', id, progress: exp.progress });
          cancel = scheduler.later(slice);
          return;
        case 'stop':
          stop();
          return;
        default: {
          const never: never = command;
          throw new Error(`Unknown memory command ${JSON.stringify(never)}`);
        }
      }
    },
    dispose() {
      stop();
      scheduler.dispose();
    },
  };
}
