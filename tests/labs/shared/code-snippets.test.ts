// The "Show the code" generator: the layers, their arguments and the head for
// several specs in Keras and PyTorch, and the weights file in PyTorch's
// state_dict layout (names, shapes, values that load back).

import { describe, expect, it } from 'vitest';
import type { ModelSpec } from '../../../src/engine/api.ts';
import { createModel, createRng, createSeq2Seq, modelFromStateDict } from '../../../src/engine/index.ts';
import { kerasCode, pytorchCode, stateDictJson, type CodeSpec } from '../../../src/labs/shared/code-snippets.ts';

function model(spec: ModelSpec): CodeSpec {
  return { kind: 'model', spec };
}

const BILLE: ModelSpec = {
  input: { kind: 'onehot', vocabSize: 4 },
  rnn: { cell: 'rnn', activation: 'tanh', hiddenSize: 3, numLayers: 1, bidirectional: false },
  head: 'per_step',
  outputSize: 4,
  loss: 'cross_entropy',
};

const DEEP_BI_LSTM: ModelSpec = {
  input: { kind: 'embedding', vocabSize: 30, embeddingDim: 8 },
  rnn: { cell: 'lstm', hiddenSize: 16, numLayers: 2, bidirectional: true },
  head: 'last_step',
  outputSize: 2,
  loss: 'cross_entropy',
};

describe('Keras and PyTorch code', () => {
  it('the bille net: one-hot input, a tanh SimpleRNN / nn.RNN, a linear head at every step', () => {
    const k = kerasCode(model(BILLE));
    expect(k).toContain('tf.keras.Input(shape=(None, 4))');
    expect(k).toContain('layers.SimpleRNN(3, activation="tanh", return_sequences=True)');
    expect(k).toContain('layers.Dense(4)');
    expect(k).toContain('SparseCategoricalCrossentropy(from_logits=True)');
    expect(k).not.toContain('Embedding');
    const p = pytorchCode(model(BILLE));
    expect(p).toContain('self.rnn = nn.RNN(input_size=4, hidden_size=3, batch_first=True)');
    expect(p).toContain('nn.functional.one_hot(ids, 4)');
    expect(p).toContain('self.head = nn.Linear(3, 4)');
    expect(p).toContain('return self.head(out)  # at every step');
    expect(p).not.toContain('nonlinearity');
  });

  it('a deep bidirectional LSTM with an embedding, read at the last step', () => {
    const k = kerasCode({ kind: 'model', spec: DEEP_BI_LSTM, training: { optimizer: { name: 'adam', lr: 0.01 }, clip: { kind: 'norm', maxNorm: 5 } } });
    expect(k).toContain('layers.Embedding(input_dim=30, output_dim=8)');
    expect(k.match(/layers\.Bidirectional\(layers\.LSTM\(16, return_sequences=True\)\)/g)).toHaveLength(2);
    expect(k).toContain('layers.Lambda(lambda seq: seq[:, -1])');
    expect(k).toContain('tf.keras.optimizers.Adam(learning_rate=0.01, global_clipnorm=5.0)');
    const p = pytorchCode({ kind: 'model', spec: DEEP_BI_LSTM, training: { optimizer: { name: 'adam', lr: 0.01 }, clip: { kind: 'norm', maxNorm: 5 } } });
    expect(p).toContain('self.embedding = nn.Embedding(30, 8)');
    expect(p).toContain('nn.LSTM(input_size=8, hidden_size=16, num_layers=2, batch_first=True, bidirectional=True)');
    expect(p).toContain('self.head = nn.Linear(32, 2)');
    expect(p).toContain('self.head(out[:, -1])');
    expect(p).toContain('torch.optim.Adam(model.parameters(), lr=0.01)');
    expect(p).toContain('clip_grad_norm_(model.parameters(), 5.0)');
  });

  it('a one-direction GRU read at the last step returns only its last state in Keras', () => {
    const spec: ModelSpec = { ...DEEP_BI_LSTM, rnn: { cell: 'gru', hiddenSize: 5, numLayers: 1, bidirectional: false } };
    expect(kerasCode(model(spec))).toContain('layers.GRU(5),');
    expect(pytorchCode(model(spec))).toContain('nn.GRU(input_size=8, hidden_size=5, batch_first=True)');
  });

  it('relu is built into nn.RNN; sigmoid, the simple LSTM and the Cho GRU get a custom module named like nn.RNN', () => {
    const relu: ModelSpec = { ...BILLE, rnn: { ...BILLE.rnn, activation: 'relu' } };
    expect(pytorchCode(model(relu))).toContain('nonlinearity="relu"');
    expect(kerasCode(model(relu))).toContain('activation="relu"');
    const sigmoid: ModelSpec = { ...BILLE, rnn: { ...BILLE.rnn, activation: 'sigmoid' } };
    const ps = pytorchCode(model(sigmoid));
    expect(ps).toContain('self.rnn = CustomRNN(input_size=4, hidden_size=3)');
    expect(ps).toContain('h = torch.sigmoid(a)');
    const simple: ModelSpec = { ...BILLE, rnn: { cell: 'lstm_simple', hiddenSize: 3, numLayers: 1, bidirectional: false } };
    expect(kerasCode(model(simple))).toContain('layers.RNN(SimpleLSTMCell(3), return_sequences=True)');
    expect(pytorchCode(model(simple))).toContain('c = c + torch.tanh(a)');
    const cho: ModelSpec = { ...BILLE, rnn: { cell: 'gru', resetAfter: false, hiddenSize: 3, numLayers: 1, bidirectional: false } };
    expect(kerasCode(model(cho))).toContain('layers.GRU(3, reset_after=False, return_sequences=True)');
    expect(pytorchCode(model(cho))).toContain('(r * h) @ wh[2 * H:].T');
  });

  it('the translator: an encoder that returns its state and a decoder that starts from it', () => {
    const c: CodeSpec = { kind: 'seq2seq', cell: 'lstm', hiddenSize: 48, embeddingDim: 24, sourceVocab: 20, targetVocab: 26 };
    const k = kerasCode(c);
    expect(k).toContain('layers.Embedding(20, 24)(source)');
    expect(k).toContain('_, h, c = layers.LSTM(48, return_state=True)(x)');
    expect(k).toContain('layers.LSTM(48, return_sequences=True)(y, initial_state=[h, c])');
    expect(k).toContain('layers.Dense(26)(y)');
    const g = kerasCode({ ...c, cell: 'gru' });
    expect(g).toContain('_, h = layers.GRU(48, return_state=True)(x)');
    expect(g).toContain('initial_state=h)');
    const p = pytorchCode(c);
    expect(p).toContain('self.encoder = Encoder()');
    expect(p).toContain('self.rnn = nn.LSTM(24, 48, batch_first=True)');
    expect(p).toContain('self.head = nn.Linear(48, 26)');
    expect(p).toContain('self.embedding = nn.Embedding(26, 24)');
  });
});

describe('the weights file', () => {
  const snap = (params: readonly { name: string; rows: number; cols: number; w: Float64Array }[]) =>
    params.map((p) => ({ name: p.name, rows: p.rows, cols: p.cols, w: p.w.slice() }));

  it('has PyTorch’s names and shapes: weight_ih_l0 is (gates·H, input), reverse and deeper layers included', () => {
    const m = createModel(DEEP_BI_LSTM, { kind: 'pytorch' }, createRng(1));
    const dict = JSON.parse(stateDictJson(snap(m.params))) as Record<string, number[] | number[][]>;
    const shape = (v: number[] | number[][] | undefined) => (v === undefined ? null : Array.isArray(v[0]) ? [v.length, (v[0] as number[]).length] : [v.length]);
    expect(Object.keys(dict)).toEqual([
      'embedding.weight',
      ...[0, 1].flatMap((l) => ['', '_reverse'].flatMap((d) => ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh'].map((n) => `rnn.${n}_l${l}${d}`))),
      'head.weight',
      'head.bias',
    ]);
    expect(shape(dict['embedding.weight'])).toEqual([30, 8]);
    expect(shape(dict['rnn.weight_ih_l0'])).toEqual([64, 8]);
    expect(shape(dict['rnn.weight_hh_l0_reverse'])).toEqual([64, 16]);
    expect(shape(dict['rnn.weight_ih_l1'])).toEqual([64, 32]);
    expect(shape(dict['rnn.bias_hh_l1_reverse'])).toEqual([64]);
    expect(shape(dict['head.weight'])).toEqual([2, 32]);
    // the values load back into the same network
    const back = modelFromStateDict(DEEP_BI_LSTM, dict);
    const sample = { inputs: { kind: 'ids', ids: [1, 5, 9] }, targets: { kind: 'ids', ids: [1] } } as const;
    expect(back.loss(sample)).toBe(m.loss(sample));
  });

  it('names the translator’s weights encoder.* and decoder.* (GRU: 3H rows)', () => {
    const s2s = createSeq2Seq(
      { cell: 'gru', hiddenSize: 6, embeddingDim: 4, sourceVocab: 7, targetVocab: 9, bos: 0, eos: 1, maxSource: 5, maxTarget: 5 },
      { kind: 'pytorch' },
      createRng(2),
    );
    const dict = JSON.parse(stateDictJson(snap(s2s.params))) as Record<string, number[][]>;
    expect(Object.keys(dict)).toContain('encoder.embedding.weight');
    expect(Object.keys(dict)).toContain('decoder.head.weight');
    expect(Object.keys(dict)).not.toContain('encoder.head.weight');
    expect([dict['encoder.rnn.weight_ih_l0']?.length, dict['encoder.rnn.weight_ih_l0']?.[0]?.length]).toEqual([18, 4]);
    expect([dict['decoder.head.weight']?.length, dict['decoder.head.weight']?.[0]?.length]).toEqual([9, 6]);
    const before = s2s.exportStateDict();
    s2s.params[0]!.w.fill(0);
    s2s.importStateDict(dict);
    expect(s2s.exportStateDict()).toEqual(before);
  });
});
