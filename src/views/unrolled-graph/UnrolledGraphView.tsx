import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useT } from '../../i18n/useT.ts';
import { viewsUnrolled, type ViewsUnrolledKey } from '../../i18n/catalogues/views-unrolled.ts';
import { keepInView } from '../shared/scroll.ts';
import { useChart, useReducedMotion } from '../shared/useChart.ts';
import { ScaleLegend } from '../vector-bars/ScaleLegend.tsx';
import { createUnrolledGraph } from './unrolledGraph.ts';
import { WeightChips } from './WeightChips.tsx';
import type { TaskShape, UnrolledConfig, UnrolledFrame, WeightKey } from './types.ts';
import '../shared/views.css';
import './unrolled-graph.css';

export interface UnrolledGraphHandle {
  /** Draw a new frame; cheap enough for every animation frame. */
  update(frame: UnrolledFrame | null): void;
}

export interface UnrolledGraphViewProps {
  config: UnrolledConfig;
  /** optional data for static use; live telemetry goes through ref.update */
  frame?: UnrolledFrame | null;
  ref?: Ref<UnrolledGraphHandle>;
}

const CAPTION: Record<TaskShape, ViewsUnrolledKey> = {
  'one-to-one': 'captionOneToOne',
  'one-to-many': 'captionOneToMany',
  'many-to-one': 'captionManyToOne',
  'many-to-many': 'captionManyToMany',
  'encoder-decoder': 'captionEncoderDecoder',
};

export function UnrolledGraphView({ config, frame, ref }: UnrolledGraphViewProps) {
  const t = useT(viewsUnrolled);
  const reduced = useReducedMotion();
  const [lit, setLit] = useState<WeightKey | null>(null);
  const [pinned, setPinned] = useState<WeightKey | null>(null);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const { elRef, chartRef } = useChart<SVGSVGElement, ReturnType<typeof createUnrolledGraph>>(
    (el) => createUnrolledGraph(el, { config, t, reducedMotion: reduced, onWeightHover: setLit }),
    containerRef,
  );
  useImperativeHandle(ref, () => ({ update: (f) => chartRef.current?.update(f) }), [chartRef]);
  useEffect(() => chartRef.current?.setConfig(config), [chartRef, config]);
  useEffect(() => chartRef.current?.setOptions({ t, reducedMotion: reduced }), [chartRef, t, reduced]);
  useEffect(() => {
    if (frame !== undefined) chartRef.current?.update(frame);
  }, [chartRef, frame]);
  useEffect(() => chartRef.current?.highlightWeight(lit), [chartRef, lit]);
  useEffect(() => chartRef.current?.highlightWeight(pinned, true), [chartRef, pinned]);
  useEffect(() => keepInView(containerRef.current, chartRef.current?.stepExtent(config.currentStep) ?? null, reduced), [chartRef, config, reduced]);

  return (
    <figure className="view-figure unrolled-view" aria-label={t('figureLabel')}>
      <WeightChips shape={config.shape} highlighted={lit} pinned={pinned} onHighlight={setLit} onPin={setPinned} />
      <div ref={containerRef} className="view-scroll" dir="ltr">
        <svg ref={elRef} />
      </div>
      <div className="ug-legends">
        <ScaleLegend kind="signed" label={t('legendSigned')} />
        <ScaleLegend kind="unit" label={t('legendUnit')} />
        {config.mode === 'backward' ? <ScaleLegend kind="gradient" label={t('legendGradient')} /> : null}
      </div>
      <figcaption className="view-caption">{t(CAPTION[config.shape])}</figcaption>
      <p className="view-visually-hidden">{t('keyboardHint')}</p>
    </figure>
  );
}
