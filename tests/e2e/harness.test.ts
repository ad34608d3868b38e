// The harness itself: the suite must fail loudly without a browser, and the
// static server must behave like a real host under a sub-path, and a long
// task must be told apart from a main thread that waited.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPage, requireChromium, serve, SUB_PATH, type StaticServer } from './harness.ts';
import { overBudget } from './main-thread-time.ts';

describe('requireChromium', () => {
  it('fails with one line saying how to install Chromium', () => {
    let message = '';
    try {
      requireChromium('/nowhere/chromium');
    } catch (e) {
      message = e instanceof Error ? e.message : String(e);
    }
    expect(message).toMatch(/^No Chromium at \/nowhere\/chromium: install it with "apt-get install -y chromium"/);
    expect(message).not.toContain('\n');
  });
});

describe('static server', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-'));
    mkdirSync(join(dir, 'assets'));
    for (const f of ['index.html', 'assets/a.js', 'assets/a.css', 'assets/f.woff2', 'assets/d.json', 'assets/t.txt']) {
      writeFileSync(join(dir, f), 'x');
    }
    server = await serve(dir);
  });
  afterAll(() => server.close());

  it.each([
    ['', 'text/html'],
    ['assets/a.js', 'text/javascript'],
    ['assets/a.css', 'text/css'],
    ['assets/f.woff2', 'font/woff2'],
    ['assets/d.json', 'application/json'],
    ['assets/t.txt', 'text/plain'],
  ])('serves %j as %s', async (path, type) => {
    const r = await fetch(server.url + path);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain(type);
  });

  it('redirects the sub-path without its slash, and serves nothing outside it', async () => {
    const origin = new URL(server.url).origin;
    const r = await fetch(origin + SUB_PATH.replace(/\/$/, ''), { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe(SUB_PATH);
    expect((await fetch(`${origin}/favicon.ico`)).status).toBe(404);
    expect((await fetch(`${server.url}../../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${server.url}assets/missing.js`)).status).toBe(404);
  });
});

describe('long tasks', () => {
  // A page with a worker (as a lab has), whose main thread can wait 200 ms on a
  // synchronous request (a long task in which it runs almost nothing) or spin
  // for 200 ms (a long task that is all its own work).
  const PAGE = `<!doctype html><title>t</title><script>
    window.worker = new Worker(URL.createObjectURL(new Blob(['onmessage = (e) => postMessage(e.data);'])));
    window.ready = new Promise((ok) => { worker.onmessage = ok; worker.postMessage(1); });
    window.wait = () => { const x = new XMLHttpRequest(); x.open('GET', '/slow', false); x.send(); };
    window.spin = () => { const t = performance.now(); while (performance.now() - t < 200) {} };
  </script>`;

  it('judges a task by the main thread’s own CPU time in it, not by the time it spent waiting', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/slow') return void setTimeout(() => res.end('ok'), 200);
      res.setHeader('content-type', 'text/html');
      res.end(PAGE);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const browser = await launch();
    try {
      const w = await openPage(browser.context);
      await w.page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await w.page.evaluate(() => (window as unknown as { ready: Promise<unknown> }).ready.then(() => undefined));
      const cpu = await w.mainThread();
      const start = await w.page.evaluate(() => performance.now());
      await w.page.evaluate(() => new Promise((done) => setTimeout(() => { (window as unknown as { wait(): void }).wait(); setTimeout(done, 50); })));
      await w.page.evaluate(() => new Promise((done) => setTimeout(() => { (window as unknown as { spin(): void }).spin(); setTimeout(done, 50); })));
      await w.page.waitForTimeout(100);
      const tasks = (await w.probe()).longTasks.filter((t) => t.start >= start);
      const judged = cpu.judge(tasks);
      cpu.stop();
      expect(judged.length, JSON.stringify(judged)).toBe(2);
      const [waited, spun] = judged;
      expect(waited?.duration).toBeGreaterThanOrEqual(190);
      expect(waited?.cpu).toBeLessThan(50);
      expect(spun?.duration).toBeGreaterThanOrEqual(190);
      expect(spun?.cpu).toBeGreaterThanOrEqual(50);
      expect(overBudget(judged)).toEqual([spun]);
    } finally {
      await browser.close();
      server.close();
    }
  });

  it('keeps the wall-clock reading where the CPU time cannot be measured', () => {
    expect(overBudget([{ start: 0, duration: 70 }, { start: 100, duration: 70, cpu: 12 }, { start: 200, duration: 40 }])).toEqual([{ start: 0, duration: 70 }]);
  });
});
