import type { LessonIssue, LessonMeta } from './types.ts';

// The front matter is a handful of `key: value` lines between two `---` lines at
// the very top of the file; nothing nested, so no YAML library is needed.

const KEYS = ['title', 'summary', 'minutes'] as const;
type Key = (typeof KEYS)[number];

export interface FrontMatter {
  meta: LessonMeta;
  body: string;
  /** number of file lines before the body, to turn body line numbers into file line numbers */
  bodyOffset: number;
  issues: LessonIssue[];
}

function unquote(v: string): string {
  const m = /^(["'])(.*)\1$/.exec(v);
  return m?.[2] ?? v;
}

export function parseFrontMatter(source: string, fallbackTitle = ''): FrontMatter {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const meta: LessonMeta = { title: fallbackTitle, summary: '', minutes: 0 };
  if (lines[0]?.trim() !== '---') {
    return { meta, body: text, bodyOffset: 0, issues: [{ code: 'front-matter-missing', params: {}, line: 1 }] };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    return { meta, body: text, bodyOffset: 0, issues: [{ code: 'front-matter-unclosed', params: {}, line: 1 }] };
  }
  const issues: LessonIssue[] = [];
  const seen = new Set<Key>();
  for (let i = 1; i < close; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(raw.trim());
    if (!m?.[1] || m[2] === undefined) {
      issues.push({ code: 'front-matter-line', params: { text: raw.trim() }, line: i + 1 });
      continue;
    }
    const key = m[1];
    const value = unquote(m[2].trim());
    if (!(KEYS as readonly string[]).includes(key)) {
      issues.push({ code: 'front-matter-key', params: { key }, line: i + 1 });
      continue;
    }
    const k = key as Key;
    seen.add(k);
    if (k === 'minutes') {
      const n = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
      if (Number.isInteger(n) && n >= 1 && n <= 240) meta.minutes = n;
      else issues.push({ code: 'front-matter-minutes', params: { given: value }, line: i + 1 });
    } else if (value === '') {
      seen.delete(k);
    } else {
      meta[k] = value;
    }
  }
  for (const k of KEYS) if (!seen.has(k)) issues.push({ code: 'front-matter-required', params: { key: k }, line: 1 });
  return { meta, body: lines.slice(close + 1).join('\n'), bodyOffset: close + 1, issues };
}
