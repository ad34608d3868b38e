import { useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import 'katex/dist/katex.min.css';
import { useT } from '../../i18n/useT.ts';
import { viewsUnrolled } from '../../i18n/catalogues/views-unrolled.ts';
import { viewsBille } from '../../i18n/catalogues/views-bille.ts';
import type { BilleFrame } from '../bille/types.ts';
import type { UnrolledFrame } from '../unrolled-graph/types.ts';
import { createEquationPanel, type EquationPanel } from './equationPanel.ts';
import { billeEquations, unrolledEquations, type EquationSet, type UnrolledEquationConfig } from './tex.ts';
import './equations.css';

export interface EquationsHandle<F> {
  update(frame: F | null): void;
}

/** Mounts the panel once and returns a function that renders the latest frame into it. */
function usePanel<F>(build: (f: F | null) => EquationSet, messages: (s: EquationSet) => string | null, frame: F | null | undefined, ref?: Ref<EquationsHandle<F>>) {
  const el = useRef<HTMLDivElement | null>(null);
  const panel = useRef<EquationPanel | null>(null);
  const latest = useRef<F | null>(frame ?? null);
  // Typesetting is the costly part of a step: off screen, the lines wait until they are scrolled to.
  const visible = useRef(true);
  const stale = useRef(false);
  const draw = useRef<() => void>(() => {});
  draw.current = () => {
    if (!visible.current) {
      stale.current = true;
      return;
    }
    stale.current = false;
    const set = build(latest.current);
    panel.current?.update(set.lines, messages(set));
  };
  useLayoutEffect(() => {
    if (!el.current) return;
    panel.current = createEquationPanel(el.current);
    draw.current();
    return () => panel.current?.destroy();
  }, []);
  useEffect(() => {
    const node = el.current;
    if (!node || typeof IntersectionObserver === 'undefined') return;
    const io = new IntersectionObserver(
      (entries) => {
        visible.current = entries.some((e) => e.isIntersecting);
        if (visible.current && stale.current) draw.current();
      },
      // A margin, so lines are ready a little before they scroll into view.
      { rootMargin: '200px 0px' },
    );
    io.observe(node);
    return () => io.disconnect();
  }, []);
  useImperativeHandle(ref, () => ({ update: (f) => ((latest.current = f), draw.current()) }), []);
  useEffect(() => {
    if (frame !== undefined) latest.current = frame;
    draw.current();
  });
  return el;
}

export interface UnrolledEquationsProps {
  config: UnrolledEquationConfig;
  frame?: UnrolledFrame | null;
  ref?: Ref<EquationsHandle<UnrolledFrame>>;
}

/** a_t, h_t, o_t, ŷ_t and the losses of the current step, with the numbers substituted. */
export function UnrolledEquations({ config, frame, ref }: UnrolledEquationsProps) {
  const t = useT(viewsUnrolled);
  const el = usePanel<UnrolledFrame>(
    (f) => unrolledEquations(f, config),
    (s) => (s.status === 'waiting' ? t('eqWaiting') : s.status === 'no-output' ? t('eqNoOutput') : null),
    frame,
    ref,
  );
  return (
    <section className="eq-figure" aria-label={t('eqLabel', { step: config.currentStep + 1 })}>
      <h3>{t('eqTitle', { step: config.currentStep + 1 })}</h3>
      <div ref={el} dir="ltr" />
    </section>
  );
}

export interface BilleEquationsProps {
  /** 0-based generation step */
  step: number;
  frame?: BilleFrame | null;
  ref?: Ref<EquationsHandle<BilleFrame>>;
}

/** h_t = tanh(W_h [h_{t−1}; x_t] + b_h), o_t = W_o h_t + b_o with the actual 3 x 7 and 4 x 3 matrices. */
export function BilleEquations({ step, frame, ref }: BilleEquationsProps) {
  const t = useT(viewsBille);
  const el = usePanel<BilleFrame>(
    (f) => billeEquations(f, step),
    (s) => (s.status === 'waiting' ? t('eqWaiting') : null),
    frame,
    ref,
  );
  return (
    <section className="eq-figure" aria-label={t('eqLabel', { step: step + 1 })}>
      <div ref={el} dir="ltr" />
    </section>
  );
}
