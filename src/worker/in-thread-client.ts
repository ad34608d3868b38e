// The engine on the main thread, behind the same EngineClient interface: for
// component tests (jsdom has no Worker) and as a fallback where module
// workers are unavailable. Messages still cross asynchronously (microtasks)
// and commands are cloned, so callers see the same semantics as with a worker.

import { createClient } from './client-base.ts';
import type { EngineClient } from './client-base.ts';
import { createWorkerCore } from './core.ts';
import type { WorkerCoreOptions } from './core.ts';

export function createInThreadClient(core: WorkerCoreOptions = {}): EngineClient {
  return createClient((deliver) => {
    let open = true;
    const worker = createWorkerCore((event) => {
      queueMicrotask(() => {
        if (open) deliver(event);
      });
    }, core);
    return {
      post(command) {
        const copy = structuredClone(command);
        queueMicrotask(() => {
          if (open) worker.handle(copy);
        });
      },
      close() {
        open = false;
        worker.dispose();
      },
    };
  }, null);
}
