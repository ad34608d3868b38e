// The harness itself: the suite must fail loudly without a browser, and the
// static server must behave like a real host under a sub-path.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksMainThread, launch, openPage, requireChromium, serve, SUB_PATH, type StaticServer } from './harness.ts';

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

describe('the long-task check', () => {
  let site: Server;
  let url = '';
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    // A page with two ways to hold its main thread in one task: running (busy) or
    // waiting for a slow answer (a synchronous request), as a thread does when
    // the machine's cores are taken by other work.
    const page =
      '<!doctype html><title>tasks</title><script>' +
      'window.busy = (ms) => new Promise((done) => setTimeout(() => { const end = performance.now() + ms; while (performance.now() < end); done(); }, 0));' +
      'window.wait = () => new Promise((done) => setTimeout(() => { const x = new XMLHttpRequest(); x.open("GET", "slow", false); x.send(); done(); }, 0));' +
      '</script>';
    site = createServer((req, res) => {
      if (req.url?.endsWith('/slow')) setTimeout(() => res.end('ok'), 150);
      else res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    });
    await new Promise<void>((ok) => site.listen(0, '127.0.0.1', () => ok()));
    url = `http://127.0.0.1:${(site.address() as AddressInfo).port}/`;
    browser = await launch();
  });
  afterAll(async () => {
    await browser.close();
    await new Promise<void>((ok) => site.close(() => ok()));
  });

  it('counts the main thread’s own time in a task, not the time it spent waiting', async () => {
    const w = await openPage(browser.context);
    await w.page.goto(url);
    type Page = { busy: (ms: number) => Promise<void>; wait: () => Promise<void> };
    const since = await w.page.evaluate(() => performance.now());
    await w.page.evaluate(() => (window as unknown as Page).busy(120));
    await w.page.waitForTimeout(200);
    const running = (await w.probe()).longTasks.filter((t) => t.start >= since);
    expect(running.length, JSON.stringify(running)).toBe(1);
    expect(running[0]!.cpu, 'thread time from the trace').toBeGreaterThan(60);
    expect(blocksMainThread(running[0]!)).toBe(true);

    const later = await w.page.evaluate(() => performance.now());
    await w.page.evaluate(() => (window as unknown as Page).wait());
    await w.page.waitForTimeout(200);
    const waiting = (await w.probe()).longTasks.filter((t) => t.start >= later);
    expect(waiting.length, JSON.stringify(waiting)).toBe(1);
    expect(waiting[0]!.duration).toBeGreaterThanOrEqual(140);
    expect(waiting[0]!.cpu, JSON.stringify(waiting[0])).toBeLessThan(30);
    expect(blocksMainThread(waiting[0]!)).toBe(false);
    await w.close();
  });
});
