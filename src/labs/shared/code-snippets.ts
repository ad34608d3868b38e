// The network on screen as the few lines that build it in Keras and in
// PyTorch, and its weights as a PyTorch state_dict in JSON. Pure functions of
// the spec: the "Show the code" panel prints them, tests check them.
//
// The PyTorch code names its modules embedding / rnn / head (and encoder /
// decoder for the translator), so the engine's parameter names are exactly
// the module's state_dict keys and the JSON loads with load_state_dict.

import type { ModelSpec, OptimizerSpec, ClipSpec } from '../../engine/api.ts';

export interface Training {
  optimizer: OptimizerSpec;
  clip: ClipSpec;
}

export type CodeSpec =
  | { kind: 'model'; spec: ModelSpec; training?: Training }
  | {
      kind: 'seq2seq';
      cell: 'rnn' | 'lstm' | 'gru';
      hiddenSize: number;
      embeddingDim: number;
      sourceVocab: number;
      targetVocab: number;
      training?: Training;
    };

/** One parameter as frames carry it. */
export interface ParamValues {
  name: string;
  rows: number;
  cols: number;
  w: ArrayLike<number>;
}

const KERAS_LAYER = { rnn: 'SimpleRNN', lstm: 'LSTM', gru: 'GRU' } as const;
const TORCH_LAYER = { rnn: 'RNN', lstm: 'LSTM', gru: 'GRU' } as const;

const num = (v: number) => (Number.isInteger(v) ? v.toFixed(1) : String(v));

/** Cells the frameworks build in; the others get a small custom module. */
function builtIn(spec: ModelSpec, framework: 'keras' | 'torch'): boolean {
  const r = spec.rnn;
  if (r.cell === 'lstm_simple') return false;
  if (framework === 'keras') return true;
  if (r.cell === 'rnn') return (r.activation ?? 'tanh') === 'tanh' || r.activation === 'relu';
  return r.cell !== 'gru' || r.resetAfter !== false;
}

function kerasOptimizer(t: Training | undefined, loss: string): string[] {
  const o = t?.optimizer ?? { name: 'adam', lr: 0.001 };
  const clip = t?.clip.kind === 'norm' ? `, global_clipnorm=${num(t.clip.maxNorm)}` : t?.clip.kind === 'value' ? `, clipvalue=${num(t.clip.value)}` : '';
  const opt =
    o.name === 'adam'
      ? `tf.keras.optimizers.Adam(learning_rate=${o.lr}${clip})`
      : `tf.keras.optimizers.SGD(learning_rate=${o.lr}${o.momentum ? `, momentum=${o.momentum}` : ''}${clip})`;
  return ['model.compile(', `    optimizer=${opt},`, `    loss=${loss},`, ')'];
}

function torchTraining(t: Training | undefined, loss: string): string[] {
  const o = t?.optimizer ?? { name: 'adam', lr: 0.001 };
  const opt =
    o.name === 'adam'
      ? `torch.optim.Adam(model.parameters(), lr=${o.lr})`
      : `torch.optim.SGD(model.parameters(), lr=${o.lr}${o.momentum ? `, momentum=${o.momentum}` : ''})`;
  const lines = [`optimizer = ${opt}`, `loss_fn = ${loss}`];
  if (t?.clip.kind === 'norm') lines.push(`# after loss.backward(): nn.utils.clip_grad_norm_(model.parameters(), ${num(t.clip.maxNorm)})`);
  if (t?.clip.kind === 'value') lines.push(`# after loss.backward(): nn.utils.clip_grad_value_(model.parameters(), ${num(t.clip.value)})`);
  return lines;
}

const SIMPLE_LSTM_KERAS = [
  'class SimpleLSTMCell(layers.Layer):',
  '    """The notes\' gate-free cell: c_t = c_{t-1} + tanh(x_t W + h_{t-1} U + b), h_t = tanh(c_t)."""',
  '    def __init__(self, units, **kwargs):',
  '        super().__init__(**kwargs)',
  '        self.units = units',
  '        self.state_size = [units, units]',
  '',
  '    def build(self, input_shape):',
  '        self.w = self.add_weight(shape=(input_shape[-1], self.units))',
  '        self.u = self.add_weight(shape=(self.units, self.units))',
  '        self.b = self.add_weight(shape=(self.units,), initializer="zeros")',
  '',
  '    def call(self, x, states):',
  '        h, c = states',
  '        c = c + tf.tanh(x @ self.w + h @ self.u + self.b)',
  '        h = tf.tanh(c)',
  '        return h, [h, c]',
  '',
];

function kerasRecurrent(spec: ModelSpec, returnSequences: boolean): string {
  const r = spec.rnn;
  const rs = returnSequences ? ', return_sequences=True' : '';
  let layer: string;
  if (r.cell === 'lstm_simple') layer = `layers.RNN(SimpleLSTMCell(${r.hiddenSize})${rs})`;
  else if (r.cell === 'rnn') {
    const act = r.activation === 'identity' ? 'linear' : (r.activation ?? 'tanh');
    layer = `layers.SimpleRNN(${r.hiddenSize}, activation="${act}"${rs})`;
  } else if (r.cell === 'gru' && r.resetAfter === false) layer = `layers.GRU(${r.hiddenSize}, reset_after=False${rs})`;
  else layer = `layers.${KERAS_LAYER[r.cell]}(${r.hiddenSize}${rs})`;
  return r.bidirectional ? `layers.Bidirectional(${layer})` : layer;
}

function kerasModel(spec: ModelSpec, training?: Training): string {
  const r = spec.rnn;
  const lines = ['import tensorflow as tf', 'from tensorflow.keras import layers', ''];
  if (r.cell === 'lstm_simple') lines.push(...SIMPLE_LSTM_KERAS);
  const body: string[] = [];
  const inp = spec.input;
  if (inp.kind === 'onehot') body.push(`tf.keras.Input(shape=(None, ${inp.vocabSize})),  # one-hot vectors, any length`);
  else if (inp.kind === 'dense') body.push(`tf.keras.Input(shape=(None, ${inp.inputSize})),  # T steps of ${inp.inputSize} numbers`);
  else body.push('tf.keras.Input(shape=(None,), dtype="int32"),  # token ids, any length', `layers.Embedding(input_dim=${inp.vocabSize}, output_dim=${inp.embeddingDim}),`);
  // the engine's last_step head reads the top layer's output at the last step, [forward ; reverse] when bidirectional
  const lastSeq = spec.head !== 'last_step' || r.bidirectional;
  for (let k = 0; k < r.numLayers; k++) body.push(`${kerasRecurrent(spec, k < r.numLayers - 1 || lastSeq)},`);
  if (spec.head === 'last_step' && r.bidirectional) body.push('layers.Lambda(lambda seq: seq[:, -1]),  # the last step of both directions');
  if (spec.head === 'mean_pool') body.push('layers.GlobalAveragePooling1D(),  # the mean of every step\'s state');
  body.push(`layers.Dense(${spec.outputSize}),${spec.loss === 'cross_entropy' ? '  # logits: the softmax is in the loss' : ''}`);
  lines.push('model = tf.keras.Sequential([', ...body.map((b) => `    ${b}`), '])');
  const loss = spec.loss === 'cross_entropy' ? 'tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)' : '"mse"';
  lines.push(...kerasOptimizer(training, loss));
  return lines.join('\n');
}

const CUSTOM_STEP: Record<string, string[]> = {
  lstm_simple: ['c = c + torch.tanh(a)', 'h = torch.tanh(c)'],
  sigmoid: ['h = torch.sigmoid(a)'],
  identity: ['h = a'],
};

function customTorch(spec: ModelSpec): string[] {
  const r = spec.rnn;
  const gru = r.cell === 'gru';
  const gates = gru ? 3 : 1;
  const withC = r.cell === 'lstm_simple';
  const what = withC
    ? 'the notes\' gate-free cell: c_t = c_{t-1} + tanh(a_t), h_t = tanh(c_t)'
    : gru
      ? 'a GRU with r applied before W_hn (Cho et al. 2014): n = tanh(W_in x + b_in + W_hn (r * h) + b_hn)'
      : `a vanilla cell with h_t = ${r.activation}(a_t)`;
  const step = gru
    ? [
        'gi = x[:, t] @ p("weight_ih").T + p("bias_ih")',
        'wh, bh = p("weight_hh"), p("bias_hh")',
        'r, z = torch.sigmoid(gi[:, :2 * H] + h @ wh[:2 * H].T + bh[:2 * H]).chunk(2, dim=1)',
        'n = torch.tanh(gi[:, 2 * H:] + (r * h) @ wh[2 * H:].T + bh[2 * H:])',
        'h = (1 - z) * n + z * h',
      ]
    : ['a = x[:, t] @ p("weight_ih").T + p("bias_ih") + h @ p("weight_hh").T + p("bias_hh")', ...(CUSTOM_STEP[withC ? 'lstm_simple' : (r.activation ?? 'tanh')] ?? [])];
  return [
    'class CustomRNN(nn.Module):',
    `    """${what}; parameters named as in nn.RNN."""`,
    '    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False):',
    '        super().__init__()',
    '        self.hidden_size, self.num_layers = hidden_size, num_layers',
    '        self.dirs = ["", "_reverse"] if bidirectional else [""]',
    '        bound = hidden_size ** -0.5',
    `        G = ${gates} * hidden_size`,
    '        for k in range(num_layers):',
    '            n_in = input_size if k == 0 else hidden_size * len(self.dirs)',
    '            for d in self.dirs:',
    '                for name, shape in [("weight_ih", (G, n_in)), ("weight_hh", (G, hidden_size)), ("bias_ih", (G,)), ("bias_hh", (G,))]:',
    '                    setattr(self, f"{name}_l{k}{d}", nn.Parameter(torch.empty(shape).uniform_(-bound, bound)))',
    '',
    '    def forward(self, x):  # x: (batch, T, features)',
    '        H, T = self.hidden_size, x.shape[1]',
    '        for k in range(self.num_layers):',
    '            outs = []',
    '            for d in self.dirs:',
    '                p = lambda name: getattr(self, f"{name}_l{k}{d}")',
    '                h = x.new_zeros(x.shape[0], H)',
    ...(withC ? ['                c = torch.zeros_like(h)'] : []),
    '                hs = [None] * T',
    '                for t in (reversed(range(T)) if d else range(T)):',
    ...step.map((l) => `                    ${l}`),
    '                    hs[t] = h',
    '                outs.append(torch.stack(hs, dim=1))',
    '            x = torch.cat(outs, dim=-1)',
    '        return x, None',
    '',
  ];
}

function torchModel(spec: ModelSpec, training?: Training): string {
  const r = spec.rnn;
  const inp = spec.input;
  const lines = ['import torch', 'from torch import nn', ''];
  const custom = !builtIn(spec, 'torch');
  if (custom) lines.push(...customTorch(spec));
  const width = inp.kind === 'onehot' ? inp.vocabSize : inp.kind === 'embedding' ? inp.embeddingDim : inp.inputSize;
  const args = [`input_size=${width}`, `hidden_size=${r.hiddenSize}`];
  if (r.numLayers > 1) args.push(`num_layers=${r.numLayers}`);
  if (!custom) args.push('batch_first=True');
  if (r.bidirectional) args.push('bidirectional=True');
  if (!custom && r.cell === 'rnn' && r.activation === 'relu') args.push('nonlinearity="relu"');
  const rnn = custom ? `CustomRNN(${args.join(', ')})` : `nn.${TORCH_LAYER[r.cell as 'rnn' | 'lstm' | 'gru']}(${args.join(', ')})`;
  const D = r.bidirectional ? 2 : 1;
  lines.push('class Net(nn.Module):', '    def __init__(self):', '        super().__init__()');
  if (inp.kind === 'embedding') lines.push(`        self.embedding = nn.Embedding(${inp.vocabSize}, ${inp.embeddingDim})`);
  lines.push(`        self.rnn = ${rnn}`, `        self.head = nn.Linear(${D * r.hiddenSize}, ${spec.outputSize})`, '');
  const xin =
    inp.kind === 'embedding'
      ? ['    def forward(self, ids):  # ids: (batch, T) token ids', '        out, _ = self.rnn(self.embedding(ids))']
      : inp.kind === 'onehot'
        ? ['    def forward(self, ids):  # ids: (batch, T) token ids, read as one-hot vectors', `        out, _ = self.rnn(nn.functional.one_hot(ids, ${inp.vocabSize}).float())`]
        : ['    def forward(self, x):  # x: (batch, T, features)', '        out, _ = self.rnn(x)'];
  lines.push(...xin);
  const head = spec.head === 'per_step' ? 'self.head(out)  # at every step' : spec.head === 'last_step' ? 'self.head(out[:, -1])  # the last step' : 'self.head(out.mean(dim=1))  # the mean of every step';
  lines.push(`        return ${head}`, '', 'model = Net()');
  const loss = spec.loss === 'cross_entropy' ? `nn.CrossEntropyLoss()${spec.head === 'per_step' ? '  # loss_fn(logits.transpose(1, 2), targets)' : ''}` : 'nn.MSELoss()';
  lines.push(...torchTraining(training, loss));
  return lines.join('\n');
}

type Seq = Extract<CodeSpec, { kind: 'seq2seq' }>;

function kerasSeq2Seq(c: Seq): string {
  const L = KERAS_LAYER[c.cell];
  const enc = c.cell === 'lstm' ? `_, h, c = layers.LSTM(${c.hiddenSize}, return_state=True)(x)` : `_, h = layers.${L}(${c.hiddenSize}, return_state=True)(x)`;
  const state = c.cell === 'lstm' ? '[h, c]' : 'h';
  return [
    'import tensorflow as tf',
    'from tensorflow.keras import layers',
    '',
    'source = tf.keras.Input(shape=(None,), dtype="int32")     # the sentence to translate',
    'target_in = tf.keras.Input(shape=(None,), dtype="int32")  # <bos> y1 .. y_n (teacher forcing)',
    '',
    '# encoder: only its final state is kept, one fixed-size vector',
    `x = layers.Embedding(${c.sourceVocab}, ${c.embeddingDim})(source)`,
    enc,
    '',
    '# decoder: starts from the encoder\'s state, predicts y1 .. y_n <eos>',
    `y = layers.Embedding(${c.targetVocab}, ${c.embeddingDim})(target_in)`,
    `y = layers.${L}(${c.hiddenSize}, return_sequences=True)(y, initial_state=${state})`,
    `logits = layers.Dense(${c.targetVocab})(y)`,
    '',
    'model = tf.keras.Model([source, target_in], logits)',
    ...kerasOptimizer(c.training, 'tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)'),
  ].join('\n');
}

function torchSeq2Seq(c: Seq): string {
  const L = TORCH_LAYER[c.cell];
  const rnn = `nn.${L}(${c.embeddingDim}, ${c.hiddenSize}, batch_first=True)`;
  return [
    'import torch',
    'from torch import nn',
    '',
    'class Encoder(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    `        self.embedding = nn.Embedding(${c.sourceVocab}, ${c.embeddingDim})`,
    `        self.rnn = ${rnn}`,
    '',
    '    def forward(self, source):  # (batch, S) token ids',
    '        _, state = self.rnn(self.embedding(source))',
    `        return state  # ${c.cell === 'lstm' ? '(h_n, c_n)' : 'h_n'}: the one vector the decoder starts from`,
    '',
    'class Decoder(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    `        self.embedding = nn.Embedding(${c.targetVocab}, ${c.embeddingDim})`,
    `        self.rnn = ${rnn}`,
    `        self.head = nn.Linear(${c.hiddenSize}, ${c.targetVocab})`,
    '',
    '    def forward(self, target_in, state):  # <bos> y1 .. y_n (teacher forcing)',
    '        out, state = self.rnn(self.embedding(target_in), state)',
    '        return self.head(out), state',
    '',
    'class Seq2Seq(nn.Module):',
    '    def __init__(self):',
    '        super().__init__()',
    '        self.encoder = Encoder()',
    '        self.decoder = Decoder()',
    '',
    '    def forward(self, source, target_in):',
    '        logits, _ = self.decoder(target_in, self.encoder(source))',
    '        return logits',
    '',
    'model = Seq2Seq()',
    ...torchTraining(c.training, 'nn.CrossEntropyLoss()  # loss_fn(logits.transpose(1, 2), targets)'),
  ].join('\n');
}

export function kerasCode(c: CodeSpec): string {
  return c.kind === 'seq2seq' ? kerasSeq2Seq(c) : kerasModel(c.spec, c.training);
}

export function pytorchCode(c: CodeSpec): string {
  return c.kind === 'seq2seq' ? torchSeq2Seq(c) : torchModel(c.spec, c.training);
}

/** The weights as PyTorch's state_dict, in JSON: matrices as lists of rows, vectors as flat lists. */
export function stateDictJson(params: readonly ParamValues[]): string {
  const dict: Record<string, number[] | number[][]> = {};
  for (const p of params) {
    const w = Array.from(p.w);
    dict[p.name] = p.cols === 1 ? w : Array.from({ length: p.rows }, (_, r) => w.slice(r * p.cols, (r + 1) * p.cols));
  }
  return JSON.stringify(dict);
}

/** How to load the file into the PyTorch model above: the same lines for every model. */
export function loadStateDictCode(fileName: string): string {
  return [
    'import json',
    `with open(${JSON.stringify(fileName)}) as f:`,
    '    model.load_state_dict({k: torch.tensor(v) for k, v in json.load(f).items()})',
  ].join('\n');
}
