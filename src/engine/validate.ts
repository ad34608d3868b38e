// Argument checks shared by the engine. JavaScript callers (the worker, URL
// presets, JSON files) can pass anything, so every check names the field,
// what was expected and what was given, e.g.
//   inputs.ids[3]: expected an id in [0, 4), got 7

/** A short, readable rendering of any value for an error message. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  if (ArrayBuffer.isView(value)) return `a ${value.constructor.name} of length ${(value as unknown as ArrayLike<number>).length}`;
  if (typeof value === 'function') return 'a function';
  return 'an object';
}

/** Throws `field: expected <expected>, got <value>`. */
export function fail(field: string, expected: string, got: unknown): never {
  throw new Error(`${field}: expected ${expected}, got ${describeValue(got)}`);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkRecord(field: string, value: unknown): Record<string, unknown> {
  if (!isRecord(value)) fail(field, 'an object', value);
  return value;
}

/** An integer in [min, max]. */
export function checkInt(field: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `an integer >= ${min}` : `an integer in [${min}, ${max}]`;
    fail(field, range, value);
  }
  return value;
}

/** A finite number > 0. */
export function checkPositive(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(field, 'a finite number > 0', value);
  return value;
}

/** A finite number in [min, max) (or [min, max] when `closed`). */
export function checkRange(field: string, value: unknown, min: number, max: number, closed = false): number {
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && (closed ? value <= max : value < max);
  if (!ok) fail(field, `a number in [${min}, ${max}${closed ? ']' : ')'}`, value);
  return value as number;
}

export function checkBoolean(field: string, value: unknown): boolean {
  if (typeof value !== 'boolean') fail(field, 'true or false', value);
  return value;
}

/** One of a fixed list of names. */
export function checkOneOf<T extends string>(field: string, value: unknown, names: readonly T[]): T {
  if (typeof value !== 'string' || !(names as readonly string[]).includes(value)) {
    fail(field, `one of ${names.join(', ')}`, value);
  }
  return value as T;
}

/** An array or typed array of numbers. */
export function checkArrayLike(field: string, value: unknown): ArrayLike<number> {
  if (!(Array.isArray(value) || (ArrayBuffer.isView(value) && !(value instanceof DataView)))) {
    fail(field, 'an array of numbers', value);
  }
  return value as ArrayLike<number>;
}

/** Every entry finite; names the first that is not. */
export function checkFiniteValues(field: string, values: ArrayLike<number>): void {
  for (let k = 0; k < values.length; k++) {
    const v = values[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${field}[${k}]`, 'a finite number', v);
  }
}
