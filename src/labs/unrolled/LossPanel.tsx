import { memo, useState } from 'react';
import { controlsCatalogue } from '../../i18n/catalogues/controls.ts';
import { useT } from '../../i18n/useT.ts';
import { selectTheme } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import type { TelemetryBuffer } from '../../state/telemetry.ts';
import { LossChart } from '../../views/loss-chart/LossChart.tsx';

/** The training curve under the graph: the loss of the one example, update after update. */
export const LossPanel = memo(function LossPanel({ buffer }: { buffer: TelemetryBuffer }) {
  const tc = useT(controlsCatalogue);
  const theme = useStore(selectTheme);
  const [logScale, setLogScale] = useState(false);
  return (
    <section className="panel ur-loss" aria-labelledby="ur-loss-heading">
      <div className="panel__head">
        <h2 id="ur-loss-heading" className="panel__title">
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
