// The harness itself: the suite must fail loudly without a browser, and the
// static server must behave like a real host under a sub-path.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireChromium, serve, SUB_PATH, type StaticServer } from './harness.ts';

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
