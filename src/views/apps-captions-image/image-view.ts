// A 9×9 RGB image drawn as squares (D3). Here colour is the data itself (the
// captions name red, green and blue), so these are the named hues rather than a
// value scale; the shapes stay readable in greyscale by their pixel patterns,
// and every image's text alternative is its true caption.
import { select } from 'd3-selection';
import { IMAGE_SIDE } from '../../engine/index.ts';

export interface ImageView {
  update(pixels: Float64Array): void;
  destroy(): void;
}

const PX = 8;
/** red, green, blue channels; the vocabulary's colour words name them */
const CHANNEL_FILL = ['#d62728', '#2ca02c', '#1f5fd6'];

export function createImageView(el: SVGSVGElement): ImageView {
  const svg = select(el)
    .attr('viewBox', `0 0 ${IMAGE_SIDE * PX} ${IMAGE_SIDE * PX}`)
    .attr('width', IMAGE_SIDE * PX)
    .attr('height', IMAGE_SIDE * PX);
  svg.append('rect').attr('width', IMAGE_SIDE * PX).attr('height', IMAGE_SIDE * PX).attr('fill', 'var(--surface-2)');
  const g = svg.append('g');
  return {
    update(pixels) {
      const on: { x: number; y: number; c: number }[] = [];
      for (let y = 0; y < IMAGE_SIDE; y++) {
        for (let x = 0; x < IMAGE_SIDE; x++) {
          for (let c = 0; c < 3; c++) if ((pixels[(y * IMAGE_SIDE + x) * 3 + c] ?? 0) > 0.5) on.push({ x, y, c });
        }
      }
      g.selectAll('rect')
        .data(on)
        .join('rect')
        .attr('x', (d) => d.x * PX)
        .attr('y', (d) => d.y * PX)
        .attr('width', PX - 1)
        .attr('height', PX - 1)
        .attr('fill', (d) => CHANNEL_FILL[d.c] ?? '#888');
    },
    destroy() {
      svg.selectAll('*').remove();
    },
  };
}
