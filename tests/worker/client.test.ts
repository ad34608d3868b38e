// The page-side client against a fake worker: run ids, stale events, worker
// death, restart and the liveness watchdog.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngineClient } from '../../src/worker/client.ts';
import type { WorkerLike } from '../../src/worker/client.ts';
import type { Command, Event as EngineEvent } from '../../src/worker/protocol.ts';
import { FAKE_CONFIG, frame } from './fakes.ts';

type Listener = (event: Event) => void;

class FakeWorker implements WorkerLike {
  readonly posted: Command[] = [];
  terminated = false;
  private readonly listeners = new Map<string, Listener[]>();

  postMessage(message: Command): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  dispatch(type: string, event: Event): void {
    for (const l of this.listeners.get(type) ?? []) l(event);
  }
  reply(data: EngineEvent): void {
    this.dispatch('message', new MessageEvent('message', { data }));
  }
}

/** what a worker fires on an uncaught exception (Node has no ErrorEvent) */
function errorEvent(message: string): Event {
  return Object.assign(new Event('error'), { message });
}

function setup(watchdog: { intervalMs: number; timeoutMs: number } | null = null) {
  const workers: FakeWorker[] = [];
  const client = createEngineClient({
    factory: () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    watchdog,
  });
  const seen: EngineEvent[] = [];
  client.subscribe((e) => seen.push(e));
  // run ids are unique in the page, so they continue from earlier tests: r(1) is this client's first run
  const base = client.runId;
  const r = (n: number) => base + n;
  const worker = () => {
    const w = workers.at(-1);
    if (w === undefined) throw new Error('no worker yet');
    return w;
  };
  return { client, workers, worker, seen, r };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('engine client', () => {
  it('stamps run ids on configure and reset and passes other commands through', () => {
    const { client, worker, r } = setup();
    client.send({ type: 'configure', config: FAKE_CONFIG });
    client.send({ type: 'train', train: { mode: 'continuous' } });
    client.send({ type: 'reset' });
    expect(worker().posted).toEqual([
      { type: 'configure', runId: r(1), config: FAKE_CONFIG },
      { type: 'train', train: { mode: 'continuous' } },
      { type: 'reset', runId: r(2) },
    ]);
    expect(client.runId).toBe(r(2));
  });

  it('never reuses a run id, even across clients', () => {
    const a = setup();
    a.client.send({ type: 'configure', config: FAKE_CONFIG });
    const b = setup();
    b.client.send({ type: 'configure', config: FAKE_CONFIG });
    expect(b.client.runId).toBeGreaterThan(a.client.runId);
  });

  it('drops events from runs older than the current one', () => {
    const { client, worker, seen, r } = setup();
    client.send({ type: 'configure', config: FAKE_CONFIG });
    worker().reply(frame(r(1), 10));
    client.send({ type: 'reset' });
    worker().reply(frame(r(1), 11)); // computed before the reset arrived
    worker().reply(frame(r(2), 0));
    expect(seen.map((e) => [e.runId, e.type === 'frame' ? e.step : -1])).toEqual([
      [r(1), 10],
      [r(2), 0],
    ]);
  });

  it('turns a worker error into a failed event and stops using that worker', () => {
    const { client, worker, seen, r } = setup();
    client.send({ type: 'configure', config: FAKE_CONFIG });
    const dead = worker();
    dead.dispatch('error', errorEvent('boom'));
    expect(seen).toEqual([{ type: 'failed', runId: r(1), message: 'The engine crashed: boom' }]);
    expect(dead.terminated).toBe(true);
    dead.reply(frame(r(1), 3));
    client.send({ type: 'step' });
    expect(seen).toHaveLength(1);
    expect(dead.posted).toHaveLength(1);
  });

  it('reports unreadable messages and workers that cannot load', () => {
    const { client, worker, seen, r } = setup();
    client.send({ type: 'configure', config: FAKE_CONFIG });
    worker().dispatch('messageerror', new MessageEvent('messageerror'));
    expect(seen.at(-1)).toMatchObject({ type: 'failed', message: 'A message from the engine could not be read.' });
    client.restart();
    worker().dispatch('error', new Event('error'));
    expect(seen.at(-1)).toMatchObject({ type: 'failed', runId: r(2), message: 'The engine could not start.' });
  });

  it('restart makes a new worker that replays the configuration with live changes, under a new run id', () => {
    const { client, workers, worker, seen, r } = setup();
    client.send({ type: 'configure', config: FAKE_CONFIG });
    client.send({ type: 'set', params: { lr: 0.2, clip: { kind: 'norm', maxNorm: 1 } } });
    const first = worker();
    first.dispatch('error', errorEvent('boom'));
    client.restart();
    expect(workers).toHaveLength(2);
    expect(worker().posted).toEqual([
      {
        type: 'configure',
        runId: r(2),
        config: { ...FAKE_CONFIG, optimizer: { name: 'sgd', lr: 0.2 }, clip: { kind: 'norm', maxNorm: 1 } },
      },
    ]);
    expect(FAKE_CONFIG.optimizer.lr).toBe(0.05);
    first.reply(frame(r(1), 5));
    worker().reply(frame(r(2), 0));
    expect(seen.at(-1)).toMatchObject({ type: 'frame', runId: r(2) });
    expect(seen.filter((e) => e.type === 'frame')).toHaveLength(1);
  });

  it('reports a factory that throws, after subscribers are attached', async () => {
    const client = createEngineClient({
      factory: () => {
        throw new Error('module workers are not supported');
      },
      watchdog: null,
    });
    const seen: EngineEvent[] = [];
    client.subscribe((e) => seen.push(e));
    await Promise.resolve();
    expect(seen).toEqual([
      { type: 'failed', runId: client.runId, message: 'The engine could not start: module workers are not supported' },
    ]);
  });

  it('unsubscribe and terminate stop delivery', () => {
    const { client, worker, seen, r } = setup();
    const other: EngineEvent[] = [];
    const off = client.subscribe((e) => other.push(e));
    client.send({ type: 'configure', config: FAKE_CONFIG });
    off();
    worker().reply(frame(r(1), 1));
    expect(other).toHaveLength(0);
    expect(seen).toHaveLength(1);
    client.terminate();
    expect(worker().terminated).toBe(true);
    client.send({ type: 'step' });
    client.restart();
    expect(worker().posted).toHaveLength(1);
  });

  it('declares an engine that stops answering pings dead', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'performance'] });
    const { client, worker, seen, r } = setup({ intervalMs: 1000, timeoutMs: 3000 });
    client.send({ type: 'configure', config: FAKE_CONFIG });
    // a live engine answers, and nothing is reported
    for (let k = 0; k < 10; k++) {
      vi.advanceTimersByTime(1000);
      const ping = worker().posted.at(-1);
      if (ping?.type === 'ping') worker().reply({ type: 'pong', runId: r(1), nonce: ping.nonce });
    }
    expect(worker().posted.filter((c) => c.type === 'ping').length).toBeGreaterThanOrEqual(5);
    expect(seen).toEqual([]);
    // then it hangs
    vi.advanceTimersByTime(5000);
    expect(seen).toEqual([{ type: 'failed', runId: r(1), message: 'The engine stopped responding.' }]);
    expect(worker().terminated).toBe(true);
  });
});
