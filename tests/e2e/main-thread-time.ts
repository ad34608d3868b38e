// The page's main-thread CPU time, read from Linux's scheduler statistics.
//
// A long task (PerformanceObserver 'longtask') is timed by the wall clock. On a
// two-core test machine where the engine's worker holds one core flat out, a
// 15 ms task can take 60 ms of wall time while the main thread waits for a core
// (the compositor, the rasteriser and the test runner want it too, and a
// virtual machine's host may take it away). The check "no task of 50 ms or
// more" is about the page's work, so each long task is also measured by the
// CPU time its renderer's main thread really ran during it:
// /proc/<pid>/schedstat (the thread group leader, which in a Chromium renderer
// is the main thread) gives the nanoseconds a thread has run, and the test
// process samples it every few milliseconds. The CPU time between the last
// sample before a task and the first one after it bounds the task's own time
// from above, so the check stays strict: a task is excused only when its main
// thread provably ran less than the budget. Where there is no /proc (or the
// renderer cannot be found), the wall-clock duration is the only measure.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The budget for one task on the main thread, ms. */
export const LONG_TASK_MS = 50;

export interface LongTask {
  /** page time (performance.now()) of the task's start, ms */
  start: number;
  /** wall-clock duration, ms */
  duration: number;
}

export interface JudgedTask extends LongTask {
  /** an upper bound of the main thread's own CPU time during the task, ms, when it could be measured */
  cpu?: number;
}

export interface MainThreadTime {
  /** each task with the CPU time its main thread ran during it (when the samples bracket it) */
  judge(tasks: readonly LongTask[]): JudgedTask[];
  /** the tasks over budget (see overBudget); logs those the main thread did not run long enough to blame */
  over(tasks: readonly LongTask[]): JudgedTask[];
  stop(): void;
}

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** pid → parent pid, for every process. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const stat = read(`/proc/${d}/stat`);
    // "pid (comm) state ppid …": comm may hold spaces and brackets, so read after the last ')'.
    const ppid = stat === null ? Number.NaN : Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isFinite(ppid)) out.set(Number(d), ppid);
  }
  return out;
}

/**
 * The renderer processes of the browser started with `profileDir` that run a
 * dedicated worker (a lab's engine): the page under test.
 */
export function pageRenderers(profileDir: string): number[] {
  if (!existsSync('/proc/self/schedstat')) return [];
  const up = parents();
  const ours = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p !== undefined && p > 1 && hops < 16; p = up.get(p), hops++) {
      if ((read(`/proc/${p}/cmdline`) ?? '').includes(profileDir)) return true;
    }
    return false;
  };
  const found: number[] = [];
  for (const pid of up.keys()) {
    if (!(read(`/proc/${pid}/cmdline`) ?? '').includes('--type=renderer')) continue;
    let threads: string[];
    try {
      threads = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    const hasWorker = threads.some((t) => (read(`/proc/${pid}/task/${t}/comm`) ?? '').startsWith('DedicatedWorker'));
    if (hasWorker && ours(pid)) found.push(pid);
  }
  return found;
}

/** Nanoseconds the main threads of `pids` have run, summed (a closed process counts as nothing more). */
function ranNs(pids: readonly number[], last: number[]): number {
  let sum = 0;
  pids.forEach((pid, k) => {
    const s = read(`/proc/${pid}/schedstat`);
    const v = s === null ? Number.NaN : Number(s.split(' ')[0]);
    if (Number.isFinite(v)) last[k] = v;
    sum += last[k] ?? 0;
  });
  return sum;
}

const nodeNow = () => performance.timeOrigin + performance.now();

/**
 * Starts sampling the page's main-thread CPU time every `everyMs`, and reads
 * the offset between the page's clock and this process's clock.
 */
export async function watchMainThread(page: Page, profileDir: string, everyMs = 2): Promise<MainThreadTime> {
  // A worker's thread appears a moment after the page asks for it.
  let pids = pageRenderers(profileDir);
  for (let k = 0; k < 20 && pids.length === 0 && existsSync('/proc/self/schedstat'); k++) {
    await new Promise((ok) => setTimeout(ok, 100));
    pids = pageRenderers(profileDir);
  }
  const times: number[] = [];
  const cpu: number[] = [];
  const last: number[] = pids.map(() => 0);
  const sample = () => {
    cpu.push(ranNs(pids, last) / 1e6);
    times.push(nodeNow());
  };
  // The page's clock against ours: the round trip with the least delay bounds the error best.
  let offset = 0;
  let error = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 5; k++) {
    const a = nodeNow();
    const p = await page.evaluate(() => performance.timeOrigin + performance.now());
    const b = nodeNow();
    if ((b - a) / 2 < error) {
      error = (b - a) / 2;
      offset = p - (a + b) / 2;
    }
  }
  const origin = await page.evaluate(() => performance.timeOrigin);
  const timer = pids.length > 0 ? setInterval(sample, everyMs) : null;
  if (timer !== null) {
    timer.unref();
    sample();
    page.once('close', () => clearInterval(timer));
  }
  const watch: MainThreadTime = {
    judge(tasks) {
      return tasks.map((task) => {
        if (pids.length === 0) return { ...task };
        const margin = error + 1;
        const from = origin + task.start - offset - margin;
        const to = origin + task.start + task.duration - offset + margin;
        let before = -1;
        for (let i = 0; i < times.length && (times[i] ?? Infinity) <= from; i++) before = i;
        let after = -1;
        for (let i = times.length - 1; i >= 0 && (times[i] ?? -Infinity) >= to; i--) after = i;
        if (before < 0 || after < 0) return { ...task };
        return { ...task, cpu: Math.round(((cpu[after] ?? 0) - (cpu[before] ?? 0)) * 10) / 10 };
      });
    },
    over(tasks) {
      const judged = watch.judge(tasks);
      const bad = overBudget(judged);
      const excused = judged.filter((t) => t.duration >= LONG_TASK_MS && !bad.includes(t));
      if (bad.length > 0) {
        console.log(`long tasks over budget: ${bad.map((t) => `${Math.round(t.duration)} ms wall, ${t.cpu ?? 'unmeasured'} ms CPU`).join('; ')}`);
      }
      if (excused.length > 0) {
        console.log(`long tasks the main thread ran less than ${LONG_TASK_MS} ms in (the machine's wait, not the page's work): ${excused.map((t) => `${Math.round(t.duration)} ms wall, ${t.cpu} ms CPU`).join('; ')}`);
      }
      return bad;
    },
    stop() {
      if (timer !== null) clearInterval(timer);
    },
  };
  return watch;
}

/** The tasks that broke the budget: by the main thread's CPU time when known, else by the wall clock. */
export function overBudget(tasks: readonly JudgedTask[]): JudgedTask[] {
  return tasks.filter((t) => t.duration >= LONG_TASK_MS && (t.cpu ?? t.duration) >= LONG_TASK_MS);
}
