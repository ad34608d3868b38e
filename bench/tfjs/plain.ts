// The peer's hand-written model: the cell in plain tf ops, gradients with
// tf.variableGrads, updates with tf.train.adam, batch 1.

import * as tf from '@tensorflow/tfjs';
import type { Contestant } from '../contestant.ts';
import { gateCount, LEARNING_RATE, type BenchSetting, type Sequence } from '../settings.ts';
import { useBackend, type TfBackend } from './backend.ts';
import { cellStep, type CellState } from './cells.ts';

/**
 * How the one-hot input reaches the cell: 'gather' picks rows of W_ih by id,
 * 'onehot' multiplies a one-hot matrix by W_ih. Either way all T input
 * projections are computed at once, outside the recurrence.
 */
export type InputForm = 'gather' | 'onehot';

interface SequenceTensors {
  ids: tf.Tensor1D;
  oneHot: tf.Tensor2D;
  targets: tf.Tensor2D;
}

export async function createPlainContestant(
  setting: BenchSetting,
  backend: TfBackend,
  input: InputForm,
  sequences: readonly Sequence[],
  seed: number,
): Promise<Contestant> {
  // Variables live on the backend active when they are created.
  await useBackend(backend);
  const { vocab: v, hidden: h, steps: t, cell } = setting;
  const gh = gateCount(cell) * h;
  const bound = 1 / Math.sqrt(h);
  const uniform = (shape: number[], k: number): tf.Variable => {
    const initial = tf.randomUniform(shape, -bound, bound, 'float32', seed + k);
    const variable = tf.variable(initial);
    initial.dispose();
    return variable;
  };
  const wih = uniform([v, gh], 1);
  const bih = uniform([1, gh], 2);
  const whh = uniform([h, gh], 3);
  const bhh = cell === 'gru' ? uniform([1, gh], 4) : null;
  const wout = uniform([h, v], 5);
  const bout = uniform([1, v], 6);
  const vars = [wih, bih, whh, wout, bout, ...(bhh ? [bhh] : [])];
  const optimizer = tf.train.adam(LEARNING_RATE);
  const zeros = tf.zeros([1, h]) as tf.Tensor2D;

  const data: SequenceTensors[] = sequences.map((s) => {
    const ids = tf.tensor1d(s.inputs, 'int32');
    // tidy frees the intermediate int32 tensors and keeps the returned ones.
    const [oneHot, targets] = tf.tidy(() => [
      tf.oneHot(ids, v).toFloat() as tf.Tensor2D,
      tf.oneHot(tf.tensor1d(s.targets, 'int32'), v).toFloat() as tf.Tensor2D,
    ]);
    return { ids, oneHot: oneHot!, targets: targets! };
  });

  const loss = (d: SequenceTensors): tf.Scalar => {
    const projected = input === 'gather' ? tf.gather(wih, d.ids) : tf.matMul(d.oneHot, wih);
    const xs = tf.split(tf.add(projected, bih), t, 0) as tf.Tensor2D[];
    let state: CellState = { h: zeros, c: cell === 'lstm' ? zeros : null };
    const hs: tf.Tensor2D[] = [];
    for (const x of xs) {
      state = cellStep(cell, x, state, { whh, bhh }, h);
      hs.push(state.h);
    }
    const logits = tf.add(tf.matMul(tf.concat(hs, 0), wout), bout);
    // Mean over the T steps, softmax inside.
    return tf.losses.softmaxCrossEntropy(d.targets, logits);
  };

  let next = 0;
  let last = NaN;
  return {
    engine: backend === 'cpu' ? 'tfjs-cpu' : 'tfjs-wasm',
    form: `plain-${input}`,
    activate: () => useBackend(backend),
    step() {
      const d = data[next]!;
      next = (next + 1) % data.length;
      tf.tidy(() => {
        const { value, grads } = tf.variableGrads(() => loss(d), vars);
        optimizer.applyGradients(Object.entries(grads).map(([name, tensor]) => ({ name, tensor })));
        // Reading the loss also makes sure the step has really finished.
        last = value.dataSync()[0]!;
      });
    },
    lastLoss: () => last,
    dispose() {
      tf.dispose([...vars, zeros, ...data.flatMap((d) => [d.ids, d.oneHot, d.targets])]);
      optimizer.dispose();
    },
  };
}
