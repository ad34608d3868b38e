/// <reference lib="webworker" />
// The engine worker: the only file that touches the worker's global scope.
// Everything else lives in core.ts, which tests drive without a worker.

import { createWorkerCore } from './core.ts';
import type { Command } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const core = createWorkerCore((event, transfer) => {
  self.postMessage(event, transfer);
});

self.onmessage = (message: MessageEvent<Command>) => {
  core.handle(message.data);
};
