// The passage as the network read it, each character on a box coloured by one
// unit's hidden state just after reading it (the classic character-level
// pictures). Drawn on a canvas: a box and a glyph per character, so a long
// passage costs a few thousand fillRect/fillText calls, not DOM nodes. An
// Arabic passage is laid out right to left; each character is drawn on its
// own, in its isolated form, so every box is one step.

import type { Reading, Selection } from '../common/reading.ts';
import { fitCanvas, frameScheduler, isLight, rgbOf, themeColor } from '../common/canvas.ts';

export interface TextHeatmapOptions {
  onSelect: (s: Selection) => void;
}

export interface TextHeatmapChart {
  update(r: Reading | null, sel: Selection): void;
  resize(width: number): void;
  destroy(): void;
}

export const CELL_W = 16;
export const CELL_H = 24;

/** Right to left when most letters of the passage are from a right-to-left script. */
export function isRtlText(chars: readonly string[]): boolean {
  let rtl = 0;
  let ltr = 0;
  for (const ch of chars) {
    if (/[\u0590-\u08FF\uFB1D-\uFEFC]/u.test(ch)) rtl++;
    else if (/\p{L}/u.test(ch)) ltr++;
  }
  return rtl > ltr;
}

export interface TextGrid {
  cols: number;
  rows: number;
  rtl: boolean;
  /** top-left corner of character t */
  cell(t: number): { x: number; y: number };
  /** the step under a point, or -1 */
  hit(x: number, y: number): number;
}

export function textGrid(steps: number, width: number, rtl: boolean): TextGrid {
  const cols = Math.max(1, Math.floor(width / CELL_W));
  const rows = Math.ceil(steps / cols);
  return {
    cols,
    rows,
    rtl,
    cell(t) {
      const c = t % cols;
      const x = rtl ? width - (c + 1) * CELL_W : c * CELL_W;
      return { x, y: Math.floor(t / cols) * CELL_H };
    },
    hit(x, y) {
      const c = Math.floor((rtl ? width - x : x) / CELL_W);
      const r = Math.floor(y / CELL_H);
      if (c < 0 || c >= cols || r < 0) return -1;
      const t = r * cols + c;
      return t < steps ? t : -1;
    },
  };
}

export function createTextHeatmap(canvas: HTMLCanvasElement, o: TextHeatmapOptions): TextHeatmapChart {
  let width = 600;
  let reading: Reading | null = null;
  let sel: Selection = { t: 0, unit: 0 };

  function grid(r: Reading): TextGrid {
    return textGrid(r.telemetry.steps, width, isRtlText(r.chars));
  }

  function draw(): void {
    const r = reading;
    if (r === null) return;
    const g = grid(r);
    const ctx = fitCanvas(canvas, width, g.rows * CELL_H);
    if (ctx === null) return;
    const tel = r.telemetry;
    const H = tel.hiddenSize;
    ctx.clearRect(0, 0, width, g.rows * CELL_H);
    ctx.font = `15px ${themeColor(canvas, '--font-mono', 'monospace')}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let t = 0; t < tel.steps; t++) {
      const v = tel.h[t * H + sel.unit] ?? Number.NaN;
      const c = rgbOf(v, true);
      const { x, y } = g.cell(t);
      ctx.fillStyle = `rgb(${c[0]},${c[1]},${c[2]})`;
      ctx.fillRect(x, y + 1, CELL_W, CELL_H - 2);
      const ch = r.chars[t] ?? '';
      ctx.fillStyle = isLight(c) ? '#111' : '#fff';
      // A space is drawn as a middle dot so its colour has something to show.
      ctx.fillText(ch === ' ' ? '·' : ch, x + CELL_W / 2, y + CELL_H / 2 + 1);
    }
    const s = g.cell(sel.t);
    ctx.strokeStyle = themeColor(canvas, '--focus', '#e07000');
    ctx.lineWidth = 2.5;
    ctx.strokeRect(s.x + 1, s.y + 1, CELL_W - 2, CELL_H - 2);
  }

  function onClick(e: MouseEvent): void {
    const r = reading;
    if (r === null) return;
    const box = canvas.getBoundingClientRect();
    const t = grid(r).hit(e.clientX - box.left, e.clientY - box.top);
    if (t >= 0) o.onSelect({ t, unit: sel.unit });
  }
  canvas.addEventListener('click', onClick);
  const frame = frameScheduler(draw);

  return {
    update(r, s) {
      reading = r;
      sel = s;
      frame.request();
    },
    resize(w) {
      if (w > 0 && Math.abs(w - width) > 0.5) {
        width = w;
        frame.request();
      }
    },
    destroy() {
      canvas.removeEventListener('click', onClick);
      frame.cancel();
      reading = null;
    },
  };
}
