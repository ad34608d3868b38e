// Canvas helpers for the dense maps: colour tables as RGB bytes (the shared
// scales sampled once), a crisp backing store for the device pixel ratio, and
// a context that may be missing (jsdom has none: the map then stays blank but
// its text alternative still works).

import { signedColor, unitColor } from '../../scales.ts';

export type Rgb = readonly [number, number, number];

function parse(color: string): Rgb {
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  if (/^#[0-9a-f]{6}$/i.test(color)) return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) as unknown as Rgb;
  return [128, 128, 128];
}

const SIZE = 256;
const SIGNED: Rgb[] = Array.from({ length: SIZE }, (_, i) => parse(signedColor((i / (SIZE - 1)) * 2 - 1)));
const UNIT: Rgb[] = Array.from({ length: SIZE }, (_, i) => parse(unitColor(i / (SIZE - 1))));
const GREY: Rgb = [128, 128, 128];

/** RGB of a value: signed in [−extent, extent] on cividis, else [0, 1] on viridis. */
export function rgbOf(v: number, signed: boolean, extent = 1): Rgb {
  if (!Number.isFinite(v)) return GREY;
  const x = signed ? (v / extent + 1) / 2 : v;
  const k = Math.round(Math.min(1, Math.max(0, x)) * (SIZE - 1));
  return (signed ? SIGNED : UNIT)[k] ?? GREY;
}

/** Perceived brightness, to pick dark or light ink on a cell. */
export function isLight(c: Rgb): boolean {
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2] > 140;
}

/** The 2D context, or null where there is none (jsdom reports every attempt as an error). */
function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  if (typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent)) return null;
  try {
    return canvas.getContext('2d');
  } catch {
    return null;
  }
}

/** Sizes the canvas for CSS size w × h at the device pixel ratio; returns the context scaled to CSS pixels. */
export function fitCanvas(canvas: HTMLCanvasElement, w: number, h: number): CanvasRenderingContext2D | null {
  const dpr = typeof window !== 'undefined' ? Math.min(2, window.devicePixelRatio || 1) : 1;
  const bw = Math.max(1, Math.round(w * dpr));
  const bh = Math.max(1, Math.round(h * dpr));
  // Resizing reallocates the backing store and forces a layout: only when the size really changed.
  if (canvas.width !== bw || canvas.height !== bh) {
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
    canvas.width = bw;
    canvas.height = bh;
  }
  const ctx = context2d(canvas);
  ctx?.setTransform(dpr, 0, 0, dpr, 0, 0);
  return ctx;
}

/**
 * Calls `draw` once in the next animation frame, however often it is asked
 * for before then: a burst of updates (a new reading plus a new selection)
 * costs one paint, and the drawing happens outside the task that delivered
 * the data.
 */
export function frameScheduler(draw: () => void): { request(): void; cancel(): void } {
  let id: number | null = null;
  const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : null;
  return {
    request() {
      if (raf === null) return draw();
      if (id !== null) return;
      id = raf(() => {
        id = null;
        draw();
      });
    },
    cancel() {
      if (id !== null && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(id);
      id = null;
    },
  };
}

/** A theme colour from the element's computed style (CSS variables), with a fallback. */
export function themeColor(el: Element, name: string, fallback: string): string {
  const v = typeof getComputedStyle === 'function' ? getComputedStyle(el).getPropertyValue(name).trim() : '';
  return v || fallback;
}
