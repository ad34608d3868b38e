import type { FrameEvent } from '../../worker/protocol.ts';

/** The embedding table of a frame's weights (V × D, row-major), or null before the first frame. */
export function embeddingOf(frame: FrameEvent | null): { w: Float64Array; V: number; D: number } | null {
  const p = frame?.params.find((q) => q.name === 'embedding.weight');
  return p ? { w: p.w, V: p.rows, D: p.cols } : null;
}
