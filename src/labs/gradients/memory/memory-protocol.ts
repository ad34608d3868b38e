// Messages between the gradients lab and its memory-experiment worker. The
// experiment is a batch job (train nine to twenty networks, score them), not
// a live run, so it has a worker of its own beside the engine worker that
// trains the lab's live network.

import type { MemoryConfig, MemoryPathsResult, MemoryProgress, MemoryResult } from '../../../engine/experiments/memory.ts';

export type MemoryCommand = { type: 'start'; id: number; config: MemoryConfig } | { type: 'stop' };

export type MemoryEvent =
  | { type: 'progress'; id: number; progress: MemoryProgress }
  | { type: 'result'; id: number; result: MemoryResult }
  | { type: 'paths'; id: number; paths: MemoryPathsResult }
  | { type: 'done'; id: number }
  | { type: 'failed'; id: number; message: string };

export type PostMemoryEvent = (event: MemoryEvent) => void;
