// Generation and scoring with a language model: a model that reads token ids
// and predicts the next one (outputSize = vocabSize).
//   generate: feed a prefix x_1..x_n, then repeatedly pick y_t from
//     ŷ_t = softmax(o_t / τ) (argmax when greedy) and feed it back as x_{t+1}.
//   scoreSequence: log P(y_1..y_n) = Σ_t log P(y_t | y_<t), read off the
//     softmax at each step ("the apple and pear salad" vs "... pair salad").

import type { Model, Rng } from './api.ts';
import { RecurrentModel } from './model.ts';
import { loadIds } from './sample.ts';
import { checkArrayLike, checkInt, checkPositive, fail } from './validate.ts';
import { fastExp } from './fastmath.ts';

export interface GenerateOptions {
  /** the seed sequence fed first: at least one id */
  prefix: ArrayLike<number>;
  /** how many ids to generate */
  length: number;
  /** omitted or 0: greedy (argmax); > 0: sample from softmax(o / temperature) */
  temperature?: number;
  /** required when sampling */
  rng?: Rng;
}

export interface Generation {
  /** the generated ids (the prefix not included) */
  ids: number[];
  /** probs[i][k]: the distribution ids[i] was picked from (softmax(o / τ); τ = 1 when greedy) */
  probs: Float64Array[];
}

export interface SequenceScore {
  /** log P(y_t | y_<t) for every scored token, in order */
  logProbs: Float64Array;
  /** their sum: the log-probability of the scored tokens */
  total: number;
}

/** The model as a language model, or a clear error. */
function languageModel(model: Model, what: string): RecurrentModel {
  if (!(model instanceof RecurrentModel)) fail('model', 'a model made by createModel or modelFromStateDict', model);
  const spec = model.spec;
  if (spec.input.kind === 'dense') throw new Error(`${what}: the model reads dense vectors; generation needs token ids`);
  if (spec.loss !== 'cross_entropy' || spec.outputSize !== spec.input.vocabSize) {
    throw new Error(`${what}: expected a model that predicts the next token (cross_entropy, outputSize = vocabSize = ${spec.input.vocabSize}), got ${spec.loss} with outputSize ${spec.outputSize}`);
  }
  if (model.cells.bidirectional) throw new Error(`${what}: a bidirectional model reads the future, so it cannot generate step by step`);
  return model;
}

function argmax(p: Float64Array, o: number, K: number): number {
  let best = 0;
  for (let k = 1; k < K; k++) if (p[o + k]! > p[o + best]!) best = k;
  return best;
}

function draw(p: Float64Array, o: number, K: number, u: number): number {
  let acc = 0;
  for (let k = 0; k < K; k++) {
    acc += p[o + k]!;
    if (u < acc) return k;
  }
  return K - 1;
}

/** Generates `length` ids after the prefix. Overwrites the model's telemetry with this pass. */
export function generate(model: Model, options: GenerateOptions): Generation {
  const m = languageModel(model, 'generate');
  const prefix = checkArrayLike('prefix', options.prefix);
  if (prefix.length === 0) fail('prefix', 'at least one id', 'an empty sequence');
  const length = checkInt('length', options.length, 0);
  const temperature = options.temperature === undefined || options.temperature === 0 ? 0 : checkPositive('temperature', options.temperature);
  if (temperature > 0 && (typeof options.rng !== 'object' || options.rng === null)) fail('rng', 'an Rng to sample with', options.rng);
  const n = prefix.length;
  if (n + length - 1 > m.maxSteps) {
    throw new Error(`length: expected prefix + length - 1 <= ${m.maxSteps} steps (the model's maxSteps), got ${n} + ${length} - 1`);
  }
  loadIds(m.spec, m.buffers, 'prefix', prefix);
  m.stack.resetState();
  m.setSteps(n);
  m.forwardStates(0, n);
  const K = m.head.K;
  const out = m.topOutput();
  const ids: number[] = [];
  const probs: Float64Array[] = [];
  for (let t = n - 1; ids.length < length; t++) {
    m.head.predict(out, t, temperature > 0 ? temperature : 1);
    const o = t * K;
    const id = temperature > 0 ? draw(m.head.probs, o, K, options.rng!.next()) : argmax(m.head.probs, o, K);
    ids.push(id);
    probs.push(m.head.probs.slice(o, o + K));
    if (ids.length === length) break;
    // feed y_t back as x_{t+1}
    m.buffers.ids[t + 1] = id;
    m.setSteps(t + 2);
    m.forwardStates(t + 1, t + 2);
  }
  return { ids, probs };
}

/**
 * Scores `ids` under the model: log P(ids[k] | everything before it) for every
 * token that has a context: all of them after a non-empty `prefix`, else all
 * but the first. Overwrites the model's telemetry with this pass.
 */
export function scoreSequence(model: Model, ids: ArrayLike<number>, prefix: ArrayLike<number> = []): SequenceScore {
  const m = languageModel(model, 'scoreSequence');
  const seq = checkArrayLike('ids', ids);
  const ctx = checkArrayLike('prefix', prefix);
  const total = ctx.length + seq.length;
  if (total < 2) fail('ids', 'at least two tokens (or a prefix and one token)', ids);
  if (total - 1 > m.maxSteps) throw new Error(`ids: expected at most ${m.maxSteps + 1} tokens with the prefix (the model's maxSteps + 1), got ${total}`);
  loadIds(m.spec, m.buffers, 'prefix', ctx);
  loadIds(m.spec, m.buffers, 'ids', seq, ctx.length, total - 1 - ctx.length);
  const T = total - 1;
  m.stack.resetState();
  m.setSteps(T);
  m.forwardStates(0, T);
  const K = m.head.K;
  const first = Math.max(0, ctx.length - 1);
  const logProbs = new Float64Array(T - first);
  let sum = 0;
  for (let t = first; t < T; t++) {
    m.head.predict(m.topOutput(), t, 1);
    // log softmax(o_t)[y] = o_t[y] - log Σ_k exp(o_t[k]), computed from the logits for accuracy
    const y = Number(seq[t + 1 - ctx.length]);
    const z = m.head.logits;
    const o = t * K;
    let mx = -Infinity;
    for (let k = 0; k < K; k++) mx = Math.max(mx, z[o + k]!);
    let s = 0;
    for (let k = 0; k < K; k++) s += fastExp(z[o + k]! - mx);
    const lp = z[o + y]! - mx - Math.log(s);
    logProbs[t - first] = lp;
    sum += lp;
  }
  return { logProbs, total: sum };
}
