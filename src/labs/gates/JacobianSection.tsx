import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Values } from '../../app/url-state.ts';
import { labGatesCatalogue as cat } from '../../i18n/catalogues/lab-gates.ts';
import { useT } from '../../i18n/useT.ts';
import type { Curve, JacobianCell } from '../../views/gates/jacobian/curves.ts';
import { JacobianPlot } from '../../views/gates/jacobian/JacobianPlot.tsx';
import type { GATES_SCHEMA } from './params.ts';
import { Section } from './Section.tsx';
import { JACOBIAN_CELLS, JACOBIAN_UPDATES, useJacobianRuns } from './useJacobianRuns.ts';

/** Distances the text alternative reads out. */
const SPOKEN = [10, 50, 150];

/** True from the first time the element comes within a screen of the viewport (at once where that cannot be observed). */
function useNearViewport(ref: RefObject<HTMLElement | null>): boolean {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = ref.current;
    if (near || el === null) return;
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '100% 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [ref, near]);
  return near;
}

/** The simple LSTM's identity path against the LSTM and the plain cell: three live runs, one log plot. */
export function JacobianSection({ p, text, passage }: { p: Values<typeof GATES_SCHEMA>; text: string; passage: string }) {
  const t = useT(cat);
  const anchor = useRef<HTMLDivElement | null>(null);
  const runs = useJacobianRuns(p, text, passage, useNearViewport(anchor));
  const names = useMemo<Record<JacobianCell, string>>(() => ({ lstm_simple: t('jac.simple'), lstm: t('jac.lstm'), rnn: t('jac.rnn') }), [t]);
  const axes = useMemo(() => ({ x: t('jac.x'), y: t('jac.y') }), [t]);
  const curves = useMemo(() => JACOBIAN_CELLS.map((c) => runs.curves[c]).filter((c): c is Curve => c !== undefined), [runs.curves]);
  const values = SPOKEN.filter((d) => curves.some((c) => d < c.value.length))
    .map((d) => t('jac.at', { d, list: curves.map((c) => `${names[c.cell]} ${(c.value[d] ?? Number.NaN).toExponential(1)}`).join(', ') }))
    .join(' ');
  return (
    <Section id="gates-jacobian" title={t('s.jac.title')} look={t('s.jac.look')} tryIt={t('s.jac.try')} notice={t('s.jac.notice', { sqrt: Math.sqrt(p.hidden).toFixed(1) })}>
      <div className="gates-row" ref={anchor}>
        <button type="button" className="btn" disabled={!runs.ready || runs.busy} onClick={runs.train}>
          {t('jac.train', { n: JACOBIAN_UPDATES })}
        </button>
        <span className="num" data-testid="jacobian-step" aria-live="polite">
          {runs.ready ? t('jac.step', { step: runs.step }) : t('jac.waiting')}
        </span>
      </div>
      <JacobianPlot curves={curves} names={names} axes={axes} label={t('jac.desc', { values })} />
    </Section>
  );
}
