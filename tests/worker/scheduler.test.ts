// The macrotask scheduler: order, cancellation, and not starving timers.

import { afterEach, describe, expect, it } from 'vitest';
import { createMacrotaskScheduler } from '../../src/worker/scheduler.ts';

const scheduler = createMacrotaskScheduler();
afterEach(() => scheduler.dispose());

describe('macrotask scheduler', () => {
  it('runs tasks after the current one, in order, except cancelled ones', async () => {
    const ran: string[] = [];
    scheduler.later(() => ran.push('a'));
    const cancel = scheduler.later(() => ran.push('b'));
    scheduler.later(() => ran.push('c'));
    cancel();
    ran.push('sync');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toEqual(['sync', 'a', 'c']);
  });

  it('lets timers run while a task keeps rescheduling itself', async () => {
    let chunks = 0;
    let running = true;
    const chunk = () => {
      chunks++;
      const end = performance.now() + 2;
      while (performance.now() < end) {
        /* a short burst of work */
      }
      if (running) scheduler.later(chunk);
    };
    scheduler.later(chunk);
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 50));
    running = false;
    // a starved timer would wait for a thousand chunks (2 s) or more
    expect(performance.now() - started).toBeLessThan(1000);
    expect(chunks).toBeGreaterThan(5);
  });
});
