/** Scrolls a sideways-scrolling box so that [left, right] is visible, only when it is not. */
export function keepInView(box: HTMLElement | null, ext: { left: number; right: number } | null, reduced: boolean): void {
  if (!box || !ext || box.clientWidth === 0) return;
  const { scrollLeft, clientWidth } = box;
  if (ext.left >= scrollLeft && ext.right <= scrollLeft + clientWidth) return;
  const left = Math.max(0, ext.left - clientWidth / 3);
  if (typeof box.scrollTo === 'function') box.scrollTo({ left, behavior: reduced ? 'auto' : 'smooth' });
  else box.scrollLeft = left;
}
