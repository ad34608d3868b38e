// The page's handle on the engine worker. Views and the store talk to an
// EngineClient; this file decides that the engine runs in a module worker and
// turns the worker's failure modes into 'failed' events the shell can show.

import { createClient } from './client-base.ts';
import type { EngineClient, Watchdog } from './client-base.ts';
import type { Command } from './protocol.ts';

export type { EngineClient, EngineListener } from './client-base.ts';

/** The part of Worker the client uses, so tests can hand in a fake. */
export interface WorkerLike {
  postMessage(message: Command): void;
  terminate(): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
}

export interface EngineClientOptions {
  /** creates the worker; default: the module worker in engine.worker.ts */
  factory?: () => WorkerLike;
  /** liveness pings; null turns them off */
  watchdog?: Watchdog | null;
}

export const DEFAULT_WATCHDOG: Watchdog = { intervalMs: 2000, timeoutMs: 15000 };

export function createModuleWorker(): WorkerLike {
  // Keep this literal shape: it is how Vite finds and bundles the worker.
  return new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
}

function errorMessage(event: Event): string {
  // An ErrorEvent carries the uncaught exception; a plain Event means the
  // script could not even load. Duck-typed: not every runtime has ErrorEvent.
  const message: unknown = (event as Partial<ErrorEvent>).message;
  if (typeof message === 'string' && message !== '') return `The engine crashed: ${message}`;
  return 'The engine could not start.';
}

export function createEngineClient(options: EngineClientOptions = {}): EngineClient {
  const factory = options.factory ?? createModuleWorker;
  const watchdog = options.watchdog === undefined ? DEFAULT_WATCHDOG : options.watchdog;
  return createClient((deliver, die) => {
    let worker: WorkerLike;
    try {
      worker = factory();
    } catch (error) {
      // Reported after the client exists, so its subscribers hear about it.
      const message = error instanceof Error ? error.message : String(error);
      queueMicrotask(() => die(`The engine could not start: ${message}`));
      return { post: () => undefined, close: () => undefined };
    }
    worker.addEventListener('message', (event) => {
      deliver((event as MessageEvent).data);
    });
    worker.addEventListener('error', (event) => {
      die(errorMessage(event));
    });
    worker.addEventListener('messageerror', () => {
      die('A message from the engine could not be read.');
    });
    return {
      post: (command) => worker.postMessage(command),
      close: () => worker.terminate(),
    };
  }, watchdog);
}
