// Message catalogues: every UI string lives in a catalogue per area, in the
// three languages, never inline. French and Arabic must have exactly the keys
// of English (the type checker enforces it).

export const LANGS = ['en', 'fr', 'ar'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x);
}

/** Writing direction of each language; formulas, numbers and time axes stay LTR inside RTL pages. */
export const DIRECTION: Record<Lang, 'ltr' | 'rtl'> = { en: 'ltr', fr: 'ltr', ar: 'rtl' };

export type Messages = Readonly<Record<string, string>>;

export interface Catalogue<K extends string> {
  readonly en: Readonly<Record<K, string>>;
  readonly fr: Readonly<Record<K, string>>;
  readonly ar: Readonly<Record<K, string>>;
}

/** Declares a catalogue; the English object fixes the keys the other languages must have. */
export function defineCatalogue<const E extends Messages>(c: {
  en: E;
  fr: Record<keyof E & string, string>;
  ar: Record<keyof E & string, string>;
}): Catalogue<keyof E & string> {
  return c;
}

export type Params = Readonly<Record<string, string | number>>;

/** Replaces {name} placeholders; numbers are formatted for the language (Western digits in every language, as in the formulas). */
export function format(template: string, params: Params | undefined, lang: Lang): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

export function formatNumber(v: number, lang: Lang): string {
  if (!Number.isFinite(v)) return String(v);
  const locale = lang === 'ar' ? 'ar-u-nu-latn' : lang;
  return Number.isInteger(v)
    ? v.toLocaleString(locale)
    : v.toLocaleString(locale, { maximumSignificantDigits: 4 });
}

export type Translate<K extends string> = (key: K, params?: Params) => string;

export function translator<K extends string>(c: Catalogue<K>, lang: Lang): Translate<K> {
  const table = c[lang];
  return (key, params) => format(table[key], params, lang);
}
