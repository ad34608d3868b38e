// The fused passes' softmax head written out for a small output and hidden
// size (fused.ts; the idea and the rules are those of cells/written-out.ts).
// In the first lessons' nets (4 letters, 3 hidden units) the head does as
// much work per step as the cell. Each kernel does exactly what FusedPasses'
// general headStep and headStepBack do, in the same order, so the results are
// the same to the last bit (tests/engine/fused.test.ts).

import { expInto, MAX_WRITTEN_OUT } from './cells/written-out.ts';
import { EXP_TABLES } from './fastmath.ts';

/** Output sizes up to this get a written-out head (with H ≤ MAX_WRITTEN_OUT). */
export const MAX_WRITTEN_OUT_K = 16;

/** What the head kernels read and write, fixed for a model's life. */
export interface HeadArrays {
  /** W_o (K x H), b_o, and their gradients */
  readonly W: Float64Array;
  readonly b: Float64Array;
  readonly dW: Float64Array;
  readonly db: Float64Array;
  /** the layer's states, [t][unit] from 0 */
  readonly h: Float64Array;
  readonly logits: Float64Array;
  readonly probs: Float64Array;
  readonly dLogits: Float64Array;
  readonly stepLoss: Float64Array;
  readonly targets: Int32Array;
  /** ∂L/∂h_t (out), what step t+1 sent back (in), and ‖∂L/∂h_t‖ per step */
  readonly dh: Float64Array;
  readonly dhNext: Float64Array;
  readonly dhNorm: Float64Array;
}

export interface HeadKernels {
  /** logits, probabilities and loss of step t; returns the loss */
  forward(t: number): number;
  /** ∂L/∂o_t = (ŷ_t - onehot(y_t))·invN, the head's gradients, ∂L/∂h_t and its norm */
  back(t: number, invN: number): void;
}

function forwardSource(K: number, H: number): string {
  let s = `const ho = t * ${H}; const o = t * ${K};\n`;
  for (let q = 0; q < H; q++) s += `const h${q} = h[ho + ${q}];\n`;
  s += 'let m = -Infinity;\n';
  for (let k = 0; k < K; k++) {
    let acc = '0';
    for (let q = 0; q < H; q++) acc = `${acc} + W[${k * H + q}] * h${q}`;
    s += `const a${k} = b[${k}] + (${acc}); m = Math.max(m, a${k});\n`;
  }
  let sum = '0';
  for (let k = 0; k < K; k++) {
    s += expInto(`e${k}`, `a${k} - m`);
    sum = `${sum} + e${k}`;
  }
  s += `const sum = ${sum}; const inv = 1 / sum;\n`;
  for (let k = 0; k < K; k++) s += `z[o + ${k}] = a${k}; p[o + ${k}] = e${k} * inv;\n`;
  s += 'const loss = Math.log(sum) + m - z[o + y[t]]; stepLoss[t] = loss; return loss;\n';
  return s;
}

function backSource(K: number, H: number): string {
  let s = `const ho = t * ${H}; const o = t * ${K}; const target = y[t];\n`;
  for (let q = 0; q < H; q++) s += `const h${q} = h[ho + ${q}];\n`;
  for (let k = 0; k < K; k++) s += `const d${k} = p[o + ${k}] * invN - (target === ${k} ? invN : 0); dz[o + ${k}] = d${k};\n`;
  for (let k = 0; k < K; k++) {
    s += `db[${k}] += d${k};`;
    for (let q = 0; q < H; q++) s += ` dW[${k * H + q}] += d${k} * h${q};`;
    s += '\n';
  }
  let sq = '0';
  for (let q = 0; q < H; q++) {
    let acc = '0';
    for (let k = 0; k < K; k++) acc = `${acc} + W[${k * H + q}] * d${k}`;
    s += `const v${q} = (${acc}) + dhNext[${q}]; dh[${q}] = v${q};\n`;
    sq = `${sq} + v${q} * v${q}`;
  }
  s += `dhNorm[t] = Math.sqrt(${sq});\n`;
  return s;
}

type Factory = (a: HeadArrays, power: Float64Array, fraction: Float64Array) => HeadKernels;

const factories = new Map<string, Factory | null>();

/** The written-out head for K outputs and H hidden units over `arrays`, or null (too large, or compiling code not allowed). */
export function writtenOutHead(K: number, H: number, arrays: HeadArrays): HeadKernels | null {
  if (K > MAX_WRITTEN_OUT_K || H > MAX_WRITTEN_OUT) return null;
  const key = `${K}/${H}`;
  if (!factories.has(key)) {
    let make: Factory | null;
    try {
      make = new Function(
        'a',
        'POWER',
        'FRACTION',
        'const { W, b, dW, db, h, logits: z, probs: p, dLogits: dz, stepLoss, targets: y, dh, dhNext, dhNorm } = a;\n' +
          `return {\nforward: function headForward${K}x${H}(t) {\n${forwardSource(K, H)}},\n` +
          `back: function headBack${K}x${H}(t, invN) {\n${backSource(K, H)}},\n};`,
      ) as Factory;
    } catch {
      make = null;
    }
    factories.set(key, make);
  }
  const make = factories.get(key)!;
  return make === null ? null : make(arrays, EXP_TABLES.power, EXP_TABLES.fraction);
}
