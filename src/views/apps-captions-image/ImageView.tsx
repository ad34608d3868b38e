import { useEffect, useRef } from 'react';
import { createImageView, type ImageView as View } from './image-view.ts';

/** React shell of one tiny image; `label` is its text alternative (the true caption). */
export function ImageView({ pixels, label }: { pixels: Float64Array; label: string }) {
  const ref = useRef<SVGSVGElement>(null);
  const view = useRef<View | null>(null);
  useEffect(() => {
    if (ref.current === null) return;
    const v = createImageView(ref.current);
    view.current = v;
    return () => v.destroy();
  }, []);
  useEffect(() => view.current?.update(pixels), [pixels]);
  return <svg ref={ref} role="img" aria-label={label} />;
}
