import { memo, useRef, useState } from 'react';
import { useLang } from '../../../i18n/useT.ts';
import { useChart } from '../../shared/useChart.ts';
import { ChartFigure } from '../common/ChartFigure.tsx';
import { formatNumber as f } from '../common/format.ts';
import type { DataSource } from '../common/source.ts';
import { useSourceFrames, useThrottledValue } from '../common/useSource.ts';
import { createClipVector } from '../clip-vector/clip-vector.ts';
import { vectorStats, type ClipData } from './clip-data.ts';
import { useLabT } from '../common/useLabT.ts';

// One gradient, before and after clipping, in the plane (‖∇W_hh‖, ‖∇ rest‖).

// Memoised: the source is stable, so the section's own re-renders (status, progress) skip the view.
export const ClipVectorView = memo(function ClipVectorView(props: { source: DataSource<ClipData> }) {
  return <Inner key={useLang()} {...props} />;
});

function Inner({ source }: { source: DataSource<ClipData> }) {
  const t = useLabT();
  const [byValue, setByValue] = useState(false);
  const box = useRef<HTMLDivElement | null>(null);
  const { elRef, chartRef } = useChart<SVGSVGElement, ReturnType<typeof createClipVector>>(
    (el) =>
      createClipVector(el, {
        x: t('vector.x'),
        y: t('vector.y'),
        threshold: '‖g‖ = τ',
        before: t('vector.before'),
        after: t('vector.after'),
        byValue: t('vector.byValue'),
      }),
    box,
  );
  const byValueRef = useRef(byValue);
  const draw = (d: ClipData) => {
    if (d.slice) chartRef.current?.update({ before: d.slice, maxNorm: d.tau, showValueClip: byValueRef.current });
  };
  useSourceFrames(source, draw, box);
  const d = useThrottledValue(source);
  const v = d?.slice ? vectorStats(d.slice, d.tau) : null;
  return (
    <ChartFigure
      testId="clip-vector"
      narrow
      title={t('vector.title')}
      height={300}
      containerRef={box}
      svgRef={elRef}
      legend={[
        { id: 'before', label: t('vector.before'), color: 'var(--fg)', dash: '5 4' },
        { id: 'after', label: t('vector.after'), color: 'var(--accent)' },
        ...(byValue ? [{ id: 'value', label: t('vector.byValue'), color: 'var(--accent-2)', dash: '2 3' }] : []),
      ]}
      summary={
        v && d
          ? t(byValue ? 'vector.summaryValue' : 'vector.summary', {
              lb: f(v.lengthBefore),
              la: f(v.lengthAfter),
              ab: f(v.angleBefore),
              aa: f(v.angleAfter),
              av: f(v.angleByValue),
              tau: f(d.tau),
            })
          : t('clip.notYet')
      }
    >
      <label className="gr-check">
        <input
          type="checkbox"
          checked={byValue}
          onChange={(e) => {
            setByValue(e.target.checked);
            byValueRef.current = e.target.checked;
            const cur = source.read();
            if (cur) draw(cur);
          }}
        />
        <span>{t('vector.showByValue')}</span>
      </label>
      <p className="view-caption">{t('vector.compressed')}</p>
    </ChartFigure>
  );
}
