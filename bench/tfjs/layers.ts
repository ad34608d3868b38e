// The peer's high-level form, for reference: a tf.layers recurrent layer and
// a dense head, trained with the same variableGrads + Adam loop.

import * as tf from '@tensorflow/tfjs';
import type { Contestant } from '../contestant.ts';
import { LEARNING_RATE, type BenchSetting, type Sequence } from '../settings.ts';
import { useBackend, type TfBackend } from './backend.ts';

export async function createLayersContestant(
  setting: BenchSetting,
  backend: TfBackend,
  sequences: readonly Sequence[],
): Promise<Contestant> {
  await useBackend(backend);
  const { vocab: v, hidden: h, steps: t, cell } = setting;
  const recurrentArgs = { units: h, returnSequences: true, inputShape: [t, v] };
  const recurrent =
    cell === 'lstm' ? tf.layers.lstm(recurrentArgs) : cell === 'gru' ? tf.layers.gru(recurrentArgs) : tf.layers.simpleRNN(recurrentArgs);
  const model = tf.sequential({ layers: [recurrent, tf.layers.dense({ units: v })] });
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const optimizer = tf.train.adam(LEARNING_RATE);

  const data = sequences.map((s) =>
    // tidy frees the intermediate tensors and keeps the returned ones.
    tf.tidy(() => ({
      x: tf.oneHot(tf.tensor1d(s.inputs, 'int32'), v).toFloat().reshape([1, t, v]),
      y: tf.oneHot(tf.tensor1d(s.targets, 'int32'), v).toFloat().reshape([1, t, v]),
    })),
  );

  let next = 0;
  let last = NaN;
  return {
    engine: backend === 'cpu' ? 'tfjs-cpu' : 'tfjs-wasm',
    form: 'layers',
    activate: () => useBackend(backend),
    step() {
      const d = data[next]!;
      next = (next + 1) % data.length;
      tf.tidy(() => {
        const { value, grads } = tf.variableGrads(
          () => tf.losses.softmaxCrossEntropy(d.y, model.apply(d.x) as tf.Tensor),
          vars,
        );
        optimizer.applyGradients(Object.entries(grads).map(([name, tensor]) => ({ name, tensor })));
        last = value.dataSync()[0]!;
      });
    },
    lastLoss: () => last,
    dispose() {
      tf.dispose(data.flatMap((d) => [d.x, d.y]));
      optimizer.dispose();
      model.dispose();
    },
  };
}
