// Copies of engine state that can leave the worker. The engine writes its
// telemetry into buffers allocated once; posting those would either copy them
// anyway or, if transferred, detach them from the engine. So each frame gets
// fresh arrays, and the list of their buffers for postMessage's transfer list.

import type { Model, Telemetry } from '../engine/api.ts';
import { assertNever } from './protocol.ts';
import type { Event, FrameEvent, LossChunk, OwnedFloats, ParamSnapshot, TelemetrySnapshot } from './protocol.ts';

export function copyTelemetry(t: Telemetry | TelemetrySnapshot): TelemetrySnapshot {
  const gates: TelemetrySnapshot['gates'] = {};
  for (const [name, values] of Object.entries(t.gates) as [keyof TelemetrySnapshot['gates'], OwnedFloats][]) {
    gates[name] = values.slice();
  }
  return {
    steps: t.steps,
    maxSteps: t.maxSteps,
    layers: t.layers,
    directions: t.directions,
    hiddenSize: t.hiddenSize,
    outputSize: t.outputSize,
    h: t.h.slice(),
    c: t.c === null ? null : t.c.slice(),
    gates,
    logits: t.logits.slice(),
    probs: t.probs.slice(),
    stepLoss: t.stepLoss.slice(),
    dLdh: t.dLdh.slice(),
    whhContrib: t.whhContrib.slice(),
    dhTdh: t.dhTdh.slice(),
    dcTdc: t.dcTdc === null ? null : t.dcTdc.slice(),
    paramGradNorms: t.paramGradNorms.slice(),
    gradNormBefore: t.gradNormBefore,
    gradNormAfter: t.gradNormAfter,
  };
}

export function copyParams(model: Model): ParamSnapshot[] {
  return model.params.map((p) => ({ name: p.name, rows: p.rows, cols: p.cols, w: p.w.slice() }));
}

function telemetryBuffers(t: TelemetrySnapshot, out: ArrayBuffer[]): void {
  out.push(t.h.buffer, t.logits.buffer, t.probs.buffer, t.stepLoss.buffer, t.dLdh.buffer, t.whhContrib.buffer, t.dhTdh.buffer);
  out.push(t.paramGradNorms.buffer);
  if (t.c !== null) out.push(t.c.buffer);
  if (t.dcTdc !== null) out.push(t.dcTdc.buffer);
  for (const g of Object.values(t.gates)) out.push(g.buffer);
}

function chunkBuffers(c: LossChunk, out: ArrayBuffer[]): void {
  out.push(c.step.buffer, c.loss.buffer, c.gradNorm.buffer);
}

function frameBuffers(f: FrameEvent, out: ArrayBuffer[]): void {
  telemetryBuffers(f.telemetry, out);
  chunkBuffers(f.history, out);
  for (const p of f.params) out.push(p.w.buffer);
  if (f.readout !== undefined) {
    for (const v of Object.values(f.readout)) if (v instanceof Float64Array) out.push(v.buffer as ArrayBuffer);
  }
  if (f.spectrum !== null) out.push(f.spectrum.re.buffer, f.spectrum.im.buffer);
}

/**
 * The buffers an event owns, to transfer rather than copy. Every array in an
 * event is created for that event alone, so no buffer appears twice and none
 * is still used by the engine.
 */
export function transferList(event: Event): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  switch (event.type) {
    case 'frame':
      frameBuffers(event, out);
      break;
    case 'generated':
      out.push(event.probs.buffer);
      break;
    case 'evaluated':
      out.push(event.stepLogProbs.buffer);
      telemetryBuffers(event.telemetry, out);
      for (const p of event.params ?? []) out.push(p.w.buffer);
      break;
    case 'ready':
    case 'status':
    case 'diverged':
    case 'failed':
    case 'pong':
      break;
    default:
      return assertNever(event, 'event');
  }
  return out;
}
