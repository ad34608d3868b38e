// The bag-of-words baseline: logistic regression on word counts,
//   P(positive) = σ(b + Σ_w count(w) · θ_w),
// trained by full-batch gradient descent on the mean cross-entropy. Word order
// is thrown away before the model sees anything, so two reviews with the same
// words get the same answer whatever their order.

export interface BagOfWords {
  readonly theta: Float64Array;
  bias: number;
  epochs: number;
}

export interface BowExample {
  readonly ids: readonly number[];
  readonly positive: boolean;
}

export function createBagOfWords(vocabSize: number): BagOfWords {
  return { theta: new Float64Array(vocabSize), bias: 0, epochs: 0 };
}

/** Word counts of a review over the vocabulary (ids out of range are ignored). */
export function wordCounts(ids: readonly number[], vocabSize: number): Float64Array {
  const c = new Float64Array(vocabSize);
  for (const id of ids) if (id >= 0 && id < vocabSize) c[id]! += 1;
  return c;
}

export function bowPredict(m: BagOfWords, ids: readonly number[]): number {
  let z = m.bias;
  for (const id of ids) z += m.theta[id] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** `epochs` full-batch gradient steps; returns the mean cross-entropy before the last one. */
export function trainBagOfWords(m: BagOfWords, data: readonly BowExample[], epochs: number, lr: number): number {
  const n = data.length;
  let loss = 0;
  const g = new Float64Array(m.theta.length);
  for (let e = 0; e < epochs; e++) {
    g.fill(0);
    let gb = 0;
    loss = 0;
    for (const x of data) {
      const p = bowPredict(m, x.ids);
      const y = x.positive ? 1 : 0;
      loss -= Math.log(Math.max(1e-12, y === 1 ? p : 1 - p));
      // ∂ℓ/∂z = p - y, and ∂z/∂θ_w = count(w)
      const d = (p - y) / n;
      gb += d;
      for (const id of x.ids) if (id >= 0 && id < g.length) g[id]! += d;
    }
    m.bias -= lr * gb;
    for (let k = 0; k < g.length; k++) m.theta[k]! -= lr * g[k]!;
    m.epochs += 1;
    loss /= n;
  }
  return loss;
}
