// Every route in every language and theme, at desktop and phone sizes: the
// page renders, speaks the right language in the right direction, fits a
// 390 px screen, and logs no error and no failed request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { LABS } from '../../src/labs/registry.ts';
import { builtSite, launch, openPage, screenshot, serve, VIEWPORTS, type StaticServer } from './harness.ts';

// Home and every lab the registry lists: a new lab is covered as soon as it is registered.
const ROUTES = [{ name: 'home', hash: '#/' }, ...LABS.map((lab) => ({ name: lab.name, hash: `#/lab/${lab.name}` }))];
const LANGS = [
  { lang: 'en', dir: 'ltr', theme: 'Theme' },
  { lang: 'fr', dir: 'ltr', theme: 'Thème' },
  { lang: 'ar', dir: 'rtl', theme: 'المظهر' },
] as const;
const THEMES = ['light', 'dark', 'projector'] as const;

let server: StaticServer;
let browser: { context: BrowserContext; close(): Promise<void> };

beforeAll(async () => {
  browser = await launch();
  server = await serve(await builtSite());
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every route, language and theme', () => {
  for (const route of ROUTES) {
    for (const l of LANGS) {
      it(`${route.name} in ${l.lang}`, async () => {
        const w = await openPage(browser.context);
        const { page } = w;
        for (const theme of THEMES) {
          // A fresh load per theme (a hash-only change would not reload the page).
          await page.goto('about:blank');
          await page.setViewportSize(VIEWPORTS.desktop);
          await page.goto(`${server.url}${route.hash}?lang=${l.lang}`);
          await page.getByRole('combobox', { name: l.theme }).selectOption(theme);
          await page.getByRole('heading', { level: 1 }).waitFor();
          if (route.name !== 'home') await page.locator('[role=status][data-phase=ready]').waitFor();
          for (const [size, viewport] of Object.entries(VIEWPORTS)) {
            await page.setViewportSize(viewport);
            // Views re-measure in a ResizeObserver callback: let two frames pass before measuring.
            await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            const html = await page.evaluate(() => ({
              lang: document.documentElement.lang,
              dir: document.documentElement.dir,
              theme: document.documentElement.dataset['theme'],
              hash: location.hash,
              overflow: document.documentElement.scrollWidth - window.innerWidth,
            }));
            expect(html).toMatchObject({ lang: l.lang, dir: l.dir, theme });
            const nan = (await page.locator('body').innerText()).split('\n').filter((line) => /\bNaN\b/.test(line));
            expect(nan, `${route.name} ${l.lang}: a number shown as NaN`).toEqual([]);
            expect(html.hash).toContain(`lang=${l.lang}`);
            expect(html.overflow, `${route.name} ${l.lang} ${theme} ${size} scrolls sideways`).toBeLessThanOrEqual(0);
            await screenshot(page, `${route.name}-${l.lang}-${theme}-${size}`);
          }
        }
        expect(w.problems).toEqual([]);
        await w.close();
      });
    }
  }
});
