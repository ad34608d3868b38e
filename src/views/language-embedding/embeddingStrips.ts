// The embedding vectors of a sentence: one row per token, one cell per
// dimension, coloured on the signed scale. A canvas, redrawn from an animation
// frame as the weights change.
import { signedColor } from '../scales.ts';

export interface EmbeddingStrips {
  update(w: ArrayLike<number>, D: number, ids: readonly number[]): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

const CELL_H = 16;

export function createEmbeddingStrips(host: HTMLElement): EmbeddingStrips {
  const canvas = document.createElement('canvas');
  canvas.className = 'lang-strips';
  canvas.setAttribute('aria-hidden', 'true');
  host.appendChild(canvas);
  let width = 320;
  let last: { w: ArrayLike<number>; D: number; ids: readonly number[] } | null = null;

  function draw(): void {
    const ctx = canvas.getContext('2d');
    if (!ctx || last === null) return;
    const { w, D, ids } = last;
    const ratio = globalThis.devicePixelRatio || 1;
    const cell = Math.max(6, Math.min(22, Math.floor(width / Math.max(1, D))));
    const cssW = cell * D;
    const cssH = CELL_H * ids.length;
    // Resizing a canvas clears it and makes the page lay out again: only when the shape changed.
    const W = Math.round(cssW * ratio);
    const H = Math.round(cssH * ratio);
    if (canvas.width !== W || canvas.height !== H) {
      canvas.width = W;
      canvas.height = H;
      canvas.style.width = `${cssW}px`;
      canvas.style.height = `${cssH}px`;
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    let extent = 1e-9;
    for (const id of ids) for (let d = 0; d < D; d++) extent = Math.max(extent, Math.abs(w[id * D + d] ?? 0));
    ids.forEach((id, t) => {
      for (let d = 0; d < D; d++) {
        ctx.fillStyle = signedColor(w[id * D + d] ?? 0, extent);
        ctx.fillRect(d * cell, t * CELL_H, cell - 1, CELL_H - 1);
      }
    });
  }

  return {
    update(w, D, ids) {
      last = { w, D, ids };
      draw();
    },
    resize(wd) {
      width = Math.max(120, wd);
      draw();
    },
    destroy() {
      canvas.remove();
    },
  };
}
