// Time and yielding for the training loop. The core trains in short chunks
// and yields between them with a macrotask, so messages that arrived meanwhile
// (pause, reset, set) run before the next chunk. A MessageChannel is used
// rather than setTimeout(0): browsers clamp nested timeouts to 4 ms, which
// would waste a third of each ~10 ms chunk. Node (tests, scripts) gets
// setImmediate instead: its MessagePort drains up to a thousand queued
// messages before timers and I/O get a turn, which would starve them.

export interface Scheduler {
  /** milliseconds, monotonic */
  now(): number;
  /** runs `task` on a later macrotask; the returned function cancels it if it has not run */
  later(task: () => void): () => void;
  /** releases the channel (lets Node exit; a worker is terminated anyway) */
  dispose(): void;
}

export function createMacrotaskScheduler(): Scheduler {
  const queue = new Map<number, () => void>();
  let nextId = 0;
  let channel: MessageChannel | null = null;

  function flushOne(): void {
    // One task per message keeps the order of later() calls and lets other
    // messages interleave between tasks.
    const first = queue.entries().next();
    if (first.done === true) return;
    const [id, task] = first.value;
    queue.delete(id);
    task();
  }

  function ensureChannel(): MessageChannel | null {
    if (channel !== null) return channel;
    if (typeof MessageChannel === 'undefined' || typeof setImmediate === 'function') return null;
    channel = new MessageChannel();
    channel.port1.onmessage = flushOne;
    return channel;
  }

  return {
    now: () => performance.now(),
    later(task) {
      const id = nextId++;
      queue.set(id, task);
      const ch = ensureChannel();
      if (ch !== null) ch.port2.postMessage(null);
      else if (typeof setImmediate === 'function') setImmediate(flushOne);
      else setTimeout(flushOne, 0);
      return () => {
        queue.delete(id);
      };
    },
    dispose() {
      queue.clear();
      if (channel !== null) {
        channel.port1.onmessage = null;
        channel.port1.close();
        channel.port2.close();
        channel = null;
      }
    },
  };
}
