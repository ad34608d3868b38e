import type { EngineClient } from '../../worker/client-base.ts';
import type { EvaluatedEvent, GeneratedEvent } from '../../worker/protocol.ts';

// One question to the training worker, answered as a promise. Request ids are
// unique across the page, so panels sharing the client never take each
// other's answers. A new run (ready) or a dead worker ends the wait.

let nextId = 1;

export type Ask =
  | { type: 'generate'; prefix: string; length: number; temperature: number; seed?: number }
  | { type: 'evaluate'; ids: readonly number[] };

export function ask(client: EngineClient, q: { type: 'generate'; prefix: string; length: number; temperature: number; seed?: number }): Promise<GeneratedEvent>;
export function ask(client: EngineClient, q: { type: 'evaluate'; ids: readonly number[] }): Promise<EvaluatedEvent>;
export function ask(client: EngineClient, q: Ask): Promise<GeneratedEvent | EvaluatedEvent> {
  const requestId = nextId++;
  return new Promise((resolve, reject) => {
    const off = client.subscribe((e) => {
      if ((e.type === 'generated' || e.type === 'evaluated') && e.requestId === requestId) {
        off();
        resolve(e);
      } else if (e.type === 'failed' && (e.requestId === requestId || e.requestId === undefined)) {
        off();
        reject(new Error(e.message));
      } else if (e.type === 'ready') {
        off();
        reject(new Error('the network was rebuilt'));
      }
    });
    if (q.type === 'generate') {
      client.send({ type: 'generate', requestId, prefix: q.prefix, length: q.length, temperature: q.temperature, ...(q.seed !== undefined && { seed: q.seed }) });
    } else {
      client.send({ type: 'evaluate', requestId, input: { kind: 'ids', ids: [...q.ids] } });
    }
  });
}
