// The presenter's keys. Clickers send Page Down / Page Up (some send the arrow
// keys or B for a black screen); B and "." are PowerPoint's and Keynote's black
// screen. Keys typed into a control (or Space on a button) belong to the control.

export type PresenterAction = 'next' | 'prev' | 'first' | 'last' | 'black' | 'leave';

export interface KeyLike {
  key: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  target: EventTarget | null;
}

function isTyping(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

function isPressable(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return target.closest('button, a[href], summary') !== null;
}

export function presenterAction(e: KeyLike): PresenterAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case ' ':
      if (isPressable(e.target)) return null;
      return e.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'b':
    case 'B':
    case '.':
      return 'black';
    case 'Escape':
      return 'leave';
    default:
      return null;
  }
}

/** The slide (1-based) an action leads to; black and leave do not move. */
export function nextSlide(action: PresenterAction, slide: number, total: number): number {
  switch (action) {
    case 'next':
      return Math.min(total, slide + 1);
    case 'prev':
      return Math.max(1, slide - 1);
    case 'first':
      return 1;
    case 'last':
      return total;
    default:
      return slide;
  }
}
