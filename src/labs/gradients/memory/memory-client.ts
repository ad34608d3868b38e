// The page's handle on the memory experiment: a module worker in the app,
// the same core on the main thread where there are no workers (jsdom tests).
// Events from an older start are dropped, as the engine client does.

import type { MemoryConfig } from '../../../engine/experiments/memory.ts';
import { createMemoryCore } from './memory-core.ts';
import type { MemoryCommand, MemoryEvent } from './memory-protocol.ts';

export interface MemoryClient {
  start(config: MemoryConfig): void;
  stop(): void;
  subscribe(listener: (event: MemoryEvent) => void): () => void;
  terminate(): void;
}

interface Port {
  post(command: MemoryCommand): void;
  close(): void;
}

function workerPort(deliver: (e: MemoryEvent) => void, fail: (message: string) => void): Port {
  const worker = new Worker(new URL('./memory.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (e: MessageEvent<MemoryEvent>) => deliver(e.data));
  worker.addEventListener('error', (e) => fail(e.message || 'The experiment worker could not start.'));
  return { post: (c) => worker.postMessage(c), close: () => worker.terminate() };
}

function inThreadPort(deliver: (e: MemoryEvent) => void): Port {
  let open = true;
  const core = createMemoryCore((e) => queueMicrotask(() => open && deliver(e)));
  return {
    post: (c) => queueMicrotask(() => open && core.handle(structuredClone(c))),
    close: () => {
      open = false;
      core.dispose();
    },
  };
}

export function createMemoryClient(useWorker = typeof Worker !== 'undefined'): MemoryClient {
  const listeners = new Set<(event: MemoryEvent) => void>();
  let id = 0;
  const deliver = (e: MemoryEvent): void => {
    if (e.id !== id) return;
    for (const l of [...listeners]) l(e);
  };
  const port = useWorker ? workerPort(deliver, (message) => deliver({ type: 'failed', id, message })) : inThreadPort(deliver);
  return {
    start(config) {
      id++;
      port.post({ type: 'start', id, config });
    },
    stop() {
      id++;
      port.post({ type: 'stop' });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    terminate() {
      listeners.clear();
      port.close();
    },
  };
}
