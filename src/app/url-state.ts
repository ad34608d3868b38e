// Typed URL parameters. Every lab declares its parameters once (type, default,
// bounds or allowed values); parsing never throws: anything malformed or out of
// range falls back to the default and is reported in `ignored`, so the page can
// say what it did not accept instead of silently doing something else.

export interface IntParam {
  readonly kind: 'int';
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export interface NumberParam {
  readonly kind: 'number';
  readonly default: number;
  readonly min: number;
  readonly max: number;
}

export interface EnumParam {
  readonly kind: 'enum';
  readonly default: string;
  readonly values: readonly string[];
}

export interface TextParam {
  readonly kind: 'text';
  readonly default: string;
  /** the whole value must match (anchor it) */
  readonly pattern: RegExp;
  readonly maxLength: number;
}

export type ParamSpec = IntParam | NumberParam | EnumParam | TextParam;
export type Schema = Readonly<Record<string, ParamSpec>>;

type ValueOf<P extends ParamSpec> = P extends IntParam | NumberParam ? number : string;
export type Values<S extends Schema> = { -readonly [K in keyof S]: ValueOf<S[K]> };

export type IgnoredReason =
  | 'unknown'
  | 'not-a-number'
  | 'not-an-integer'
  | 'below-min'
  | 'above-max'
  | 'not-allowed'
  | 'bad-format'
  | 'too-long'
  | 'repeated'
  | 'cannot-hide';

export interface Ignored {
  readonly key: string;
  readonly given: string;
  readonly reason: IgnoredReason;
}

export interface Parsed<S extends Schema> {
  values: Values<S>;
  /** controls a shared link asked to hide */
  hidden: string[];
  ignored: Ignored[];
}

/** Parameters every page understands; they are not part of a lab's schema. `embed=1` shows the page alone, inside a lesson. */
export const RESERVED_KEYS = ['lang', 'hide', 'embed'] as const;

export function defaults<S extends Schema>(schema: S): Values<S> {
  const out: Record<string, number | string> = {};
  for (const [key, spec] of Object.entries(schema)) out[key] = spec.default;
  return out as Values<S>;
}

type Check = { ok: true; value: number | string } | { ok: false; reason: IgnoredReason };

// Number('') is 0 and Number(' 1 ') is 1: only plain decimal notation counts as a number here.
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

export function checkValue(spec: ParamSpec, raw: string): Check {
  switch (spec.kind) {
    case 'int':
    case 'number': {
      if (!NUMERIC.test(raw)) return { ok: false, reason: 'not-a-number' };
      const v = Number(raw);
      if (!Number.isFinite(v)) return { ok: false, reason: 'not-a-number' };
      if (spec.kind === 'int' && !Number.isInteger(v)) return { ok: false, reason: 'not-an-integer' };
      if (v < spec.min) return { ok: false, reason: 'below-min' };
      if (v > spec.max) return { ok: false, reason: 'above-max' };
      return { ok: true, value: v };
    }
    case 'enum':
      return spec.values.includes(raw) ? { ok: true, value: raw } : { ok: false, reason: 'not-allowed' };
    case 'text':
      if (raw.length > spec.maxLength) return { ok: false, reason: 'too-long' };
      return spec.pattern.test(raw) ? { ok: true, value: raw } : { ok: false, reason: 'bad-format' };
    default: {
      const never: never = spec;
      return never;
    }
  }
}

/**
 * Reads a lab's parameters from a query string. `hideable` lists the controls a
 * link may hide (the schema's keys plus lab controls such as `speed`).
 */
export function parseParams<S extends Schema>(
  schema: S,
  query: string | URLSearchParams,
  hideable: readonly string[] = Object.keys(schema),
): Parsed<S> {
  const search = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values = defaults(schema) as Record<string, number | string>;
  const ignored: Ignored[] = [];
  const seen = new Set<string>();
  const hidden: string[] = [];

  for (const [key, raw] of search) {
    if ((RESERVED_KEYS as readonly string[]).includes(key) && key !== 'hide') continue;
    if (seen.has(key)) {
      ignored.push({ key, given: raw, reason: 'repeated' });
      continue;
    }
    seen.add(key);
    if (key === 'hide') {
      for (const name of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
        if (!hideable.includes(name)) ignored.push({ key: 'hide', given: name, reason: 'cannot-hide' });
        else if (!hidden.includes(name)) hidden.push(name);
      }
      continue;
    }
    const spec = Object.hasOwn(schema, key) ? schema[key] : undefined;
    if (!spec) {
      ignored.push({ key, given: raw, reason: 'unknown' });
      continue;
    }
    const check = checkValue(spec, raw);
    if (check.ok) values[key] = check.value;
    else ignored.push({ key, given: raw, reason: check.reason });
  }
  return { values: values as Values<S>, hidden, ignored };
}

/** Numbers written as short as they round-trip, so links stay readable (0.1, not 0.1000000000000000055). */
function writeValue(v: number | string): string {
  return typeof v === 'number' ? String(v) : v;
}

/**
 * Writes parameters back in schema order. Every value is written, not just the
 * ones that differ from the defaults, so a shared link keeps its meaning even if
 * a later version changes a default.
 */
export function serialiseParams(
  schema: Schema,
  values: Readonly<Record<string, number | string>>,
  extra: { lang?: string; hidden?: readonly string[] } = {},
): string {
  const out = new URLSearchParams();
  for (const key of Object.keys(schema)) {
    const v = values[key];
    if (v !== undefined) out.set(key, writeValue(v));
  }
  if (extra.hidden && extra.hidden.length > 0) out.set('hide', extra.hidden.join(','));
  if (extra.lang) out.set('lang', extra.lang);
  // Commas in `hide` are legal in a query and read better unescaped.
  return out.toString().replace(/%2C/g, ',');
}
