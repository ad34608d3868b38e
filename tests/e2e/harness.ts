// End-to-end harness: build the site once, serve it under a deep sub-path with
// a plain static server, drive Debian's Chromium through playwright-core.
// Every page records console errors, page errors and failed requests, and an
// init script (which runs before the app) records long tasks, animation frames
// and the engine worker's frames.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { buildSite, ROOT } from './build.ts';
import { watchMainThread, type MainThreadTime } from './main-thread-time.ts';

export { buildSite, ROOT };

export const SUB_PATH = '/courses/ml/unrolled/';
export const SCREENSHOTS = join(ROOT, 'screenshots');
export const CHROMIUM = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Fails at once, in one line, when there is no browser: the suite must never pass without running. */
export function requireChromium(path: string = CHROMIUM): string {
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium at ${path}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH to a Chromium binary).`,
    );
  }
  return path;
}

/** The production build made once by global-setup.ts for the whole run (built here if there is none). */
export async function builtSite(): Promise<string> {
  const dir = inject('siteDir');
  return typeof dir === 'string' && existsSync(join(dir, 'index.html')) ? dir : buildSite();
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface StaticServer {
  /** the site's address, ending in the sub-path's slash */
  url: string;
  close(): Promise<void>;
}

/** Serves `dir` under SUB_PATH only; the sub-path without its slash redirects, like a real host. */
export async function serve(dir: string): Promise<StaticServer> {
  const base = SUB_PATH.replace(/\/$/, '');
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === base) {
      res.writeHead(301, { Location: SUB_PATH }).end();
      return;
    }
    if (!path.startsWith(SUB_PATH)) {
      res.writeHead(404).end('not found');
      return;
    }
    const rel = path.slice(SUB_PATH.length) || 'index.html';
    const file = normalize(join(dir, rel));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

// Runs in the page before any app code.
const INIT_SCRIPT = `
(() => {
  const probe = { longTasks: [], rafCount: 0, workerFrames: [] };
  window.__probe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { probe.longTaskError = String(e); }
  const tick = () => { probe.rafCount++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (e) => {
        if (e.data && e.data.type === 'frame') probe.workerFrames.push(performance.now());
      });
    }
  };
})();
`;

export interface Probe {
  longTasks: { start: number; duration: number }[];
  rafCount: number;
  workerFrames: number[];
  longTaskError?: string;
}

// Each launched browser's profile folder: its processes are found by it.
const profiles = new WeakMap<BrowserContext, string>();

export async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const executablePath = requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 720 },
  });
  await context.addInitScript({ content: INIT_SCRIPT });
  profiles.set(context, profile);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface WatchedPage {
  page: Page;
  /** console errors, uncaught errors and failed or >= 400 responses, in order */
  problems: string[];
  probe(): Promise<Probe>;
  /** starts measuring the page's main-thread CPU time, to tell the page's long tasks from the machine's waits */
  mainThread(): Promise<MainThreadTime>;
  close(): Promise<void>;
}

export async function openPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return {
    page,
    problems,
    probe: () => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe),
    mainThread: () => watchMainThread(page, profiles.get(context) ?? '\0no profile'),
    close: () => page.close(),
  };
}

/** Saves a PNG under screenshots/ (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 720 },
  phone: { width: 390, height: 844 },
} as const;

export interface LabSite {
  /** opens a page at `hash` under the served site and waits until the lab's engine is ready */
  openLab(hash: string, viewport?: { width: number; height: number }): Promise<WatchedPage>;
}

/**
 * Registers the lifecycle every lab's end-to-end file shares: one browser
 * (with an optional init script that runs before the app's code), the built
 * site served under its sub-path, and every page closed after each test.
 */
export function labSite(initScript?: string): LabSite {
  let server: StaticServer | undefined;
  let browser: { context: BrowserContext; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    browser = await launch();
    if (initScript !== undefined) await browser.context.addInitScript({ content: initScript });
    server = await serve(await builtSite());
  });
  afterEach(async () => {
    for (const p of browser?.context.pages() ?? []) await p.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    async openLab(hash, viewport = VIEWPORTS.desktop) {
      if (browser === undefined || server === undefined) throw new Error('labSite: the browser or the server did not start');
      const w = await openPage(browser.context);
      await w.page.setViewportSize(viewport);
      await w.page.goto(`${server.url}${hash}`);
      await w.page.locator('[role=status][data-phase=ready]').waitFor();
      return w;
    },
  };
}
