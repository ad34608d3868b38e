// The page side of the protocol, whatever runs the engine (a worker, or the
// core on the main thread in component tests). It owns the run ids: every
// configure, reset and restart starts a new run, and events from older runs
// are dropped here, so no view ever sees a frame from before a reset.

import type { ClientCommand, Command, Event as EngineEvent, RunConfig } from './protocol.ts';

export type EngineListener = (event: EngineEvent) => void;

export interface EngineClient {
  send(command: ClientCommand): void;
  /** returns the unsubscribe function */
  subscribe(listener: EngineListener): () => void;
  /** a fresh engine with the same configuration (live changes included), under a new run id; paused at step 0 */
  restart(): void;
  /** stops the engine for good; later sends are ignored */
  terminate(): void;
  /** the current run (unique in the page); events from older runs are dropped */
  readonly runId: number;
  /** what restart() replays, or null before the first configure */
  readonly config: Readonly<RunConfig> | null;
}

/** One live connection to an engine. */
export interface Transport {
  post(command: Command): void;
  close(): void;
}

/**
 * Opens a connection: `deliver` receives the engine's events, `die` says the
 * engine is gone (crashed, unreadable message, stopped answering).
 */
export type Connect = (deliver: (event: EngineEvent) => void, die: (message: string) => void) => Transport;

export interface Watchdog {
  /** how often to ping while a run exists */
  intervalMs: number;
  /** no answer for this long means the engine is gone */
  timeoutMs: number;
}

// Run ids are unique across the page's clients (a lab opened again gets a new
// client), so anything keyed by run id never mistakes one run for another.
let lastRunId = 0;

export function createClient(connect: Connect, watchdog: Watchdog | null): EngineClient {
  const listeners = new Set<EngineListener>();
  let runId = lastRunId;
  let config: RunConfig | null = null;
  let transport: Transport | null = null;
  let generation = 0;
  let terminated = false;
  // liveness: the ping in flight (if any) and when anything was last heard
  let pingSentAt: number | null = null;
  let nonce = 0;
  let timer: ReturnType<typeof setInterval> | null = null;

  function emit(event: EngineEvent): void {
    for (const listener of [...listeners]) listener(event);
  }

  function open(): void {
    // Each connection gets a generation number, so a late callback from a
    // replaced engine cannot act on its successor.
    const mine = ++generation;
    pingSentAt = null;
    transport = connect(
      (event) => {
        if (mine !== generation) return;
        pingSentAt = null;
        if (event.type === 'pong' || event.runId < runId) return;
        emit(event);
      },
      (message) => {
        if (mine !== generation) return;
        die(message);
      },
    );
  }

  function die(message: string): void {
    close();
    emit({ type: 'failed', runId, message });
  }

  function close(): void {
    generation++;
    transport?.close();
    transport = null;
    stopWatchdog();
  }

  function startWatchdog(): void {
    if (watchdog === null || timer !== null) return;
    timer = setInterval(() => {
      if (transport === null) return;
      const now = performance.now();
      if (pingSentAt === null) {
        pingSentAt = now;
        transport.post({ type: 'ping', nonce: ++nonce });
      } else if (now - pingSentAt > watchdog.timeoutMs) {
        die('The engine stopped responding.');
      }
    }, watchdog.intervalMs);
  }

  function stopWatchdog(): void {
    if (timer !== null) clearInterval(timer);
    timer = null;
  }

  function post(command: Command): void {
    if (transport === null) return;
    transport.post(command);
    startWatchdog();
  }

  function send(command: ClientCommand): void {
    if (terminated) return;
    switch (command.type) {
      case 'configure':
        config = structuredClone(command.config);
        runId = ++lastRunId;
        return post({ type: 'configure', runId, config: command.config });
      case 'reset':
        runId = ++lastRunId;
        return post({ type: 'reset', runId });
      case 'set':
        // Folded into the stored config so a restart rebuilds what the page shows.
        if (config !== null && command.params.lr !== undefined) {
          config.optimizer = { ...config.optimizer, lr: command.params.lr };
        }
        if (config !== null && command.params.clip !== undefined) config.clip = command.params.clip;
        return post(command);
      default:
        return post(command);
    }
  }

  open();
  return {
    send,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    restart() {
      if (terminated) return;
      close();
      open();
      runId = ++lastRunId;
      if (config !== null) post({ type: 'configure', runId, config: structuredClone(config) });
    },
    terminate() {
      terminated = true;
      close();
    },
    get runId() {
      return runId;
    },
    get config() {
      return config;
    },
  };
}
