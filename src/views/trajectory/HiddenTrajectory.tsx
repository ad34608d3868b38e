import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { useT } from '../../i18n/useT.ts';
import { viewsBille } from '../../i18n/catalogues/views-bille.ts';
import { useChart, useReducedMotion } from '../shared/useChart.ts';
import { createTrajectory, type TrajectoryData } from './trajectory.ts';
import '../shared/views.css';
import './trajectory.css';

export interface HiddenTrajectoryHandle {
  update(data: TrajectoryData | null): void;
}

export interface HiddenTrajectoryProps {
  data?: TrajectoryData | null;
  ref?: Ref<HiddenTrajectoryHandle>;
}

/** h_1 … h_T as a rotatable 3-D path (one small plot per unit when the hidden size is not 3). */
export function HiddenTrajectory({ data, ref }: HiddenTrajectoryProps) {
  const t = useT(viewsBille);
  const reduced = useReducedMotion();
  const containerRef = useRef<HTMLDivElement | null>(null);
  const { elRef, chartRef } = useChart<SVGSVGElement, ReturnType<typeof createTrajectory>>(
    (el) => createTrajectory(el, { t, reducedMotion: reduced }),
    containerRef,
  );
  useImperativeHandle(ref, () => ({ update: (d) => chartRef.current?.update(d) }), [chartRef]);
  useEffect(() => chartRef.current?.setOptions({ t, reducedMotion: reduced }), [chartRef, t, reduced]);
  useEffect(() => {
    if (data !== undefined) chartRef.current?.update(data);
  }, [chartRef, data]);
  const threeD = !data || data.hiddenSize === 3;

  return (
    <figure className="view-figure tj-view" aria-label={t('trajLabel')}>
      <div ref={containerRef} className="tj-canvas" dir="ltr">
        <svg ref={elRef} />
      </div>
      {threeD ? (
        <div className="tj-controls">
          <button type="button" className="view-button" onClick={() => chartRef.current?.resetView()}>
            {t('trajReset')}
          </button>
          <p className="view-caption">{t('trajHint')}</p>
        </div>
      ) : (
        <p className="view-caption">{t('trajUnits')}</p>
      )}
    </figure>
  );
}
