// Dense kernels over row-major Float64Arrays, shared by the cells, the input
// projection and the head. V8 does not vectorise, so the loops keep several
// independent sums in flight (four accumulators, or four rows at once) and
// touch each value once where they can. Nothing here allocates.
//
// At the tiny sizes of the first lessons (3 hidden units) the cost is not the
// arithmetic but V8's work around each typed-array access (map check, bounds
// check, data pointer), and after a store to any typed array the next read of
// an array loads its data pointer again. So loop bodies read what they need
// before their first store, and the kernels are small enough to be inlined.
// Every reordering keeps each sum's terms and their order as they were: the
// results are the same to the last bit.

/** Σ_q a[ao+q] · b[bo+q], q < n, with four accumulators. */
export function dot(a: Float64Array, ao: number, b: Float64Array, bo: number, n: number): number {
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let q = 0;
  for (; q + 3 < n; q += 4) {
    s0 += a[ao + q]! * b[bo + q]!;
    s1 += a[ao + q + 1]! * b[bo + q + 1]!;
    s2 += a[ao + q + 2]! * b[bo + q + 2]!;
    s3 += a[ao + q + 3]! * b[bo + q + 3]!;
  }
  for (; q < n; q++) s0 += a[ao + q]! * b[bo + q]!;
  return s0 + s1 + (s2 + s3);
}

/**
 * out[q] += Σ_r W[(r0+r)·C + q] · v[vo+r] for r < rows, q < C: a transposed
 * matrix-vector product (Wᵀv) read row by row, eight rows per pass over out,
 * then four, then one. Each pass is its own small function: V8 inlines
 * functions of a few hundred bytes of bytecode only, and at the tiny sizes a
 * call costs as much as the pass.
 */
export function addTransposedRows(
  W: Float64Array,
  C: number,
  r0: number,
  rows: number,
  v: Float64Array,
  vo: number,
  out: Float64Array,
  oo: number,
): void {
  let r = 0;
  for (; r + 7 < rows; r += 8) addRows8(W, C, (r0 + r) * C, v, vo + r, out, oo);
  for (; r + 3 < rows; r += 4) addRows4(W, C, (r0 + r) * C, v, vo + r, out, oo);
  for (; r < rows; r++) addRow(W, C, (r0 + r) * C, v[vo + r]!, out, oo);
}

/** out[oo+q] += Σ_{k<8} W[w0 + k·C + q] · v[vo+k], summed in two halves of four. */
function addRows8(W: Float64Array, C: number, w0: number, v: Float64Array, vo: number, out: Float64Array, oo: number): void {
  const a0 = v[vo]!;
  const a1 = v[vo + 1]!;
  const a2 = v[vo + 2]!;
  const a3 = v[vo + 3]!;
  const a4 = v[vo + 4]!;
  const a5 = v[vo + 5]!;
  const a6 = v[vo + 6]!;
  const a7 = v[vo + 7]!;
  const w1 = w0 + C;
  const w2 = w1 + C;
  const w3 = w2 + C;
  const w4 = w3 + C;
  const w5 = w4 + C;
  const w6 = w5 + C;
  const w7 = w6 + C;
  for (let q = 0; q < C; q++) {
    out[oo + q]! +=
      W[w0 + q]! * a0 + W[w1 + q]! * a1 + W[w2 + q]! * a2 + W[w3 + q]! * a3 + (W[w4 + q]! * a4 + W[w5 + q]! * a5 + W[w6 + q]! * a6 + W[w7 + q]! * a7);
  }
}

function addRows4(W: Float64Array, C: number, w0: number, v: Float64Array, vo: number, out: Float64Array, oo: number): void {
  const a0 = v[vo]!;
  const a1 = v[vo + 1]!;
  const a2 = v[vo + 2]!;
  const a3 = v[vo + 3]!;
  const w1 = w0 + C;
  const w2 = w1 + C;
  const w3 = w2 + C;
  for (let q = 0; q < C; q++) {
    out[oo + q]! += W[w0 + q]! * a0 + W[w1 + q]! * a1 + W[w2 + q]! * a2 + W[w3 + q]! * a3;
  }
}

function addRow(W: Float64Array, C: number, w0: number, a: number, out: Float64Array, oo: number): void {
  for (let q = 0; q < C; q++) out[oo + q]! += W[w0 + q]! * a;
}

/**
 * dW[r][q] += Σ_t dY[t·yStride + r] · X[xo + t·xStride + q] for rows r in
 * [r0, r1), columns q < C, steps t in [t0, t1): the weight gradient of a whole
 * sequence in one pass. Two rows and four steps per pass over the columns,
 * so each X value loaded serves two rows and each dW update four steps (small
 * functions again, so that V8 can inline them).
 */
export function addOuterSum(
  dW: Float64Array,
  C: number,
  r0: number,
  r1: number,
  dY: Float64Array,
  yStride: number,
  X: Float64Array,
  xo: number,
  xStride: number,
  t0: number,
  t1: number,
): void {
  let r = r0;
  for (; r + 1 < r1; r += 2) {
    let t = t0;
    for (; t + 3 < t1; t += 4) addPairSteps4(dW, C, r, dY, t * yStride + r, yStride, X, xo + t * xStride, xStride);
    for (; t < t1; t++) addPairStep(dW, C, r, dY[t * yStride + r]!, dY[t * yStride + r + 1]!, X, xo + t * xStride);
  }
  for (; r < r1; r++) {
    for (let t = t0; t < t1; t++) addRow(X, C, xo + t * xStride, dY[t * yStride + r]!, dW, r * C);
  }
}

/** Rows r and r+1 of dW, steps y0 (index of dY[t][r]) to y0 + 3·yStride, X rows from x0. */
function addPairSteps4(dW: Float64Array, C: number, r: number, dY: Float64Array, y0: number, yStride: number, X: Float64Array, x0: number, xStride: number): void {
  const w = r * C;
  const u = w + C;
  const a0 = dY[y0]!;
  const a1 = dY[y0 + yStride]!;
  const a2 = dY[y0 + 2 * yStride]!;
  const a3 = dY[y0 + 3 * yStride]!;
  const b0 = dY[y0 + 1]!;
  const b1 = dY[y0 + yStride + 1]!;
  const b2 = dY[y0 + 2 * yStride + 1]!;
  const b3 = dY[y0 + 3 * yStride + 1]!;
  const x1 = x0 + xStride;
  const x2 = x1 + xStride;
  const x3 = x2 + xStride;
  for (let q = 0; q < C; q++) {
    const e0 = X[x0 + q]!;
    const e1 = X[x1 + q]!;
    const e2 = X[x2 + q]!;
    const e3 = X[x3 + q]!;
    const d0 = dW[w + q]!;
    const d1 = dW[u + q]!;
    dW[w + q] = d0 + (a0 * e0 + a1 * e1 + a2 * e2 + a3 * e3);
    dW[u + q] = d1 + (b0 * e0 + b1 * e1 + b2 * e2 + b3 * e3);
  }
}

/** Rows r and r+1 of dW, one step: dW[r] += a·x, dW[r+1] += b·x. */
function addPairStep(dW: Float64Array, C: number, r: number, a: number, b: number, X: Float64Array, x0: number): void {
  const w = r * C;
  const u = w + C;
  for (let q = 0; q < C; q++) {
    const e = X[x0 + q]!;
    const d0 = dW[w + q]!;
    const d1 = dW[u + q]!;
    dW[w + q] = d0 + a * e;
    dW[u + q] = d1 + b * e;
  }
}

/** db[r] += Σ_t dY[t·yStride + r], r < R, t in [t0, t1) (each sum kept in a register, added in t order). */
export function addColumnSums(db: Float64Array, dY: Float64Array, yStride: number, R: number, t0: number, t1: number): void {
  for (let r = 0; r < R; r++) {
    let acc = db[r]!;
    for (let t = t0, o = t0 * yStride + r; t < t1; t++, o += yStride) acc += dY[o]!;
    db[r] = acc;
  }
}

/**
 * Y[t·R + r] = b1[r] + (r < fold ? b2[r] : 0) + Σ_q W[r·C + q] · X[xo + t·xStride + q]
 * for t in [t0, t1): a linear map applied to every step, biases folded in.
 */
export function projectSteps(
  W: Float64Array,
  R: number,
  C: number,
  b1: Float64Array,
  b2: Float64Array,
  fold: number,
  X: Float64Array,
  xo: number,
  xStride: number,
  Y: Float64Array,
  t0: number,
  t1: number,
): void {
  // row by row: each row's bias sum is formed once, not once per step
  for (let r = 0; r < R; r++) {
    const b = r < fold ? b1[r]! + b2[r]! : b1[r]!;
    const w = r * C;
    for (let t = t0, x = xo + t0 * xStride, y = t0 * R + r; t < t1; t++, x += xStride, y += R) Y[y] = b + dot(W, w, X, x, C);
  }
}

/** Y[t·R + r] = W[r·V + ids[t]] + b1[r] (+ b2[r] for r < fold): W times a one-hot x_t is column ids[t] of W. */
export function lookupSteps(
  W: Float64Array,
  R: number,
  V: number,
  b1: Float64Array,
  b2: Float64Array,
  fold: number,
  ids: Int32Array,
  Y: Float64Array,
  t0: number,
  t1: number,
): void {
  // row by row: each row's bias sum is formed once, not once per step
  for (let r = 0; r < R; r++) {
    const b = r < fold ? b1[r]! + b2[r]! : b1[r]!;
    const w = r * V;
    for (let t = t0, y = t0 * R + r; t < t1; t++, y += R) Y[y] = W[w + ids[t]!]! + b;
  }
}

/**
 * db1[r] += Σ_t dY[t·R + r] and db2[r] += the same (b_ih and b_hh, which
 * enter a_t alike) and, when dW is given, dW[r·V + ids[t]] += dY[t·R + r]
 * (the one-hot input weights): one pass over the steps for all three.
 */
export function addBiasAndLookupGradients(
  db1: Float64Array,
  db2: Float64Array,
  dW: Float64Array | null,
  V: number,
  ids: Int32Array,
  dY: Float64Array,
  R: number,
  t0: number,
  t1: number,
): void {
  // row by row, the two bias sums in registers, each added to in t order as before
  for (let r = 0; r < R; r++) {
    let s1 = db1[r]!;
    let s2 = db2[r]!;
    if (dW === null) {
      for (let t = t0, y = t0 * R + r; t < t1; t++, y += R) {
        const a = dY[y]!;
        s1 += a;
        s2 += a;
      }
    } else {
      const w = r * V;
      for (let t = t0, y = t0 * R + r; t < t1; t++, y += R) {
        const a = dY[y]!;
        s1 += a;
        s2 += a;
        dW[w + ids[t]!]! += a;
      }
    }
    db1[r] = s1;
    db2[r] = s2;
  }
}

/** dW[r·V + ids[t]] += dY[t·R + r]: the one-hot input-weight gradient adds into column ids[t]. */
export function addLookupGradient(dW: Float64Array, R: number, V: number, ids: Int32Array, dY: Float64Array, t0: number, t1: number): void {
  for (let t = t0; t < t1; t++) {
    const id = ids[t]!;
    const y = t * R;
    for (let r = 0; r < R; r++) dW[r * V + id]! += dY[y + r]!;
  }
}
