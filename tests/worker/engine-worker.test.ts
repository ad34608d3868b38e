// The worker entry file, loaded against a fake worker scope: commands in
// through onmessage, events out through postMessage with every typed array's
// buffer in the transfer list (moved, not copied).

import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Command, Event } from '../../src/worker/protocol.ts';
import { BILLE } from './harness.ts';

interface Posted {
  message: Event;
  transfer: Transferable[];
}

const posted: Posted[] = [];
const scope = {
  onmessage: null as ((event: MessageEvent<Command>) => void) | null,
  postMessage(message: Event, transfer: Transferable[]) {
    posted.push({ message, transfer });
  },
};

function send(command: Command): void {
  if (scope.onmessage === null) throw new Error('the worker did not install onmessage');
  scope.onmessage(new MessageEvent('message', { data: command }));
}

/** every typed array reachable from a message */
function typedArrays(value: unknown, out: ArrayBufferView[] = []): ArrayBufferView[] {
  if (ArrayBuffer.isView(value)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => typedArrays(v, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => typedArrays(v, out));
  return out;
}

async function until(match: (e: Event) => boolean): Promise<void> {
  for (let k = 0; k < 400 && !posted.some((p) => match(p.message)); k++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

afterAll(() => {
  vi.unstubAllGlobals();
});

describe('engine.worker.ts', () => {
  it('posts every frame with all its buffers transferred', async () => {
    vi.stubGlobal('self', scope);
    await import('../../src/worker/engine.worker.ts');
    send({ type: 'configure', runId: 1, config: BILLE });
    send({ type: 'train', train: { mode: 'steps', steps: 3000 } });
    await until((e) => e.type === 'status' && e.state === 'done');
    send({ type: 'evaluate', requestId: 1, input: { kind: 'text', text: 'bille' } });

    const frames = posted.filter((p) => p.message.type === 'frame');
    expect(frames.length).toBeGreaterThanOrEqual(2);
    expect(posted.some((p) => p.message.type === 'evaluated')).toBe(true);
    for (const { message, transfer } of posted) {
      const arrays = typedArrays(message);
      const buffers = arrays.map((a) => a.buffer);
      expect(new Set(transfer).size).toBe(transfer.length);
      expect(new Set(buffers).size).toBe(buffers.length);
      expect(transfer).toEqual(expect.arrayContaining(buffers));
      expect(transfer).toHaveLength(buffers.length);
      // a real transfer detaches the buffers: proof they were the event's own
      const lengths = arrays.map((a) => a.byteLength);
      structuredClone(message, { transfer });
      if (arrays.length > 0) expect(arrays.every((a) => a.byteLength === 0)).toBe(true);
      expect(lengths.some((n) => n > 0) || arrays.length === 0).toBe(true);
    }
    const last = frames.at(-1)?.message;
    expect(last).toMatchObject({ type: 'frame', runId: 1, step: 3000 });
  });
});
