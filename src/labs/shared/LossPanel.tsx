import { memo, useId, useState } from 'react';
import { controlsCatalogue } from '../../i18n/catalogues/controls.ts';
import { useT } from '../../i18n/useT.ts';
import { selectTheme } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import type { TelemetryBuffer } from '../../state/telemetry.ts';
import { LossChart } from '../../views/loss-chart/LossChart.tsx';

/** The training curve every lab shows: the loss, update after update, with a log-scale switch. */
export const LossPanel = memo(function LossPanel({ buffer, className }: { buffer: TelemetryBuffer; className?: string }) {
  const tc = useT(controlsCatalogue);
  const theme = useStore(selectTheme);
  const [logScale, setLogScale] = useState(false);
  const headingId = useId();
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={headingId}>
      <div className="panel__head">
        <h2 id={headingId} className="panel__title">
          {tc('lossChart')}
        </h2>
        <label className="check">
          <input type="checkbox" checked={logScale} onChange={(e) => setLogScale(e.target.checked)} />
          {tc('logScale')}
        </label>
      </div>
      <LossChart
        buffer={buffer}
        logScale={logScale}
        theme={theme}
        label={tc('lossChartDesc')}
        labels={{ x: tc('axisStep'), y: tc('axisLoss'), empty: tc('lossChartEmpty') }}
      />
    </section>
  );
});
