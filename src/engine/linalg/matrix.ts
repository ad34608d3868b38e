// Dense row-major matrix helpers: just what the eigenvalue routine, the
// orthogonal initialiser and their tests need.

/** C = A B with A rows x inner and B inner x cols, all row-major. */
export function matmul(a: Float64Array, b: Float64Array, rows: number, inner: number, cols: number): Float64Array {
  if (a.length !== rows * inner || b.length !== inner * cols) {
    throw new Error(
      `matmul: expected A of ${rows}x${inner} (${rows * inner} values) and B of ${inner}x${cols} (${inner * cols} values), got ${a.length} and ${b.length}`,
    );
  }
  const c = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    // i-k-j order walks B and C row by row, which keeps the inner loop contiguous.
    for (let k = 0; k < inner; k++) {
      const aik = a[i * inner + k]!;
      if (aik === 0) continue;
      const bRow = k * cols;
      const cRow = i * cols;
      for (let j = 0; j < cols; j++) c[cRow + j]! += aik * b[bRow + j]!;
    }
  }
  return c;
}

/** Aᵀ for A rows x cols, row-major. */
export function transpose(a: Float64Array, rows: number, cols: number): Float64Array {
  if (a.length !== rows * cols) {
    throw new Error(`transpose: expected ${rows}x${cols} (${rows * cols} values), got ${a.length}`);
  }
  const t = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j]!;
  }
  return t;
}
