// Motion policy for every view. Layout changes (rolling, unrolling, a new task
// shape) animate; per-frame values never do, because update() runs from a
// requestAnimationFrame loop and a transition per frame would only lag.
// With prefers-reduced-motion every duration is 0: the same information,
// applied at once.
import type { BaseType, Selection } from 'd3-selection';
import { interpolateNumber } from 'd3-interpolate';
import 'd3-transition';

export const MOTION_MS = {
  /** rolling / unrolling, layout reflow */
  layout: 650,
  /** elements appearing or leaving */
  fade: 220,
} as const;

const QUERY = '(prefers-reduced-motion: reduce)';

/** True when the user asked for reduced motion. Environments without matchMedia (tests, old browsers) get motion. */
export function prefersReducedMotion(win: Pick<Window, 'matchMedia'> | undefined = globalThis.window): boolean {
  if (!win || typeof win.matchMedia !== 'function') return false;
  return win.matchMedia(QUERY).matches;
}

/** Calls `onChange` when the preference changes; returns the unsubscribe function. */
export function watchReducedMotion(
  onChange: (reduced: boolean) => void,
  win: Pick<Window, 'matchMedia'> | undefined = globalThis.window,
): () => void {
  if (!win || typeof win.matchMedia !== 'function') return () => {};
  const mql = win.matchMedia(QUERY);
  const listener = (e: MediaQueryListEvent): void => onChange(e.matches);
  mql.addEventListener('change', listener);
  return () => mql.removeEventListener('change', listener);
}

/** The duration to use: `ms`, or 0 under reduced motion. */
export function transitionDuration(ms: number, reduced: boolean): number {
  return reduced ? 0 : Math.max(0, ms);
}

type AttrValue<E, D> = string | number | null | ((this: E, d: D, i: number, group: ArrayLike<E>) => string | number | null);

/** What views need from either a selection or a transition. */
export interface Animatable<E, D> {
  attr(name: string, value: AttrValue<E, D>): Animatable<E, D>;
  style(name: string, value: AttrValue<E, D>): Animatable<E, D>;
}

/**
 * A transition of `ms` on `sel`, or, when `ms` is 0, the selection itself so
 * that the change is applied synchronously (a 0 ms d3 transition would still
 * wait for the next timer tick, and interrupting is needed so that a running
 * transition does not overwrite the new values).
 */
export function animate<E extends BaseType, D, P extends BaseType, PD>(
  sel: Selection<E, D, P, PD>,
  ms: number,
  name = 'layout',
): Animatable<E, D> {
  // Selection and Transition expose attr/style with compatible call shapes;
  // the common interface lets callers write one code path for both.
  if (ms <= 0) return sel.interrupt(name) as unknown as Animatable<E, D>;
  return sel.transition(name).duration(ms) as unknown as Animatable<E, D>;
}

/**
 * Moves groups horizontally to translate(x(d), 0), optionally fading them, and
 * removes them at the end when `remove` is set. The tween interpolates the x
 * stored on the element instead of parsing the transform attribute: cheaper,
 * and it does not need the SVG DOM (transform.baseVal) that jsdom lacks.
 */
export function moveX<E extends SVGElement, D, P extends BaseType, PD>(
  sel: Selection<E, D, P, PD>,
  ms: number,
  x: (d: D) => number,
  options: { opacity?: number; remove?: boolean } = {},
): void {
  if (ms <= 0) {
    sel.interrupt('layout').each(function (d) {
      const to = x(d);
      this.setAttribute('data-tx', String(to));
      this.setAttribute('transform', `translate(${to},0)`);
      if (options.opacity !== undefined) this.style.opacity = String(options.opacity);
    });
    if (options.remove) sel.remove();
    return;
  }
  const t = sel
    .transition('layout')
    .duration(ms)
    .attrTween('transform', function (d) {
      const to = x(d);
      const stored = Number(this.getAttribute('data-tx'));
      const i = interpolateNumber(Number.isFinite(stored) ? stored : to, to);
      this.setAttribute('data-tx', String(to));
      return (k: number) => `translate(${i(k)},0)`;
    });
  if (options.opacity !== undefined) {
    const target = options.opacity;
    t.styleTween('opacity', function () {
      const from = Number(this.style.opacity === '' ? 1 : this.style.opacity);
      const i = interpolateNumber(Number.isFinite(from) ? from : 1, target);
      return (k: number) => String(i(k));
    });
  }
  if (options.remove) t.remove();
}
