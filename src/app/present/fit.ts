// Auto-shrink: a slide whose content overflows the screen gets a smaller font
// scale, found by bisection between MIN_SCALE and 1 (type scales everything in
// em, so fewer than ten layouts are measured). Pure over a measuring function,
// so it can be tested without a browser.

export const MIN_SCALE = 0.4;

/** The largest scale in [min, 1] for which `overflows(scale)` is false (min if none is). */
export function fitScale(overflows: (scale: number) => boolean, min = MIN_SCALE, steps = 7): number {
  if (!overflows(1)) return 1;
  if (overflows(min)) return min;
  let lo = min; // fits
  let hi = 1; // overflows
  for (let i = 0; i < steps; i++) {
    const mid = (lo + hi) / 2;
    if (overflows(mid)) hi = mid;
    else lo = mid;
  }
  return lo;
}

/** Fits `content` inside `box` by setting the --fit custom property the slide's font size uses. */
export function fitElement(box: HTMLElement, content: HTMLElement): number {
  const overflows = (scale: number) => {
    box.style.setProperty('--fit', String(scale));
    // one pixel of slack for sub-pixel rounding
    return content.scrollHeight > box.clientHeight + 1 || content.scrollWidth > box.clientWidth + 1;
  };
  const scale = fitScale(overflows);
  box.style.setProperty('--fit', String(scale));
  box.dataset['fit'] = scale.toFixed(3);
  return scale;
}
