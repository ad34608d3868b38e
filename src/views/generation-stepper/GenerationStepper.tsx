import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { useT } from '../../i18n/useT.ts';
import { viewsBille } from '../../i18n/catalogues/views-bille.ts';
import type { BilleFrame } from '../bille/types.ts';
import { useChart } from '../shared/useChart.ts';
import { createGenerationStepper } from './generationStepper.ts';
import '../shared/views.css';
import './generation-stepper.css';

export interface GenerationStepperHandle {
  update(frame: BilleFrame | null): void;
}

export interface GenerationStepperProps {
  /** number of generation steps (the buttons' range) */
  steps: number;
  /** controlled 0-based step; leave out to let the stepper keep its own */
  step?: number;
  onStepChange?: (step: number) => void;
  frame?: BilleFrame | null;
  ref?: Ref<GenerationStepperHandle>;
}

export function GenerationStepper({ steps, step: controlled, onStepChange, frame, ref }: GenerationStepperProps) {
  const t = useT(viewsBille);
  const [own, setOwn] = useState(0);
  const step = Math.max(0, Math.min(steps - 1, controlled ?? own));
  const go = (s: number) => {
    const next = Math.max(0, Math.min(steps - 1, s));
    setOwn(next);
    onStepChange?.(next);
  };
  // The chart is built once; it calls the latest `go` through this ref.
  const goRef = useRef(go);
  useLayoutEffect(() => {
    goRef.current = go;
  });
  const containerRef = useRef<HTMLDivElement | null>(null);
  const { elRef, chartRef } = useChart<SVGSVGElement, ReturnType<typeof createGenerationStepper>>(
    (el) => createGenerationStepper(el, { t, step, onStep: (s) => goRef.current(s) }),
    containerRef,
  );
  useImperativeHandle(ref, () => ({ update: (f) => chartRef.current?.update(f) }), [chartRef]);
  useEffect(() => chartRef.current?.setStep(step), [chartRef, step]);
  useEffect(() => chartRef.current?.setOptions({ t }), [chartRef, t]);
  useEffect(() => {
    if (frame !== undefined) chartRef.current?.update(frame);
  }, [chartRef, frame]);

  return (
    <figure className="view-figure gs-view" aria-label={t('stepperLabel')}>
      {/* Left to right on every page, like the time axis of the chart below. */}
      <div className="gs-controls" role="group" aria-label={t('stepperLabel')} dir="ltr">
        <button type="button" className="view-button" onClick={() => go(0)} disabled={step === 0} aria-label={t('first')}>⏮</button>
        <button type="button" className="view-button" onClick={() => go(step - 1)} disabled={step === 0}>{t('previous')}</button>
        <button type="button" className="view-button" onClick={() => go(step + 1)} disabled={step >= steps - 1}>{t('next')}</button>
        <button type="button" className="view-button" onClick={() => go(steps - 1)} disabled={step >= steps - 1} aria-label={t('last')}>⏭</button>
        {/* Announced politely, but not a second role=status: the lab's status line is the page's one. */}
        <span className="gs-status" aria-live="polite" dir="auto">{t('stepOf', { step: step + 1, steps })}</span>
      </div>
      <div ref={containerRef} className="view-scroll" dir="ltr">
        <svg ref={elRef} />
      </div>
      <p className="view-caption">{t('stepperHint')}</p>
    </figure>
  );
}
