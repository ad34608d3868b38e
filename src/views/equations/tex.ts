// The lessons' equations with the current numbers substituted, as TeX lines.
// Pure functions of the frame, so they are tested on their own and the panel
// only re-renders the lines whose TeX changed.
import { texMatrix, texNumber, texStacked, texText, texVector } from '../katex.ts';
import { outputSteps, stepSpecs } from '../unrolled-graph/layout.ts';
import type { CellType, PassMode, TaskShape, UnrolledFrame } from '../unrolled-graph/types.ts';
import { argmax, type BilleFrame } from '../bille/types.ts';
import { backwardLines } from './backward.ts';

export interface EquationLine {
  /** stable id: the panel keeps one element per id */
  id: string;
  tex: string;
}

export type EquationStatus = 'ok' | 'waiting' | 'no-output';

export interface EquationSet {
  status: EquationStatus;
  /** 1-based step shown */
  step: number;
  lines: EquationLine[];
}

/** Matrices are written out in full only while they stay readable. */
const MAX_FULL_ROWS = 6;
const MAX_FULL_COLS = 8;

function labelsFit(labels: readonly string[] | null | undefined): readonly string[] | null {
  if (!labels) return null;
  return labels.every((l) => Array.from(l).length <= 8) ? labels : null;
}

/** Matrix-vector product y = W v + b on plain arrays. */
function affine(W: ArrayLike<number>, rows: number, cols: number, v: ArrayLike<number>, vOff: number, b: ArrayLike<number> | null): Float64Array {
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let s = b ? (b[r] ?? 0) : 0;
    for (let c = 0; c < cols; c++) s += (W[r * cols + c] ?? 0) * (v[vOff + c] ?? 0);
    out[r] = s;
  }
  return out;
}

export interface UnrolledEquationConfig {
  shape: TaskShape;
  cell: CellType;
  /** 0-based */
  currentStep: number;
  encoderSteps?: number;
  /** backward: the gradient lines come first and the loss total covers every step (default forward) */
  mode?: PassMode;
}

/** Equations of the current step of the unrolled lab. */
export function unrolledEquations(frame: UnrolledFrame | null, cfg: UnrolledEquationConfig): EquationSet {
  const specs = stepSpecs(cfg.shape, frame?.steps ?? 1, cfg.encoderSteps);
  const t0 = Math.max(0, Math.min(specs.length - 1, cfg.currentStep));
  const n = t0 + 1;
  if (!frame || t0 >= frame.steps) return { status: 'waiting', step: n, lines: [] };
  const spec = specs[t0];
  const H = frame.hiddenSize;
  const I = frame.inputSize;
  const K = frame.outputSize;
  const dec = spec?.segment === 'decoder';
  const P = dec ? "'" : '';
  const lines: EquationLine[] = [];
  const prev = `h_{${n - 1}}`;
  const hPrevTex =
    t0 === 0 ? texVector(new Float64Array(H), 0, H, { max: 6 }) : texVector(frame.h, (t0 - 1) * H, H, { max: 6 });
  const hPrevVec = t0 === 0 ? new Float64Array(H) : frame.h.subarray((t0 - 1) * H, t0 * H);
  const xTex = frame.x && I > 0 ? texVector(frame.x, t0 * I, I, { max: 6 }) : `x_{${n}}`;

  if (cfg.cell === 'vanilla') {
    const w = frame.weights;
    const full = !!w && !dec && H <= MAX_FULL_ROWS && I <= MAX_FULL_COLS && !!frame.x;
    let tail = '';
    if (w && !dec && frame.x) {
      // a_t recomputed from the weights, so the substituted numbers add up on screen.
      const ax = affine(w.Wxh, H, I, frame.x, t0 * I, null);
      const ah = affine(w.Whh, H, H, hPrevVec, 0, w.bh);
      const a = new Float64Array(H);
      for (let j = 0; j < H; j++) a[j] = (ax[j] ?? 0) + (ah[j] ?? 0);
      tail = ` = ${texVector(a, 0, H, { max: 6 })}`;
    }
    // Written over two rows, so the substituted matrices fit a panel before it scrolls.
    const subst =
      full && w
        ? `${texMatrix(w.Wxh, H, I)}${xTex} \\\\ &\\quad + ${texMatrix(w.Whh, H, H)}${hPrevTex} + ${texVector(w.bh, 0, H)}`
        : `W${P}_{xh}${xTex} + W${P}_{hh}${hPrevTex} + b${P}`;
    lines.push({
      id: 'a',
      tex: `\\begin{aligned} a_{${n}} &= W${P}_{xh}\\,x_{${n}} + W${P}_{hh}\\,${prev} + b${P} \\\\ &= ${subst}${tail ? ` \\\\ &${tail}` : ''} \\end{aligned}`,
    });
    lines.push({ id: 'h', tex: `h_{${n}} = \\tanh(a_{${n}}) = ${texVector(frame.h, t0 * H, H, { max: 8 })}` });
  } else if (cfg.cell === 'lstm') {
    const g = frame.gates ?? {};
    const v = (key: 'i' | 'f' | 'g' | 'o'): string => (g[key] ? texVector(g[key], t0 * H, H, { max: 6 }) : '\\cdots');
    const cPrev = t0 === 0 || !frame.c ? texVector(new Float64Array(H), 0, H) : texVector(frame.c, (t0 - 1) * H, H, { max: 6 });
    const hx = `[${prev};\\,x_{${n}}]`;
    // Two gates per line keeps the four column vectors on one screen.
    lines.push({ id: 'fi', tex: `f_{${n}} = \\sigma(W_f ${hx} + b_f) = ${v('f')} \\qquad i_{${n}} = \\sigma(W_i ${hx} + b_i) = ${v('i')}` });
    lines.push({
      id: 'go',
      tex: `g_{${n}} = \\tilde c_{${n}} = \\tanh(W_g ${hx} + b_g) = ${v('g')} \\qquad o_{${n}} = \\sigma(W_o ${hx} + b_o) = ${v('o')}`,
    });
    lines.push({
      id: 'c',
      tex: `c_{${n}} = f_{${n}} \\odot c_{${n - 1}} + i_{${n}} \\odot g_{${n}} = ${v('f')} \\odot ${cPrev} + ${v('i')} \\odot ${v('g')} = ${frame.c ? texVector(frame.c, t0 * H, H, { max: 6 }) : '\\cdots'}`,
    });
    lines.push({ id: 'h', tex: `h_{${n}} = o_{${n}} \\odot \\tanh(c_{${n}}) = ${texVector(frame.h, t0 * H, H, { max: 8 })}` });
  } else {
    const g = frame.gates ?? {};
    const v = (key: 'r' | 'z' | 'n'): string => (g[key] ? texVector(g[key], t0 * H, H, { max: 6 }) : '\\cdots');
    lines.push({
      id: 'rz',
      tex: `r_{${n}} = \\sigma(W_{ir} x_{${n}} + W_{hr} ${prev} + b_r) = ${v('r')} \\qquad z_{${n}} = \\sigma(W_{iz} x_{${n}} + W_{hz} ${prev} + b_z) = ${v('z')}`,
    });
    lines.push({
      id: 'n',
      tex: `n_{${n}} = \\tanh\\big(W_{in} x_{${n}} + b_{in} + r_{${n}} \\odot (W_{hn} ${prev} + b_{hn})\\big) = ${v('n')}`,
    });
    lines.push({
      id: 'h',
      tex: `h_{${n}} = (1 - z_{${n}}) \\odot n_{${n}} + z_{${n}} \\odot ${prev} = ${texVector(frame.h, t0 * H, H, { max: 8 })}`,
    });
  }

  const back = cfg.mode === 'backward' ? backwardLines(frame, specs, t0, cfg.cell) : [];
  const row = spec?.outputRow ?? -1;
  if (row < 0) return { status: 'no-output', step: n, lines: [...back, ...lines] };
  const labels = labelsFit(frame.outputLabels);
  const target = frame.targets ? (frame.targets[row] ?? -1) : -1;
  if (cfg.cell === 'vanilla') {
    const w = frame.weights;
    const full = !!w && K <= MAX_FULL_ROWS && H <= MAX_FULL_COLS;
    const subst = full && w ? ` = ${texMatrix(w.Why, K, H)}${texVector(frame.h, t0 * H, H)} + ${texVector(w.by, 0, K)}` : '';
    lines.push({ id: 'o', tex: `o_{${n}} = W_{hy}\\,h_{${n}} + c${subst} = ${texVector(frame.logits, row * K, K, { max: 8, labels })}` });
    lines.push({
      id: 'y',
      tex: `\\hat y_{${n}} = \\operatorname{softmax}(o_{${n}}) = ${texVector(frame.probs, row * K, K, { max: 8, labels, highlight: target })}`,
    });
  } else {
    // Gated cells name their output gate o_t, so the scores stay unnamed here.
    lines.push({
      id: 'y',
      tex: `\\hat y_{${n}} = \\operatorname{softmax}(W_{hy}\\,h_{${n}} + c) = ${texVector(frame.probs, row * K, K, { max: 8, labels, highlight: target })}`,
    });
  }
  if (target >= 0) {
    const name = frame.outputLabels?.[target];
    const which = name ? `\\text{${texText(name)}}` : String(target + 1);
    lines.push({
      id: 'loss',
      tex: `L_{${n}} = -\\log \\hat y_{${n},\\,${which}} = -\\log ${texNumber(frame.probs[row * K + target] ?? Number.NaN, 3)} = ${texNumber(frame.stepLoss[row] ?? Number.NaN)}`,
    });
  }
  // Total over the output steps computed so far; output rows are in time order, so step outs[i] is row i.
  // Backward: every loss has been computed, so the total is the whole sum.
  const outs = outputSteps(cfg.shape, frame.steps, cfg.encoderSteps).filter((s) => cfg.mode === 'backward' || s <= t0);
  if (outs.length > 0) {
    const terms = outs.map((s) => `L_{${s + 1}}`);
    const nums = outs.map((_s, i) => texNumber(frame.stepLoss[i] ?? Number.NaN));
    const total = outs.reduce((acc, _s, i) => acc + (frame.stepLoss[i] ?? 0), 0);
    const shown = terms.length > 6 ? `${terms.slice(0, 2).join(' + ')} + \\cdots + ${terms[terms.length - 1]}` : terms.join(' + ');
    const shownNums = nums.length > 6 ? `${nums.slice(0, 2).join(' + ')} + \\cdots + ${nums[nums.length - 1]}` : nums.join(' + ');
    lines.push({ id: 'total', tex: `L = \\textstyle\\sum_t L_t = ${shown} = ${shownNums} = ${texNumber(total)}` });
  }
  return { status: 'ok', step: n, lines: [...back, ...lines] };
}

/** The bille lab's equations for one generation step (0-based). */
export function billeEquations(frame: BilleFrame | null, step: number): EquationSet {
  if (!frame || frame.steps === 0) return { status: 'waiting', step: step + 1, lines: [] };
  const t0 = Math.max(0, Math.min(frame.steps - 1, step));
  const n = t0 + 1;
  const H = frame.hiddenSize;
  const V = frame.vocab.length;
  const w = frame.weights;
  const x = new Float64Array(V);
  const xi = frame.inputs[t0] ?? 0;
  x[xi] = 1;
  const hPrev = t0 === 0 ? new Float64Array(H) : frame.h.subarray((t0 - 1) * H, t0 * H);
  const lines: EquationLine[] = [];
  // Quoted, so that the letter l is not read as the digit 1 among the numbers.
  const letter = (i: number): string => `\\text{“${texText(frame.vocab[i] ?? '?')}”}`;
  const general = `h_{${n}} &= \\tanh\\!\\Big(W_h \\begin{bmatrix} h_{${n - 1}} \\\\ x_{${n}} \\end{bmatrix} + b_h\\Big)`;
  if (w) {
    const z = new Float64Array(H + V);
    z.set(hPrev, 0);
    z.set(x, H);
    const a = affine(w.Wh, H, H + V, z, 0, w.bh);
    lines.push({
      id: 'h',
      tex: `\\begin{aligned} ${general} \\quad (x_{${n}} = ${letter(xi)}) \\\\ &= \\tanh\\!\\left(${texMatrix(w.Wh, H, H + V, { split: H, maxCols: 12 })} ${texStacked(hPrev, 0, H, x, 0, V)} + ${texVector(w.bh, 0, H)}\\right) \\\\ &= \\tanh${texVector(a, 0, H)} = ${texVector(frame.h, t0 * H, H)} \\end{aligned}`,
    });
    lines.push({
      id: 'o',
      tex: `o_{${n}} = W_o\\,h_{${n}} + b_o = ${texMatrix(w.Wo, V, H)} ${texVector(frame.h, t0 * H, H)} + ${texVector(w.bo, 0, V)} = ${texVector(frame.logits, t0 * V, V, { labels: frame.vocab })}`,
    });
  } else {
    lines.push({ id: 'h', tex: `\\begin{aligned} ${general} = ${texVector(frame.h, t0 * H, H)} \\end{aligned}` });
    lines.push({ id: 'o', tex: `o_{${n}} = W_o\\,h_{${n}} + b_o = ${texVector(frame.logits, t0 * V, V, { labels: frame.vocab })}` });
  }
  const best = argmax(frame.logits, t0 * V, V);
  lines.push({
    id: 'y',
    tex: `\\hat y_{${n}} = \\operatorname{softmax}(o_{${n}}) = ${texVector(frame.probs, t0 * V, V, { labels: frame.vocab, highlight: best })}`,
  });
  lines.push({ id: 'next', tex: `x_{${n + 1}} = \\operatorname*{arg\\,max}_k\\; o_{${n},k} = ${letter(best)}` });
  return { status: 'ok', step: n, lines };
}
