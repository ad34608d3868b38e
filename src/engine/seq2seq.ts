// An encoder-decoder (sequence to sequence) network, as in the lecture notes:
// an encoder (embedding + recurrent stack) reads the source sentence; its
// final state, one fixed-size vector, is the decoder's initial state; the
// decoder (its own embedding, the same cell, a softmax head) writes the
// target one token at a time. Training uses teacher forcing: the decoder
// reads <BOS> y1 .. y_n and must predict y1 .. y_n <EOS>; the gradient of the
// loss with respect to the decoder's initial state flows back into the encoder.
//
// Both networks are RecurrentModels; the pair is a Model whose parameters
// carry PyTorch's names for a module with `encoder` and `decoder` submodules
// (encoder.embedding.weight, encoder.rnn.weight_ih_l0, decoder.head.weight, ...).
// The encoder's unused head is left out of them.

import type { CellKind, InitSpec, Model, ModelSpec, Param, Rng, Sample, StateDict, Telemetry } from './api.ts';
import { createModel, type RecurrentModel } from './model.ts';
import { exportParams, importParams } from './stateDict.ts';
import { checkArrayLike, checkInt, checkOneOf, checkRecord, fail } from './validate.ts';

export interface Seq2SeqSpec {
  cell: Extract<CellKind, 'rnn' | 'lstm' | 'gru'>;
  hiddenSize: number;
  embeddingDim: number;
  /** default 1 */
  numLayers?: number;
  sourceVocab: number;
  /** includes the decoder's <BOS> and <EOS> */
  targetVocab: number;
  bos: number;
  eos: number;
  /** longest source and longest target (without <EOS>) the buffers hold */
  maxSource: number;
  maxTarget: number;
}

/** One greedy step: the token chosen and the most likely candidates, best first. */
export interface DecodeStep {
  id: number;
  /** the step's whole distribution over the target vocabulary */
  probs: Float64Array;
  top: { id: number; p: number }[];
}

export function checkSeq2SeqSpec(value: unknown): Seq2SeqSpec {
  const r = checkRecord('seq2seq', value);
  const targetVocab = checkInt('seq2seq.targetVocab', r.targetVocab, 2, 1 << 16);
  return {
    cell: checkOneOf('seq2seq.cell', r.cell, ['rnn', 'lstm', 'gru'] as const),
    hiddenSize: checkInt('seq2seq.hiddenSize', r.hiddenSize, 1, 1024),
    embeddingDim: checkInt('seq2seq.embeddingDim', r.embeddingDim, 1, 1024),
    numLayers: r.numLayers === undefined ? 1 : checkInt('seq2seq.numLayers', r.numLayers, 1, 4),
    sourceVocab: checkInt('seq2seq.sourceVocab', r.sourceVocab, 1, 1 << 16),
    targetVocab,
    bos: checkInt('seq2seq.bos', r.bos, 0, targetVocab - 1),
    eos: checkInt('seq2seq.eos', r.eos, 0, targetVocab - 1),
    maxSource: checkInt('seq2seq.maxSource', r.maxSource, 1, 4096),
    maxTarget: checkInt('seq2seq.maxTarget', r.maxTarget, 1, 4096),
  };
}

/** The two networks' ModelSpecs: the encoder's head is a placeholder the pair never uses. */
export function seq2seqSpecs(s: Seq2SeqSpec): { encoder: ModelSpec; decoder: ModelSpec } {
  const rnn = { cell: s.cell, hiddenSize: s.hiddenSize, numLayers: s.numLayers ?? 1, bidirectional: false };
  return {
    encoder: {
      input: { kind: 'embedding', vocabSize: s.sourceVocab, embeddingDim: s.embeddingDim },
      rnn,
      head: 'last_step',
      outputSize: 1,
      loss: 'mse',
    },
    decoder: {
      input: { kind: 'embedding', vocabSize: s.targetVocab, embeddingDim: s.embeddingDim },
      rnn,
      head: 'per_step',
      outputSize: s.targetVocab,
      loss: 'cross_entropy',
    },
  };
}

function renamed(prefix: string, params: readonly Param[]): Param[] {
  return params.map((p) => ({ name: prefix + p.name, rows: p.rows, cols: p.cols, w: p.w, g: p.g }));
}

export class Seq2SeqModel implements Model {
  readonly s2s: Seq2SeqSpec;
  readonly encoder: RecurrentModel;
  readonly decoder: RecurrentModel;
  /** encoder.* then decoder.*: PyTorch's state_dict names for the pair */
  readonly params: readonly Param[];
  private readonly byName: Map<string, Param>;
  private readonly state: Float64Array;
  private readonly dState: Float64Array;
  /** <BOS> y1 .. y_n, rebuilt per sample in one buffer */
  private readonly decoderInput: Int32Array;

  constructor(spec: Seq2SeqSpec, init: InitSpec, rng: Rng) {
    this.s2s = checkSeq2SeqSpec(spec);
    const specs = seq2seqSpecs(this.s2s);
    this.encoder = createModel(specs.encoder, init, rng, { maxSteps: this.s2s.maxSource });
    this.decoder = createModel(specs.decoder, init, rng, { maxSteps: this.s2s.maxTarget + 1 });
    const enc = this.encoder.params.filter((p) => !p.name.startsWith('head.'));
    this.params = [...renamed('encoder.', enc), ...renamed('decoder.', this.decoder.params)];
    this.byName = new Map(this.params.map((p) => [p.name, p]));
    this.state = new Float64Array(this.encoder.stateSize);
    this.dState = new Float64Array(this.encoder.stateSize);
    this.decoderInput = new Int32Array(this.s2s.maxTarget + 1);
  }

  /** The decoder's spec (the network that produces the output). */
  get spec(): ModelSpec {
    return this.decoder.spec;
  }

  /** The encoder's: its states over the latest source sentence (the last one is the decoder's h0). */
  get telemetry(): Telemetry {
    return this.encoder.telemetry;
  }

  param(name: string): Param {
    const p = this.byName.get(name);
    if (p === undefined) throw new Error(`param: expected one of ${[...this.byName.keys()].join(', ')}, got ${JSON.stringify(name)}`);
    return p;
  }

  /** A sample's targets y1 .. y_n <EOS> as the decoder's sample, read from state. */
  private decoderSample(sample: Sample): Sample {
    const s = checkRecord('sample', sample);
    const targets = checkRecord('sample.targets', s.targets);
    if (targets.kind !== 'ids') fail('sample.targets.kind', "'ids'", targets.kind);
    const ids = checkArrayLike('sample.targets.ids', targets.ids);
    const n = ids.length;
    if (n < 1 || n > this.s2s.maxTarget + 1) fail('sample.targets.ids', `1 to ${this.s2s.maxTarget + 1} ids ending in <EOS>`, ids);
    const input = this.decoderInput.subarray(0, n);
    input[0] = this.s2s.bos;
    for (let k = 1; k < n; k++) input[k] = Number(ids[k - 1]);
    return { inputs: { kind: 'ids', ids: input }, targets: { kind: 'ids', ids }, initialState: this.state };
  }

  /** Encodes the source; leaves the final state in this.state. */
  private encode(sample: Sample): void {
    const s = checkRecord('sample', sample);
    this.encoder.runStates(s.inputs as Sample['inputs']);
    this.encoder.finalState(this.state);
  }

  lossAndGradients(sample: Sample): number {
    this.encode(sample);
    const loss = this.decoder.lossAndGradients(this.decoderSample(sample));
    this.encoder.stateGradients(this.decoder.initialStateGrad(this.dState));
    return loss;
  }

  loss(sample: Sample): number {
    this.encode(sample);
    return this.decoder.loss(this.decoderSample(sample));
  }

  /** The encoder's final state for a source sentence: the one vector the decoder starts from. */
  encodeIds(source: ArrayLike<number>): Float64Array {
    this.encoder.runStates({ kind: 'ids', ids: source });
    return this.encoder.finalState();
  }

  /**
   * Greedy decoding: encode the source, then feed the decoder its own most
   * likely token until <EOS> or `maxLength` tokens. Each step keeps its `topK`
   * candidates. The <EOS> step is included; the encoder's telemetry holds the source.
   */
  translate(source: ArrayLike<number>, maxLength = this.s2s.maxTarget + 1, topK = 0): DecodeStep[] {
    const state = this.encodeIds(source);
    const d = this.decoder;
    const limit = Math.min(checkInt('maxLength', maxLength, 1), d.maxSteps);
    const K = d.head.K;
    const probs = d.head.probs;
    d.stack.setState(state);
    d.buffers.ids[0] = this.s2s.bos;
    d.setSteps(1);
    d.forwardStates(0, 1);
    const steps: DecodeStep[] = [];
    for (let t = 0; t < limit; t++) {
      d.head.predict(d.topOutput(), t, 1);
      const o = t * K;
      let best = 0;
      for (let k = 1; k < K; k++) if (probs[o + k]! > probs[o + best]!) best = k;
      const top: { id: number; p: number }[] = [];
      if (topK > 0) {
        const order = Array.from({ length: K }, (_, k) => k).sort((a, b) => probs[o + b]! - probs[o + a]!);
        for (const k of order.slice(0, topK)) top.push({ id: k, p: probs[o + k]! });
      }
      steps.push({ id: best, probs: probs.slice(o, o + K), top });
      if (best === this.s2s.eos || t + 1 >= limit) break;
      d.buffers.ids[t + 1] = best;
      d.setSteps(t + 2);
      d.forwardStates(t + 1, t + 2);
    }
    return steps;
  }

  computeJacobianNorms(): void {
    this.encoder.computeJacobianNorms();
  }

  exportStateDict(): StateDict {
    return exportParams(this.params);
  }

  importStateDict(dict: StateDict): void {
    importParams(this.params, dict);
  }
}

export function createSeq2Seq(spec: Seq2SeqSpec, init: InitSpec, rng: Rng): Seq2SeqModel {
  return new Seq2SeqModel(spec, init, rng);
}
