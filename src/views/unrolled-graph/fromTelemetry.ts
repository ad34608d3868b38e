// Adapters from the engine's buffers to the view's frame. They copy nothing:
// the frame's arrays are subarray views of the telemetry buffers, so the lab
// can build a frame once per animation frame at no cost.
import type { GateName, Param, Telemetry } from '../../engine/api.ts';
import type { GateKey, UnrolledFrame, UnrolledWeights } from './types.ts';

export interface FrameExtras {
  /** label of each step's input */
  inputLabels: readonly string[];
  /** vocabulary of the outputs, or null */
  outputLabels: readonly string[] | null;
  /** inputs x_t as [t][i] (one-hot rows for token ids), or null */
  x: Float64Array | null;
  inputSize: number;
  /** how many steps have an output (the rows of logits, probs and stepLoss) */
  scoredSteps: number;
  targets?: ArrayLike<number> | null;
  /** ‖δa_t h_{t−1}ᵀ‖ per step, when the engine provides it */
  whhContrib?: Float64Array | null;
  weights?: UnrolledWeights | null;
}

/** The fields read here: the engine's Telemetry and the worker's snapshot of it both fit. */
export type TelemetryLike = Pick<Telemetry, 'steps' | 'maxSteps' | 'layers' | 'directions' | 'hiddenSize' | 'outputSize' | 'h' | 'c' | 'gates' | 'logits' | 'probs' | 'stepLoss' | 'dLdh'>;

/** A parameter's values: the engine's Param or the worker's ParamSnapshot. */
export type ParamLike = Pick<Param, 'name' | 'rows' | 'cols' | 'w'>;

/** The top layer, forward direction: the stream the unrolled graph draws. */
export function unrolledFrameFromTelemetry(tel: TelemetryLike, extras: FrameExtras): UnrolledFrame {
  const H = tel.hiddenSize;
  const K = tel.outputSize;
  const T = tel.steps;
  const stream = (tel.layers - 1) * tel.directions;
  const start = stream * tel.maxSteps * H;
  const perStep = (a: Float64Array): Float64Array => a.subarray(start, start + T * H);
  const gates: Partial<Record<GateKey, Float64Array>> = {};
  for (const [name, buf] of Object.entries(tel.gates) as [GateName, Float64Array | undefined][]) {
    if (buf && buf.length > 0) gates[name] = perStep(buf);
  }
  const R = extras.scoredSteps;
  return {
    steps: T,
    hiddenSize: H,
    inputSize: extras.inputSize,
    outputSize: K,
    inputLabels: extras.inputLabels,
    outputLabels: extras.outputLabels,
    x: extras.x,
    h: perStep(tel.h),
    c: tel.c ? perStep(tel.c) : null,
    gates: Object.keys(gates).length > 0 ? gates : null,
    logits: tel.logits.subarray(0, R * K),
    probs: tel.probs.subarray(0, R * K),
    targets: extras.targets ?? null,
    stepLoss: tel.stepLoss.subarray(0, R),
    dLdh: tel.dLdh.subarray(0, T),
    whhContrib: extras.whhContrib ?? null,
    weights: extras.weights ?? null,
  };
}

/**
 * W_xh, W_hh, b = b_ih + b_hh, W_hy, c of a one-layer vanilla network, from the
 * model's parameters (PyTorch names). Returns null for other cells, whose
 * stacked gate matrices the equations do not write out.
 */
export function unrolledWeightsFromParams(params: readonly ParamLike[]): UnrolledWeights | null {
  const byName = new Map(params.map((p) => [p.name, p]));
  const wih = byName.get('rnn.weight_ih_l0');
  const whh = byName.get('rnn.weight_hh_l0');
  const bih = byName.get('rnn.bias_ih_l0');
  const bhh = byName.get('rnn.bias_hh_l0');
  const hw = byName.get('head.weight');
  const hb = byName.get('head.bias');
  if (!wih || !whh || !bih || !bhh || !hw || !hb) return null;
  // A vanilla cell has one block of rows: as many as the hidden size.
  if (whh.rows !== whh.cols) return null;
  const bh = new Float64Array(bih.w.length);
  for (let i = 0; i < bh.length; i++) bh[i] = (bih.w[i] ?? 0) + (bhh.w[i] ?? 0);
  return { Wxh: wih.w, Whh: whh.w, bh, Why: hw.w, by: hb.w };
}
