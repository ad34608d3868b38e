// Cell kernels written out for one small hidden size.
//
// At the first lessons' sizes (3 hidden units) the general kernels spend
// more time on their loops (counters, offsets, a typed-array check per
// access, h_{t-1} read again for every row) than on arithmetic, and V8 inlines
// only so many e^x into one function. For H ≤ MAX_WRITTEN_OUT the forward
// pass and the step back are generated once per (cell, H) with every loop
// over units unrolled: h_{t-1} is read once per step into locals, weight
// offsets are constants, and each e^x is fastExp's arithmetic written in place.
//
// Each generated kernel does exactly what the general one does, operation for
// operation in the same order, so the results are the same to the last bit
// (tests/engine/cells/written-out.test.ts compares them). A page whose Content
// Security Policy forbids compiling code gets the general kernels.

import { enterState } from '../stream.ts';
import { EXP_TABLES } from '../fastmath.ts';
import type { CellOps } from './index.ts';

/** Hidden sizes up to this get written-out kernels: the source grows as G·H². */
export const MAX_WRITTEN_OUT = 8;

export type WrittenOutCell = 'lstm' | 'gru_after' | 'rnn_tanh' | 'rnn_sigmoid';

/**
 * Statements that set `out` to fastExp(x) (x: an expression over locals),
 * written like fastExp's body, term for term.
 */
export function expInto(out: string, x: string): string {
  return (
    `let ${out}; { const x = ${x}; if (!(x > -708 && x < 709)) ${out} = Math.exp(x); else {` +
    ` const kd = x * 92.33248261689366 + 6755399441055744 - 6755399441055744;` +
    ` const r = x - kd * 0.01083042469326756 - kd * 2.9815858269852933e-12; const r2 = r * r; const k = kd | 0;` +
    ` ${out} = POWER[(k >> 6) + 1023] * (FRACTION[k & 63] * (1 + r + r2 * (0.5 + r * 0.16666666666666666) + r2 * r2 * (0.041666666666666664 + r * 0.008333333333333333))); } }\n`
  );
}

/** σ(a) = 1 / (1 + e^-a), as fastSigmoid */
function sigmoidInto(out: string, a: string): string {
  return `${expInto(`e_${out}`, `-${a}`)}const ${out} = 1 / (1 + e_${out});\n`;
}

/** tanh(a) = 1 - 2 / (1 + e^{2a}), as fastTanh */
function tanhInto(out: string, a: string): string {
  return `${expInto(`e_${out}`, `2 * ${a}`)}const ${out} = 1 - 2 / (1 + e_${out});\n`;
}

/** `first` + W[row·H + q]·h_q for q = 0..H-1, added left to right like the general kernels' loops. */
function rowSum(first: string, row: number, H: number): string {
  let s = first;
  for (let q = 0; q < H; q++) s += ` + W[${row * H + q}] * h${q}`;
  return s;
}

/**
 * kernels.dot(W, row·H, h, ·, H) term for term: four running sums (q mod 4)
 * while four terms remain, the rest into the first, then s0 + s1 + (s2 + s3).
 */
function dotSum(row: number, H: number): string {
  const sums = ['0', '0', '0', '0'];
  let q = 0;
  for (; q + 3 < H; q += 4) for (let a = 0; a < 4; a++) sums[a] += ` + W[${row * H + q + a}] * h${q + a}`;
  for (; q < H; q++) sums[0] += ` + W[${row * H + q}] * h${q}`;
  return `(${sums[0]}) + (${sums[1]}) + ((${sums[2]}) + (${sums[3]}))`;
}

/** The loop over steps, entering the state and reading h_{t-1} into h0..h{H-1}. */
function stepLoop(H: number, G: number, body: string): string {
  let s = 'const W = s.whh.w; const xw = s.xw; const h = s.h; const hp = s.hp; const base = s.base; const reverse = s.reverse;\n';
  s += 'for (let k = 0, n = t1 - t0; k < n; k++) {\n';
  s += 'const t = reverse ? t1 - 1 - k : t0 + k;\nenterState(s, t, k === 0);\n';
  s += `const po = t * ${H}; const so = base + po; const xo = ${G} * po;\n`;
  for (let q = 0; q < H; q++) s += `const h${q} = hp[po + ${q}];\n`;
  return `${s}${body}}\n`;
}

function lstmSource(H: number): string {
  let body = 'const c = s.c; const cp = s.cp; const tc = s.aux; const gi = s.gates[0]; const gf = s.gates[1]; const gg = s.gates[2]; const go = s.gates[3];\n';
  // the loads of a unit come before its stores, as in lstmForward
  for (let j = 0; j < H; j++) {
    body += `const ai${j} = ${rowSum(`xw[xo + ${j}]`, j, H)};\n`;
    body += `const af${j} = ${rowSum(`xw[xo + ${H + j}]`, H + j, H)};\n`;
    body += `const ag${j} = ${rowSum(`xw[xo + ${2 * H + j}]`, 2 * H + j, H)};\n`;
    body += `const ao${j} = ${rowSum(`xw[xo + ${3 * H + j}]`, 3 * H + j, H)};\n`;
    body += sigmoidInto(`i${j}`, `ai${j}`) + sigmoidInto(`f${j}`, `af${j}`) + tanhInto(`g${j}`, `ag${j}`) + sigmoidInto(`o${j}`, `ao${j}`);
    body += `const ct${j} = f${j} * cp[po + ${j}] + i${j} * g${j};\n`;
    body += tanhInto(`tct${j}`, `ct${j}`);
    body += `gi[so + ${j}] = i${j}; gf[so + ${j}] = f${j}; gg[so + ${j}] = g${j}; go[so + ${j}] = o${j};`;
    body += ` c[so + ${j}] = ct${j}; tc[po + ${j}] = tct${j}; h[so + ${j}] = o${j} * tct${j};\n`;
  }
  return stepLoop(H, 4, body);
}

/** The GRU with the reset after W_hn (PyTorch's), as gru.ts's gruStepAfter. */
function gruAfterSource(H: number): string {
  let body = 'const bhh = s.bhh.w; const aux = s.aux; const gr = s.gates[0]; const gz = s.gates[1]; const gn = s.gates[2];\n';
  for (let j = 0; j < H; j++) {
    body += `const ar${j} = ${rowSum(`xw[xo + ${j}]`, j, H)};\n`;
    body += `const az${j} = ${rowSum(`xw[xo + ${H + j}]`, H + j, H)};\n`;
    body += `const hn${j} = ${rowSum(`bhh[${2 * H + j}]`, 2 * H + j, H)};\n`;
    body += sigmoidInto(`r${j}`, `ar${j}`) + sigmoidInto(`z${j}`, `az${j}`);
    body += tanhInto(`n${j}`, `(xw[xo + ${2 * H + j}] + r${j} * hn${j})`);
    body += `gr[so + ${j}] = r${j}; gz[so + ${j}] = z${j}; gn[so + ${j}] = n${j}; aux[po + ${j}] = hn${j}; h[so + ${j}] = (h${j} - n${j}) * z${j} + n${j};\n`;
  }
  return stepLoop(H, 3, body);
}

/** The vanilla cell with tanh or σ, as rnn.ts's rnnForward. */
function rnnSource(H: number, sigmoid: boolean): string {
  let body = '';
  for (let j = 0; j < H; j++) {
    body += `const a${j} = xw[po + ${j}] + (${dotSum(j, H)});\n`;
    body += sigmoid ? sigmoidInto(`y${j}`, `a${j}`) : tanhInto(`y${j}`, `a${j}`);
    body += `h[so + ${j}] = y${j};\n`;
  }
  return stepLoop(H, 1, body);
}

/**
 * kernels.addTransposedRows term for term, for column q of W_hh (H columns):
 * `init` + the rows r < rows of W[r][q]·d_r, in groups of eight (two halves
 * of four), then four, then one, each group summed left to right.
 */
function transposedSum(init: string, q: number, rows: number, H: number, d: (r: number) => string): string {
  const term = (r: number) => `W[${r * H + q}] * ${d(r)}`;
  const run = (r: number, n: number) => Array.from({ length: n }, (_, k) => term(r + k)).join(' + ');
  let acc = init;
  let r = 0;
  for (; r + 7 < rows; r += 8) acc = `(${acc}) + (${run(r, 4)} + (${run(r + 4, 4)}))`;
  for (; r + 3 < rows; r += 4) acc = `(${acc}) + (${run(r, 4)})`;
  for (; r < rows; r++) acc = `(${acc}) + ${term(r)}`;
  return acc;
}

/** The head of every step-back kernel: the step's offsets and W_hh. */
function stepBackHead(H: number): string {
  return `const W = s.whh.w; const po = t * ${H}; const so = s.base + po;\n`;
}

/** lstm.ts's lstmStepBack. */
function lstmBackSource(H: number): string {
  let s = stepBackHead(H) + 'const cp = s.cp; const tc = s.aux; const gi = s.gates[0]; const gf = s.gates[1]; const gg = s.gates[2]; const go = s.gates[3];\n';
  for (let j = 0; j < H; j++) {
    s += `const i${j} = gi[so + ${j}]; const f${j} = gf[so + ${j}]; const g${j} = gg[so + ${j}]; const o${j} = go[so + ${j}];`;
    s += ` const tct${j} = tc[po + ${j}]; const dh${j} = dh[${j}]; const cp${j} = cp[po + ${j}];\n`;
    s += `const dct${j} = dc[${j}] + dh${j} * o${j} * (1 - tct${j} * tct${j});\n`;
    s += `const d${j} = dct${j} * g${j} * (1 - i${j}) * i${j}; const d${H + j} = dct${j} * cp${j} * (1 - f${j}) * f${j};`;
    s += ` const d${2 * H + j} = dct${j} * i${j} * (1 - g${j} * g${j}); const d${3 * H + j} = dh${j} * tct${j} * (1 - o${j}) * o${j};\n`;
  }
  for (let r = 0; r < 4 * H; r++) s += `dA[ao + ${r}] = d${r}; `;
  s += '\n';
  for (let j = 0; j < H; j++) s += `dcPrev[${j}] = dct${j} * f${j};\n`;
  for (let q = 0; q < H; q++) s += `dhPrev[${q}] = ${transposedSum('0', q, 4 * H, H, (r) => `d${r}`)};\n`;
  return s;
}

/** gru.ts's gruBackAfter: dA (input side) and dAh (recurrent side) differ in the n block. */
function gruAfterBackSource(H: number): string {
  let s = stepBackHead(H) + 'const hp = s.hp; const hn = s.aux; const gr = s.gates[0]; const gz = s.gates[1]; const gn = s.gates[2];\n';
  for (let j = 0; j < H; j++) {
    s += `const r${j} = gr[so + ${j}]; const z${j} = gz[so + ${j}]; const n${j} = gn[so + ${j}]; const dh${j} = dh[${j}];\n`;
    s += `const dz${j} = dh${j} * (hp[po + ${j}] - n${j}); const dn${j} = dh${j} * (1 - z${j});\n`;
    s += `const d${2 * H + j} = dn${j} * (1 - n${j} * n${j}); const d${j} = d${2 * H + j} * hn[po + ${j}] * (1 - r${j}) * r${j};`;
    s += ` const d${H + j} = dz${j} * (1 - z${j}) * z${j}; const e${j} = d${2 * H + j} * r${j};\n`;
  }
  for (let r = 0; r < 3 * H; r++) s += `dA[ao + ${r}] = d${r}; `;
  s += '\n';
  const dh = (r: number) => (r < 2 * H ? `d${r}` : `e${r - 2 * H}`);
  for (let r = 0; r < 3 * H; r++) s += `dAh[ao + ${r}] = ${dh(r)}; `;
  s += '\n';
  for (let q = 0; q < H; q++) s += `dhPrev[${q}] = ${transposedSum(`dh${q} * z${q}`, q, 3 * H, H, dh)};\n`;
  return s;
}

/** rnn.ts's rnnStepBack for tanh (φ' = 1 - y²) or σ (φ' = (1 - y) y). */
function rnnBackSource(H: number, sigmoid: boolean): string {
  let s = stepBackHead(H) + 'const h = s.h;\n';
  for (let j = 0; j < H; j++) {
    s += `const y${j} = h[so + ${j}];\n`;
    s += sigmoid ? `const d${j} = dh[${j}] * (1 - y${j}) * y${j};\n` : `const d${j} = dh[${j}] * (1 - y${j} * y${j});\n`;
  }
  for (let r = 0; r < H; r++) s += `dA[ao + ${r}] = d${r}; `;
  s += '\n';
  for (let q = 0; q < H; q++) s += `dhPrev[${q}] = ${transposedSum('0', q, H, H, (r) => `d${r}`)};\n`;
  return s;
}

/** The source of a written-out kernel's body: the forward pass over (s, t0, t1), or one step back. */
export function writtenOutSource(cell: WrittenOutCell, H: number, pass: 'forward' | 'back' = 'forward'): string {
  if (pass === 'back') {
    if (cell === 'lstm') return lstmBackSource(H);
    if (cell === 'gru_after') return gruAfterBackSource(H);
    return rnnBackSource(H, cell === 'rnn_sigmoid');
  }
  if (cell === 'lstm') return lstmSource(H);
  if (cell === 'gru_after') return gruAfterSource(H);
  return rnnSource(H, cell === 'rnn_sigmoid');
}

type Factory = (enter: typeof enterState, power: Float64Array, fraction: Float64Array) => CellOps;

const compiled = new Map<string, CellOps | null>();

/**
 * The written-out kernels of `cell` for H hidden units, compiled once per
 * process; null when H is too large or compiling code is not allowed.
 */
export function writtenOutOps(cell: WrittenOutCell, H: number): CellOps | null {
  if (H > MAX_WRITTEN_OUT) return null;
  const key = `${cell}/${H}`;
  if (!compiled.has(key)) {
    let ops: CellOps | null;
    try {
      const make = new Function(
        'enterState',
        'POWER',
        'FRACTION',
        `return {\nforward: function ${cell}Forward${H}(s, t0, t1) {\n${writtenOutSource(cell, H)}},\n` +
          `stepBack: function ${cell}StepBack${H}(s, t, dh, dc, dhPrev, dcPrev, dA, dAh, ao) {\n${writtenOutSource(cell, H, 'back')}},\n};`,
      ) as Factory;
      ops = make(enterState, EXP_TABLES.power, EXP_TABLES.fraction);
    } catch {
      // a Content Security Policy without 'unsafe-eval': the general kernels do the same work
      ops = null;
    }
    compiled.set(key, ops);
  }
  return compiled.get(key)!;
}
