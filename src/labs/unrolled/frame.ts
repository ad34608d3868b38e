import type { ParamSnapshot, TelemetrySnapshot } from '../../worker/protocol.ts';
import type { ShapeExample } from '../../worker/shape-tasks.ts';
import { unrolledFrameFromTelemetry, unrolledWeightsFromParams } from '../../views/unrolled-graph/fromTelemetry.ts';
import type { UnrolledFrame } from '../../views/unrolled-graph/types.ts';

// The graph's frame from one of the worker's telemetry snapshots and the
// example it was computed on. The arrays stay views of the snapshot's (no
// copy per animation frame); inputs, labels and targets come from the example.

/** The one-hot inputs x_t of an example, [t][i]. */
export function oneHotInputs(ex: ShapeExample): Float64Array {
  const I = ex.inputVocab.length;
  const x = new Float64Array(ex.steps * I);
  ex.inputs.forEach((id, t) => {
    x[t * I + id] = 1;
  });
  return x;
}

/**
 * Rows of the engine's outputs the graph draws: a per-step head scores every
 * step, but the encoder-decoder draws only its decoder steps.
 */
function outputRows(ex: ShapeExample): { first: number; count: number } {
  const first = ex.head === 'per_step' ? (ex.outputSteps[0] ?? 0) : 0;
  return { first, count: ex.outputSteps.length };
}

/**
 * The frame for the graph and the equations, or null when the snapshot is not
 * of this example (a frame of the previous network, before the new one is ready).
 * `weights` must be the parameters the pass was computed with, or null.
 */
export function unrolledFrame(tel: TelemetrySnapshot, ex: ShapeExample, weights: readonly ParamSnapshot[] | null, x: Float64Array = oneHotInputs(ex)): UnrolledFrame | null {
  const K = ex.outputVocab.length;
  if (tel.steps !== ex.steps || tel.outputSize !== K) return null;
  const { first, count } = outputRows(ex);
  const frame = unrolledFrameFromTelemetry(tel, {
    inputLabels: ex.inputs.map((id) => ex.inputVocab[id] ?? ''),
    outputLabels: ex.outputVocab,
    x,
    inputSize: ex.inputVocab.length,
    scoredSteps: count,
    targets: ex.head === 'per_step' ? ex.outputSteps.map((t) => ex.targets[t] ?? -1) : ex.targets,
    whhContrib: tel.whhContrib.subarray(0, ex.steps),
    weights: weights ? unrolledWeightsFromParams(weights) : null,
  });
  if (first === 0) return frame;
  return {
    ...frame,
    logits: tel.logits.subarray(first * K, (first + count) * K),
    probs: tel.probs.subarray(first * K, (first + count) * K),
    stepLoss: tel.stepLoss.subarray(first, first + count),
  };
}
