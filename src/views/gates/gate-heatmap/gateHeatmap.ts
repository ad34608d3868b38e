// Gates × units × time on a canvas: one pixel per (row, step) written into an
// ImageData, then scaled up without smoothing, so a passage of hundreds of
// steps and a hundred rows costs one putImageData and one drawImage. Block
// names are written in the left margin; the selected step and unit are framed.

import type { Selection } from '../common/reading.ts';
import type { Reading } from '../common/reading.ts';
import { fitCanvas, frameScheduler, rgbOf, themeColor } from '../common/canvas.ts';
import { blockValue, heatBlocks } from './heatRows.ts';

export interface GateHeatmapOptions {
  onSelect: (s: Selection) => void;
}

export interface GateHeatmapChart {
  update(r: Reading | null, sel: Selection): void;
  resize(width: number): void;
  destroy(): void;
}

export const MARGIN = 28;
const GAP = 4;

export function rowHeight(rows: number): number {
  return Math.max(2, Math.min(8, Math.floor(360 / Math.max(1, rows))));
}

export function createGateHeatmap(canvas: HTMLCanvasElement, o: GateHeatmapOptions): GateHeatmapChart {
  let width = 600;
  let reading: Reading | null = null;
  let sel: Selection = { t: 0, unit: 0 };
  const image = document.createElement('canvas');

  function geometry(r: Reading) {
    const H = r.telemetry.hiddenSize;
    const blocks = heatBlocks(r);
    const rh = rowHeight(blocks.length * H);
    const steps = r.telemetry.steps;
    const cw = (width - MARGIN) / Math.max(1, steps);
    return { H, blocks, rh, steps, cw, height: blocks.length * (H * rh + GAP) };
  }

  function draw(): void {
    const r = reading;
    if (r === null) return;
    const g = geometry(r);
    const ctx = fitCanvas(canvas, width, g.height);
    if (ctx === null) return;
    const tel = r.telemetry;
    // One pixel per (step, row): rows of a block are consecutive, blocks separated by the gap in the scaled drawing.
    image.width = Math.max(1, g.steps);
    image.height = Math.max(1, g.blocks.length * g.H);
    const ictx = image.getContext('2d');
    if (ictx === null) return;
    const data = ictx.createImageData(image.width, image.height);
    g.blocks.forEach((b, bi) => {
      for (let j = 0; j < g.H; j++) {
        const row = bi * g.H + j;
        for (let t = 0; t < g.steps; t++) {
          const c = rgbOf(blockValue(b, tel, t, j), b.signed);
          const k = (row * image.width + t) * 4;
          data.data[k] = c[0];
          data.data[k + 1] = c[1];
          data.data[k + 2] = c[2];
          data.data[k + 3] = 255;
        }
      }
    });
    ictx.putImageData(data, 0, 0);
    ctx.clearRect(0, 0, width, g.height);
    ctx.imageSmoothingEnabled = false;
    const fg = themeColor(canvas, '--fg', '#222');
    const focus = themeColor(canvas, '--focus', '#e07000');
    ctx.font = `12px ${themeColor(canvas, '--font-mono', 'monospace')}`;
    ctx.textBaseline = 'middle';
    g.blocks.forEach((b, bi) => {
      const y = bi * (g.H * g.rh + GAP);
      ctx.drawImage(image, 0, bi * g.H, g.steps, g.H, MARGIN, y, width - MARGIN, g.H * g.rh);
      ctx.fillStyle = fg;
      ctx.fillText(b.name, 6, y + (g.H * g.rh) / 2);
      // the selected unit's row in this block
      ctx.strokeStyle = focus;
      ctx.lineWidth = 1.5;
      ctx.strokeRect(MARGIN + 0.5, y + sel.unit * g.rh, width - MARGIN - 1, g.rh);
    });
    ctx.strokeStyle = focus;
    ctx.lineWidth = 2;
    ctx.strokeRect(MARGIN + sel.t * g.cw, 0, Math.max(2, g.cw), g.height - GAP);
  }

  function onClick(e: MouseEvent): void {
    const r = reading;
    if (r === null) return;
    const g = geometry(r);
    const box = canvas.getBoundingClientRect();
    const x = e.clientX - box.left - MARGIN;
    const y = e.clientY - box.top;
    if (x < 0) return;
    const t = Math.min(g.steps - 1, Math.floor(x / g.cw));
    const within = y % (g.H * g.rh + GAP);
    const unit = Math.min(g.H - 1, Math.floor(within / g.rh));
    o.onSelect({ t, unit });
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
