// The hidden states h_1..h_T of one window as a grid on a canvas: one column
// per step, one row per unit, cividis for −1..1. The last column (h_T, what
// return_sequences=False returns) is outlined.
import { signedColor } from '../scales.ts';

export interface StatesData {
  /** T × H, row-major by step */
  h: Float64Array;
  steps: number;
  units: number;
}

export interface StatesGrid {
  update(data: StatesData): void;
  destroy(): void;
}

const CELL = 12;
const PAD = 3;

export function createStatesGrid(canvas: HTMLCanvasElement, outline: () => string): StatesGrid {
  const ctx = canvas.getContext('2d');
  return {
    update({ h, steps, units }) {
      const w = steps * CELL + 2 * PAD;
      const hh = units * CELL + 2 * PAD;
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== hh) canvas.height = hh;
      if (ctx === null) return;
      ctx.clearRect(0, 0, w, hh);
      for (let t = 0; t < steps; t++) {
        for (let j = 0; j < units; j++) {
          ctx.fillStyle = signedColor(h[t * units + j] ?? 0);
          ctx.fillRect(PAD + t * CELL, PAD + j * CELL, CELL - 1, CELL - 1);
        }
      }
      ctx.strokeStyle = outline();
      ctx.lineWidth = 2.5;
      ctx.strokeRect(PAD + (steps - 1) * CELL - 1.5, PAD - 1.5, CELL + 2, units * CELL + 2);
    },
    destroy() {
      ctx?.clearRect(0, 0, canvas.width, canvas.height);
    },
  };
}
