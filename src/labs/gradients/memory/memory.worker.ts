/// <reference lib="webworker" />
// The memory experiment's worker: only wires memory-core.ts to the port.

import { createMemoryCore } from './memory-core.ts';
import type { MemoryCommand } from './memory-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const core = createMemoryCore((event) => {
  // paths arrays are copied by structured clone; they are small (4 × 200 numbers)
  self.postMessage(event);
});

self.onmessage = (message: MessageEvent<MemoryCommand>) => {
  core.handle(message.data);
};
