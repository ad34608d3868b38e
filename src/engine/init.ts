// Initial weights, chosen by PyTorch state_dict name. The default is
// PyTorch's (nn.RNN/LSTM/GRU: U(±1/√H) everywhere; nn.Linear: U(±1/√fan_in),
// which is what kaiming_uniform_(a=√5) reduces to; nn.Embedding: N(0, 1)).
// The other schemes change only what they name (see InitSpec in api.ts);
// gated cells get them per gate block, because each gate has its own H x H
// recurrent matrix in the maths, stacked (i f g o / r z n) only for storage.

import type { CellKind, InitSpec, ModelSpec, Param, Rng } from './api.ts';
import { orthogonal, spectralRadius } from './linalg.ts';

const INIT_KINDS = ['pytorch', 'gaussian', 'glorot', 'orthogonal', 'identity', 'echo_state'] as const;

/** Stacked gate blocks per cell: rows of W_ih / W_hh are G·H. */
export function gateCount(cell: CellKind): number {
  switch (cell) {
    case 'lstm':
      return 4;
    case 'gru':
      return 3;
    case 'rnn':
    case 'lstm_simple':
      return 1;
    default:
      throw new Error(`rnn.cell: expected one of rnn, lstm, lstm_simple, gru, got ${JSON.stringify(cell)}`);
  }
}

type ParamRole =
  | { kind: 'embedding' }
  | { kind: 'weight_ih'; layer: number }
  | { kind: 'weight_hh' }
  | { kind: 'bias_ih' }
  | { kind: 'bias_hh' }
  | { kind: 'head_weight' }
  | { kind: 'head_bias' };

const RNN_NAME = /^rnn\.(weight|bias)_(ih|hh)_l(\d+)(_reverse)?$/;

function roleOf(name: string): ParamRole {
  if (name === 'embedding.weight') return { kind: 'embedding' };
  if (name === 'head.weight') return { kind: 'head_weight' };
  if (name === 'head.bias') return { kind: 'head_bias' };
  const m = RNN_NAME.exec(name);
  if (m) {
    const which = `${m[1]}_${m[2]}`;
    if (which === 'weight_ih') return { kind: 'weight_ih', layer: Number(m[3]) };
    if (which === 'weight_hh') return { kind: 'weight_hh' };
    if (which === 'bias_ih') return { kind: 'bias_ih' };
    return { kind: 'bias_hh' };
  }
  throw new Error(
    `param name: expected embedding.weight, rnn.{weight,bias}_{ih,hh}_l<k>[_reverse], head.weight or head.bias, got ${JSON.stringify(name)}`,
  );
}

function inputWidth(spec: ModelSpec): number {
  switch (spec.input.kind) {
    case 'onehot':
      return spec.input.vocabSize;
    case 'embedding':
      return spec.input.embeddingDim;
    case 'dense':
      return spec.input.inputSize;
  }
}

/** The rows x cols each role must have under `spec`. */
function expectedShape(role: ParamRole, spec: ModelSpec): [number, number] {
  const h = spec.rnn.hiddenSize;
  const gh = gateCount(spec.rnn.cell) * h;
  const d = spec.rnn.bidirectional ? 2 : 1;
  switch (role.kind) {
    case 'embedding':
      if (spec.input.kind !== 'embedding') {
        throw new Error(`embedding.weight: the model's input is ${spec.input.kind}, which has no embedding`);
      }
      return [spec.input.vocabSize, spec.input.embeddingDim];
    case 'weight_ih':
      return [gh, role.layer === 0 ? inputWidth(spec) : d * h];
    case 'weight_hh':
      return [gh, h];
    case 'bias_ih':
    case 'bias_hh':
      return [gh, 1];
    case 'head_weight':
      return [spec.outputSize, d * h];
    case 'head_bias':
      return [spec.outputSize, 1];
  }
}

function checkPositive(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new Error(`${field}: expected a finite number > 0, got ${String(value)}`);
  }
  return value;
}

/** Checks the spec and fills in the optional fields' defaults. */
function normaliseInit(init: InitSpec): InitSpec {
  // The kind arrives from JSON (presets, URLs, the worker), so it is checked at run time.
  const kind: unknown = (init as { kind?: unknown }).kind;
  switch (init.kind) {
    case 'pytorch':
    case 'glorot':
      return init;
    case 'gaussian':
      return { kind: 'gaussian', scale: checkPositive('init.scale', init.scale) };
    case 'orthogonal':
      return { kind: 'orthogonal', gain: checkPositive('init.gain', init.gain ?? 1) };
    case 'identity':
      return { kind: 'identity', scale: checkPositive('init.scale', init.scale ?? 1) };
    case 'echo_state':
      return { kind: 'echo_state', spectralRadius: checkPositive('init.spectralRadius', init.spectralRadius) };
    default:
      throw new Error(`init.kind: expected one of ${INIT_KINDS.join(', ')}, got ${JSON.stringify(kind)}`);
  }
}

function fillUniform(w: Float64Array, from: number, to: number, bound: number, rng: Rng): void {
  for (let k = from; k < to; k++) w[k] = bound * (2 * rng.next() - 1);
}

function fillNormal(w: Float64Array, from: number, to: number, std: number, rng: Rng): void {
  for (let k = from; k < to; k++) w[k] = std * rng.normal();
}

/**
 * Fills every `Param.w` in place, drawing in `params` order (row-major
 * within a parameter, gate block by gate block), so the same rng state
 * gives the same weights. Throws on an unknown init kind, a bad scale, an
 * unknown parameter name or a shape that does not match `spec`.
 */
export function initialiseParams(params: readonly Param[], spec: ModelSpec, init: InitSpec, rng: Rng): void {
  const scheme = normaliseInit(init);
  const h = spec.rnn.hiddenSize;
  const gates = gateCount(spec.rnn.cell);
  const rnnBound = 1 / Math.sqrt(h);
  const blockSize = h * h;

  for (const p of params) {
    const role = roleOf(p.name);
    const [rows, cols] = expectedShape(role, spec);
    if (p.rows !== rows || p.cols !== cols || p.w.length !== rows * cols) {
      throw new Error(
        `${p.name}: expected shape ${rows}x${cols} (${rows * cols} values), got ${p.rows}x${p.cols} (${p.w.length} values)`,
      );
    }
    const w = p.w;
    const n = w.length;

    switch (role.kind) {
      case 'embedding':
        if (scheme.kind === 'glorot') {
          // nn.init.xavier_uniform_ on a V x E tensor: fan_in = E, fan_out = V.
          fillUniform(w, 0, n, Math.sqrt(6 / (rows + cols)), rng);
        } else {
          fillNormal(w, 0, n, 1, rng);
        }
        break;

      case 'head_weight':
        if (scheme.kind === 'glorot') fillUniform(w, 0, n, Math.sqrt(6 / (rows + cols)), rng);
        else fillUniform(w, 0, n, 1 / Math.sqrt(cols), rng);
        break;

      case 'head_bias':
        // nn.Linear's bias bound uses the weight's fan_in, D·H.
        if (scheme.kind === 'glorot') w.fill(0);
        else fillUniform(w, 0, n, 1 / Math.sqrt((spec.rnn.bidirectional ? 2 : 1) * h), rng);
        break;

      case 'weight_ih':
        if (scheme.kind === 'glorot') {
          // Per gate block: each gate maps `cols` inputs to H units.
          fillUniform(w, 0, n, Math.sqrt(6 / (cols + h)), rng);
        } else {
          fillUniform(w, 0, n, rnnBound, rng);
        }
        break;

      case 'bias_ih':
      case 'bias_hh':
        if (scheme.kind === 'glorot' || scheme.kind === 'identity') w.fill(0);
        else fillUniform(w, 0, n, rnnBound, rng);
        break;

      case 'weight_hh':
        for (let b = 0; b < gates; b++) fillRecurrentBlock(w, b * blockSize, h, scheme, rng);
        break;
    }
  }
}

/** One H x H gate block of W_hh, starting at `offset` in the row-major (G·H) x H matrix. */
function fillRecurrentBlock(w: Float64Array, offset: number, h: number, scheme: InitSpec, rng: Rng): void {
  const size = h * h;
  switch (scheme.kind) {
    case 'pytorch':
      fillUniform(w, offset, offset + size, 1 / Math.sqrt(h), rng);
      return;
    case 'glorot':
      // fan_in = fan_out = H.
      fillUniform(w, offset, offset + size, Math.sqrt(6 / (2 * h)), rng);
      return;
    case 'gaussian':
      // Circular law: an H x H matrix of N(0, σ²/H) entries has its eigenvalues spread over the disc of radius σ.
      fillNormal(w, offset, offset + size, scheme.scale / Math.sqrt(h), rng);
      return;
    case 'orthogonal': {
      const q = orthogonal(h, rng);
      const gain = scheme.gain ?? 1;
      for (let k = 0; k < size; k++) w[offset + k] = gain * q[k]!;
      return;
    }
    case 'identity': {
      const scale = scheme.scale ?? 1;
      w.fill(0, offset, offset + size);
      for (let i = 0; i < h; i++) w[offset + i * h + i] = scale;
      return;
    }
    case 'echo_state': {
      fillNormal(w, offset, offset + size, 1 / Math.sqrt(h), rng);
      const block = w.subarray(offset, offset + size);
      const rho = spectralRadius(block, h);
      if (!(rho > 0)) {
        throw new Error(`init.spectralRadius: the drawn ${h}x${h} block has spectral radius 0 and cannot be rescaled`);
      }
      const factor = scheme.spectralRadius / rho;
      for (let k = 0; k < size; k++) block[k]! *= factor;
      return;
    }
  }
}
