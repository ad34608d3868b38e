// The forecasting and captioning tasks through the worker core on the real
// engine: their frames carry typed readouts whose arrays are transferred, the
// dense baseline keeps step with the recurrent trainer, and the test errors
// come from the fold's own test span.
import { afterEach, describe, expect, it } from 'vitest';
import { captionRunConfig } from '../../src/labs/applications/captions/useCaptionRun.ts';
import { forecastRunConfig } from '../../src/labs/applications/forecast/useForecastCv.ts';
import { harness, isStatus } from './harness.ts';
import type { Harness } from './harness.ts';

let h: Harness | null = null;
afterEach(() => {
  h?.core.dispose();
  h = null;
});

describe('applications readouts (forecast, caption)', () => {
  it('forecast frames carry the fold’s errors, the drawn window and its hidden states, dense in lockstep', async () => {
    h = harness();
    const { core, frames, next, events, transfers } = h;
    core.handle({ type: 'configure', runId: 1, config: forecastRunConfig(1, 0.01, 'lstm', 2) });
    const first = frames().at(-1);
    expect(first?.readout?.kind === 'forecast' && first.readout.denseStep).toBe(0);
    core.handle({ type: 'train', train: { mode: 'steps', steps: 30 } });
    await next(isStatus('done'));
    await new Promise((r) => setTimeout(r, 50));
    const last = frames().findLast((f) => f.readout?.kind === 'forecast' && f.readout.denseStep === f.step);
    const r = last?.readout?.kind === 'forecast' ? last.readout : undefined;
    expect(last?.step).toBe(30);
    expect(r?.fold).toBe(2);
    expect(r?.errors).toHaveLength(4);
    for (const e of r?.errors ?? []) expect(Number.isFinite(e) && e > 0).toBe(true);
    // history (32 × 4) then truth and four forecasts (4 × 4 each)
    expect(r?.curves).toHaveLength(32 * 4 + 5 * 16);
    expect(r?.states).toHaveLength(32 * 16);
    expect(r?.cellState).toHaveLength(16);
    const k = events.lastIndexOf(last as (typeof events)[number]);
    expect(transfers[k]).toContain(r?.curves.buffer);
    expect(transfers[k]).toContain(r?.states.buffer);
  });

  it('caption frames carry the shown held-out captions and accuracies in [0, 1]', async () => {
    h = harness();
    const { core, frames, next } = h;
    core.handle({ type: 'configure', runId: 1, config: captionRunConfig('ar', 'gru', 1, 0.01) });
    core.handle({ type: 'train', train: { mode: 'steps', steps: 5 } });
    await next(isStatus('done'));
    const r = frames().findLast((f) => f.readout?.kind === 'caption')?.readout;
    const c = r?.kind === 'caption' ? r : undefined;
    expect(c?.captions).toHaveLength(6);
    for (const a of c?.accuracy ?? []) expect(a >= 0 && a <= 1).toBe(true);
    // Arabic words only (or nothing yet)
    for (const caption of c?.captions ?? []) expect(/^[\u0600-\u06FF ]*$/.test(caption), caption).toBe(true);
  });
});
