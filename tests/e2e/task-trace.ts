// The main thread's own time per task, from a Chromium trace.
//
// A long task (PerformanceObserver 'longtask') is measured in wall-clock
// time. On a shared two-core test machine, a 15 ms task can take 60 ms of wall
// time while the thread waits for a core. So each long task is matched with
// its trace event, whose thread time (`tdur`) counts only the time the
// renderer's main thread actually ran. The check "no task over 50 ms" then
// measures the page, not the machine's other load. Where no trace event is
// found for a long task, its wall-clock duration is kept (the strict reading).
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** The budget for one task on the main thread. */
export const LONG_TASK_MS = 50;

export interface LongTask {
  /** page time (performance.now()) of the task's start, ms */
  start: number;
  /** wall-clock duration, ms */
  duration: number;
  /** the main thread's own time in the task, ms, when the trace has it */
  cpu?: number;
  /** the renderer writing out the trace for this check, not the page's work */
  tracing?: boolean;
}

/** Whether a long task broke the budget: by its thread time when known, else by its wall-clock time. */
export function blocksMainThread(task: LongTask): boolean {
  return !task.tracing && (task.cpu ?? task.duration) >= LONG_TASK_MS;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { message?: string } };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'].join(',');
const SYNC = 'e2e-trace-sync';

export interface TaskTrace {
  /** adds each long task's thread time, reading the trace only when there is a long task to explain; tracing goes on */
  annotate(page: Page, tasks: LongTask[]): Promise<LongTask[]>;
  stop(): Promise<void>;
}

async function collect(cdp: CDPSession): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const onData = (p: { value: object[] }) => void events.push(...(p.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', onData);
  const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
  await cdp.send('Tracing.end');
  await done;
  cdp.off('Tracing.dataCollected', onData);
  return events;
}

const start = (cdp: CDPSession) => cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });

/** Starts tracing the page's processes; null where the browser refuses (the wall-clock check then applies alone). */
export async function traceTasks(context: BrowserContext, page: Page): Promise<TaskTrace | null> {
  let cdp: CDPSession;
  try {
    cdp = await context.newCDPSession(page);
    await start(cdp);
  } catch {
    return null;
  }
  // Kept across calls: the renderer main threads, their tasks long enough to matter, and the clock offset.
  const mainThreads = new Set<string>();
  const longRuns: TraceEvent[] = [];
  let offset: number | null = null;
  // Page-time spans in which the renderer wrote out its trace buffer (its own long task, not the page's).
  const flushes: [number, number][] = [];
  const known = new Map<number, LongTask>();
  const explained = (task: LongTask) => task.cpu !== undefined || task.tracing === true;
  const inFlush = (task: LongTask) => flushes.some(([a, b]) => task.start < b && task.start + task.duration > a);
  return {
    async annotate(p, seen) {
      const remember = (list: LongTask[]) => {
        for (const t of list) if (explained(t)) known.set(t.start, t);
        return list;
      };
      const tasks = seen.map((t) => known.get(t.start) ?? (inFlush(t) ? { ...t, tracing: true } : t));
      if (tasks.every((t) => t.duration < LONG_TASK_MS || explained(t))) return remember(tasks);
      // A marker stamped in the trace at a known page time gives the offset between the two clocks.
      const now = await p.evaluate((name) => {
        const t = performance.now();
        console.timeStamp(name);
        return t;
      }, SYNC);
      const events = await collect(cdp);
      await start(cdp);
      flushes.push([now, await p.evaluate(() => performance.now())]);
      const marker = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === SYNC);
      if (marker) offset = marker.ts / 1000 - now;
      for (const e of events) {
        if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mainThreads.add(`${e.pid}:${e.tid}`);
      }
      for (const e of events) {
        if (e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) >= 30_000 && mainThreads.has(`${e.pid}:${e.tid}`)) longRuns.push(e);
      }
      if (offset === null) return remember(tasks);
      const base = offset;
      return remember(tasks.map((task) => {
        if (explained(task)) return task;
        if (inFlush(task)) return { ...task, tracing: true };
        // the trace's task that overlaps the long task most is the same task seen twice
        let best: TraceEvent | null = null;
        let most = 0;
        const from = task.start;
        const to = task.start + task.duration;
        for (const e of longRuns) {
          const s0 = e.ts / 1000 - base;
          const overlap = Math.min(to, s0 + (e.dur ?? 0) / 1000) - Math.max(from, s0);
          if (overlap > most) {
            most = overlap;
            best = e;
          }
        }
        return best && most >= 0.8 * task.duration && best.tdur !== undefined ? { ...task, cpu: best.tdur / 1000 } : task;
      }));
    },
    async stop() {
      await collect(cdp).catch(() => []);
      await cdp.detach().catch(() => undefined);
    },
  };
}
