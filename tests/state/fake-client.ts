import type { EngineClient, EngineListener } from '../../src/worker/client-base.ts';
import type { ClientCommand, Event as EngineEvent, FrameEvent, RunConfig } from '../../src/worker/protocol.ts';
import { emptyTelemetry } from '../worker/fakes.ts';

/** A client that records commands and lets a test play the engine's part. */
export interface FakeClient extends EngineClient {
  sent: ClientCommand[];
  restarts: number;
  emit(event: EngineEvent): void;
}

export function createFakeClient(): FakeClient {
  const listeners = new Set<EngineListener>();
  let runId = 0;
  let config: RunConfig | null = null;
  const client: FakeClient = {
    sent: [],
    restarts: 0,
    send(command) {
      client.sent.push(command);
      if (command.type === 'configure') {
        config = command.config;
        runId++;
      }
      if (command.type === 'reset') runId++;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    restart() {
      client.restarts++;
      runId++;
    },
    terminate() {
      listeners.clear();
    },
    get runId() {
      return runId;
    },
    get config() {
      return config;
    },
    emit(event) {
      for (const l of [...listeners]) l(event);
    },
  };
  return client;
}

export const CONFIG: RunConfig = {
  task: { kind: 'word', word: 'bille', hiddenSize: 3, cell: 'rnn', activation: 'tanh' },
  seed: 1,
  init: { kind: 'pytorch' },
  optimizer: { name: 'sgd', lr: 0.5, momentum: 0.9 },
  clip: { kind: 'none' },
};

/** A frame with just what the shell reads; the telemetry parts are empty. */
export function frame(runId: number, step: number, loss: number, sample: string | null = null): FrameEvent {
  return {
    type: 'frame',
    runId,
    step,
    loss,
    stepsPerSecond: 1000,
    history: { step: Float64Array.of(step), loss: Float64Array.of(loss), gradNorm: Float64Array.of(1) },
    sample,
    telemetry: emptyTelemetry(3, 4),
    params: [],
    spectrum: null,
  };
}
