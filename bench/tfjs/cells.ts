// The recurrent cells in plain TensorFlow.js ops, batch 1, row vectors
// (h is 1 x H, weights are in x out), with as few kernels per step as the
// maths allows: the peer's fastest hand-written form.

import * as tf from '@tensorflow/tfjs';
import type { BenchCell } from '../settings.ts';

export interface CellState {
  h: tf.Tensor2D;
  /** LSTM only */
  c: tf.Tensor2D | null;
}

export interface CellWeights {
  /** H x G·H */
  whh: tf.Variable;
  /** G·H, GRU only: b_hn must stay inside r ⊙ (W_hn h + b_hn); the other cells fold it into the input bias */
  bhh: tf.Variable | null;
}

/**
 * One step from the input projection xw (1 x G·H, input bias included).
 * Gate column order is the peer's own choice: LSTM [i f o | g] so that one
 * sigmoid covers three gates; GRU [r z | n].
 */
export function cellStep(cell: BenchCell, xw: tf.Tensor2D, state: CellState, w: CellWeights, hidden: number): CellState {
  const hw = tf.matMul(state.h, w.whh);
  switch (cell) {
    case 'rnn':
      return { h: tf.tanh(tf.add(xw, hw)), c: null };
    case 'lstm': {
      const [sPre, gPre] = tf.split(tf.add(xw, hw), [3 * hidden, hidden], 1) as [tf.Tensor2D, tf.Tensor2D];
      const [i, f, o] = tf.split(tf.sigmoid(sPre), 3, 1) as [tf.Tensor2D, tf.Tensor2D, tf.Tensor2D];
      if (!state.c) throw new Error('lstm: missing cell state');
      const c: tf.Tensor2D = tf.add(tf.mul(f, state.c), tf.mul(i, tf.tanh(gPre)));
      return { h: tf.mul(o, tf.tanh(c)), c };
    }
    case 'gru': {
      if (!w.bhh) throw new Error('gru: missing b_hh');
      const gh = tf.add(hw, w.bhh);
      const [xrz, xn] = tf.split(xw, [2 * hidden, hidden], 1) as [tf.Tensor2D, tf.Tensor2D];
      const [hrz, hn] = tf.split(gh, [2 * hidden, hidden], 1) as [tf.Tensor2D, tf.Tensor2D];
      const [r, z] = tf.split(tf.sigmoid(tf.add(xrz, hrz)), 2, 1) as [tf.Tensor2D, tf.Tensor2D];
      const n = tf.tanh(tf.add(xn, tf.mul(r, hn)));
      // (1 - z) n + z h = n + z (h - n)
      return { h: tf.add(n, tf.mul(z, tf.sub(state.h, n))), c: null };
    }
  }
}
