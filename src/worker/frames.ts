// Assembles frames: the latest training pass's telemetry, the curve since the
// previous frame, the weights, and the extras (Jacobian norms, greedy sample,
// spectrum) when the cost gate allows them.
//
// The model has one set of telemetry buffers, and requests (generate,
// evaluate) and the greedy sample run their own forward passes through it.
// So before anything else overwrites it, the training pass is copied aside
// (`saved`); frames are built from that copy until the next update.

import type { Sample } from '../engine/api.ts';
import { createCostGate } from './cost-gate.ts';
import type { GateMode } from './cost-gate.ts';
import { createLossDecimator } from './history.ts';
import type { FrameEvent, SpectrumSnapshot, TaskReadout, TelemetrySnapshot } from './protocol.ts';
import type { Run } from './run.ts';
import { copyParams, copyTelemetry } from './snapshot.ts';

export interface FrameHead {
  runId: number;
  loss: number;
  stepsPerSecond: number;
}

export interface BuiltFrame {
  frame: FrameEvent;
  /** false when an extra was skipped as too costly: a 'complete' frame should follow */
  complete: boolean;
}

export interface FrameBuilder {
  /** a forward pass on `sample` is in model.telemetry (configure's first look) */
  looked(sample: Sample): void;
  /** an update on `sample` happened; its pass is in model.telemetry */
  trained(sample: Sample, step: number, loss: number, gradNorm: number): void;
  /** call before a request overwrites model.telemetry */
  protect(r: Run, mode: GateMode): void;
  build(r: Run, head: FrameHead, mode: GateMode): BuiltFrame;
  /** a new run */
  reset(): void;
}

export function createFrameBuilder(now: () => number): FrameBuilder {
  const gate = createCostGate(now);
  const history = createLossDecimator();
  // null: model.telemetry itself holds the latest training pass
  let saved: TelemetrySnapshot | null = null;
  let jacobianFresh = false;
  let lastSample: Sample | null = null;
  let previewFor = -1;
  let preview: string | null = null;
  let readout: TaskReadout | null = null;
  let spectrumFor = -1;
  let spectrum: SpectrumSnapshot | null = null;

  function save(r: Run, mode: GateMode): TelemetrySnapshot {
    if (saved === null) {
      // When skipped, dhTdh keeps the values of an earlier pass until a complete frame.
      jacobianFresh = gate.tryRun('jacobian', mode, () => r.model.computeJacobianNorms());
      saved = copyTelemetry(r.model.telemetry);
    } else if (!jacobianFresh && mode === 'complete' && lastSample !== null) {
      // A request may have replaced the forward pass the Jacobians are taken along: redo it.
      const kept = saved;
      r.model.loss(lastSample);
      r.model.computeJacobianNorms();
      const t = r.model.telemetry;
      kept.dhTdh.set(t.dhTdh);
      if (kept.dcTdc !== null && t.dcTdc !== null) kept.dcTdc.set(t.dcTdc);
      jacobianFresh = true;
    }
    return saved;
  }

  function invalidate(sample: Sample): void {
    saved = null;
    jacobianFresh = false;
    lastSample = sample;
  }

  return {
    looked: invalidate,
    trained(sample, step, loss, gradNorm) {
      invalidate(sample);
      history.push(step, loss, gradNorm);
    },
    protect(r, mode) {
      save(r, mode);
    },
    build(r, head, mode) {
      const step = r.trainer.step;
      const telemetry = copyTelemetry(save(r, mode));
      // The task's readout shares the preview's budget: both are forward passes on the task's own inputs.
      const look = () => {
        preview = r.preview();
        readout = r.readout?.() ?? null;
      };
      if (previewFor !== step && gate.tryRun('preview', mode, look)) previewFor = step;
      if (spectrumFor !== step && gate.tryRun('spectrum', mode, () => (spectrum = r.spectrum()))) spectrumFor = step;
      const frame: FrameEvent = {
        type: 'frame',
        runId: head.runId,
        step,
        loss: head.loss,
        stepsPerSecond: head.stepsPerSecond,
        history: history.drain(),
        sample: preview,
        // a deep copy: the readout may be reused by the next frame, and this one's buffers are transferred
        ...(readout !== null && { readout: structuredClone(readout) }),
        telemetry,
        params: copyParams(r.model),
        spectrum: spectrum === null ? null : { ...spectrum, re: spectrum.re.slice(), im: spectrum.im.slice() },
      };
      return { frame, complete: jacobianFresh && previewFor === step && spectrumFor === step };
    },
    reset() {
      gate.reset();
      history.drain();
      saved = null;
      jacobianFresh = false;
      lastSample = null;
      previewFor = -1;
      preview = null;
      readout = null;
      spectrumFor = -1;
      spectrum = null;
    },
  };
}
