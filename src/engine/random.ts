import type { Rng } from './api.ts';

// sfc32 seeded through splitmix32: 32-bit integer arithmetic only (Math.imul,
// shifts), so the stream is identical in every JavaScript engine. Normals use
// Marsaglia's polar method, which needs only Math.log and Math.sqrt; both are
// the same fdlibm-derived code in Node and in Chromium (one V8).

function splitmix32(state: { s: number }): number {
  state.s = (state.s + 0x9e3779b9) | 0;
  let z = state.s;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A seeded generator. Any finite number is a valid seed; it is folded to 32 bits. */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) {
    throw new Error(`seed: expected a finite number, got ${String(seed)}`);
  }
  const mix = { s: (Math.trunc(seed) ^ Math.trunc(seed / 0x100000000)) | 0 };
  let a = splitmix32(mix);
  let b = splitmix32(mix);
  let c = splitmix32(mix);
  let d = splitmix32(mix);
  let spare: number | null = null;

  function nextUint32(): number {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  }
  // Warm up so that nearby seeds diverge at once.
  for (let k = 0; k < 12; k++) nextUint32();

  function next(): number {
    // 53 random bits -> a double in [0, 1)
    const hi = nextUint32() >>> 5;
    const lo = nextUint32() >>> 6;
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  function normal(): number {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    for (;;) {
      const u = 2 * next() - 1;
      const v = 2 * next() - 1;
      const s = u * u + v * v;
      if (s > 0 && s < 1) {
        const m = Math.sqrt((-2 * Math.log(s)) / s);
        spare = v * m;
        return u * m;
      }
    }
  }

  function int(n: number): number {
    if (!Number.isInteger(n) || n <= 0) {
      throw new Error(`rng.int: expected a positive integer bound, got ${String(n)}`);
    }
    return Math.floor(next() * n);
  }

  return { next, normal, int };
}
