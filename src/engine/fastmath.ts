// e^x, tanh and the logistic σ written in arithmetic V8 compiles inline.
//
// Math.exp and Math.tanh are calls into V8's C library port: about 20 and
// 30 ns each here, and the CPU cannot overlap one call with the next. An LSTM
// step evaluates five of them per unit; in the first lessons' nets (3 units)
// they were a third of a training step. Written out, the four gates of a
// unit run side by side and each costs a few multiply-adds and two table reads.
//
// exp(x) = 2^(k/64) · e^r with k = round(64·x/ln 2) and |r| ≤ ln 2/128:
// 2^(k/64) = 2^(k >> 6) (exact powers of two) · 2^((k & 63)/64) (a table of
// 64 values), and e^r by its Taylor series to r⁵ (the next term is below
// 4·10⁻¹⁷ of the result). r is formed in two parts (Cody and Waite), so that
// k·ln 2/64 is subtracted without rounding. Relative error within 3 units in
// the last place (tests/engine/fastmath.test.ts); outside [-708, 709]
// (underflow to subnormals or zero, overflow, NaN) Math.exp decides.
// Everything is IEEE arithmetic on doubles, so the results are the same, bit
// for bit, in every JavaScript engine.

/** 2^(j/64), j < 64 */
const FRACTION = Float64Array.from({ length: 64 }, (_, j) => 2 ** (j / 64));
/** 2^(m - 1023), m < 2047: every exponent a double reaches in the fast range */
const POWER = Float64Array.from({ length: 2047 }, (_, m) => 2 ** (m - 1023));
// In fastExp below: 64/ln 2; ln 2/64 in two parts, fdlibm's high part of ln 2
// (21 trailing zero bits, so k times it is exact for |k| < 2^21) and the
// rest; 1.5·2^52, which added and subtracted rounds a double of magnitude
// below 2^51 to the nearest integer.

/** The tables, for kernels that write fastExp out in place (cells/written-out.ts). */
export const EXP_TABLES = { power: POWER, fraction: FRACTION } as const;

export function fastExp(x: number): number {
  if (!(x > -708 && x < 709)) return Math.exp(x);
  // the constants written out (64/ln 2, ln 2/64 in two parts, 1.5·2^52, 1/3!, 1/4!, 1/5!):
  // V8 inlines a function by its bytecode's size, and names cost a load each
  const kd = x * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const r = x - kd * 0.01083042469326756 - kd * 2.9815858269852933e-12;
  const r2 = r * r;
  const k = kd | 0;
  return POWER[(k >> 6) + 1023]! * (FRACTION[k & 63]! * (1 + r + r2 * (0.5 + r * 0.16666666666666666) + r2 * r2 * (0.041666666666666664 + r * 0.008333333333333333)));
}

/**
 * tanh(x) = 1 - 2 / (1 + e^{2x}): within 4.5·10⁻¹⁶ (two units in the last place of 1) of Math.tanh
 * everywhere (an absolute error: close to 0 the result is not correctly
 * rounded relative to x), exactly ±1 far out, NaN for NaN.
 */
export function fastTanh(x: number): number {
  return 1 - 2 / (1 + fastExp(2 * x));
}

/** σ(x) = 1 / (1 + e^{-x}) */
export function fastSigmoid(x: number): number {
  return 1 / (1 + fastExp(-x));
}
