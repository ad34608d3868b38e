// The reference cases' tolerance (tests/fixtures/reference/FORMAT.md):
// a matches b when |a - b| <= 1e-5 + 1e-4 |b| and, where |b| < 1e-5, also
// |a - b| <= 1e-3 |b| + 1e-30, so vanishing gradients are checked relatively.

export function withinTolerance(got: number, want: number): boolean {
  const d = Math.abs(got - want);
  const b = Math.abs(want);
  if (!(d <= 1e-5 + 1e-4 * b)) return false;
  return b >= 1e-5 || d <= 1e-3 * b + 1e-30;
}

export interface Mismatch {
  readonly field: string;
  /** flat row-major index into the field */
  readonly index: number;
  readonly got: number;
  readonly want: number;
}

/** The first element where `got` misses `want` (a length mismatch reports the first missing index), or null. */
export function firstMismatch(field: string, got: ArrayLike<number>, want: ArrayLike<number>): Mismatch | null {
  const n = Math.max(got.length, want.length);
  for (let k = 0; k < n; k++) {
    const a = k < got.length ? got[k]! : NaN;
    const b = k < want.length ? want[k]! : NaN;
    if (!withinTolerance(a, b)) return { field, index: k, got: a, want: b };
  }
  return null;
}

/** Checks fields in order and returns the first mismatch of the first failing one. */
export class Checker {
  mismatch: Mismatch | null = null;

  check(field: string, got: ArrayLike<number>, want: ArrayLike<number>): void {
    if (this.mismatch === null) this.mismatch = firstMismatch(field, got, want);
  }
}
