// The Telemetry view (api.ts) over buffers the passes write anyway: the
// stack's h, c and gate caches, the head's logits, probabilities and step
// losses, the top stream's ‖∂L/∂h_t‖. Nothing is copied to record it.

import type { Telemetry } from './api.ts';
import type { Head } from './head.ts';
import type { RecurrentStack } from './stack.ts';

export function createTelemetry(stack: RecurrentStack, head: Head, paramCount: number): Telemetry {
  const withC = stack.c.length > 0;
  return {
    steps: 0,
    maxSteps: stack.maxSteps,
    layers: stack.layers,
    directions: stack.dirs,
    hiddenSize: stack.H,
    outputSize: head.K,
    h: stack.h,
    c: withC ? stack.c : null,
    gates: stack.gates,
    logits: head.logits,
    probs: head.probs,
    stepLoss: head.stepLoss,
    dLdh: stack.top.dhNorm ?? new Float64Array(stack.maxSteps),
    whhContrib: stack.top.whhContrib ?? new Float64Array(stack.maxSteps),
    dhTdh: new Float64Array(stack.maxSteps),
    dcTdc: withC ? new Float64Array(stack.maxSteps) : null,
    paramGradNorms: new Float64Array(paramCount),
    gradNormBefore: 0,
    gradNormAfter: 0,
  };
}
