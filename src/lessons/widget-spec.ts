import { RESERVED_KEYS, parseParams } from '../app/url-state.ts';
import { findLab } from '../labs/registry.ts';
import type { LessonIssue, WidgetSpec } from './types.ts';

// A ```widget block: `key: value` lines naming a lab, its preset (the lab's
// URL-state query, as in a share link), controls to hide, a caption and a
// height. Every key of the preset is checked against the lab's own schema with
// the same parser the lab uses, so a preset that the lab would silently ignore
// is an error here.

const KEYS = ['lab', 'preset', 'hide', 'caption', 'height'] as const;
export const DEFAULT_HEIGHT = 560;
export const MIN_HEIGHT = 240;
export const MAX_HEIGHT = 900;

export interface WidgetParse {
  widget: WidgetSpec | null;
  issues: LessonIssue[];
}

/** Issues of a preset (and hide list) for a lab; empty when the lab accepts all of it. */
export function presetIssues(labName: string, preset: string, hide: readonly string[]): LessonIssue[] {
  const lab = findLab(labName);
  if (!lab) return [{ code: 'widget-lab', params: { lab: labName } }];
  const issues: LessonIssue[] = [];
  const search = new URLSearchParams(preset.replace(/^\?/, ''));
  for (const key of new Set(search.keys())) {
    if ((RESERVED_KEYS as readonly string[]).includes(key)) issues.push({ code: 'widget-reserved', params: { key } });
  }
  for (const key of RESERVED_KEYS) search.delete(key);
  const parsed = parseParams(lab.schema, search, lab.hideable);
  for (const i of parsed.ignored) issues.push({ code: 'widget-preset', params: { key: i.key, given: i.given, reason: i.reason, lab: lab.name } });
  for (const name of hide) {
    if (!lab.hideable.includes(name)) issues.push({ code: 'widget-hide', params: { name, lab: lab.name } });
  }
  return issues;
}

export function parseWidget(content: string, line?: number): WidgetParse {
  const at = (issue: Omit<LessonIssue, 'line'>): LessonIssue => (line === undefined ? issue : { ...issue, line });
  const issues: LessonIssue[] = [];
  const fields = new Map<string, string>();
  for (const raw of content.split('\n')) {
    const text = raw.trim();
    if (text === '') continue;
    const m = /^([a-z]+)\s*:\s*(.*)$/.exec(text);
    if (!m?.[1] || m[2] === undefined) {
      issues.push(at({ code: 'widget-line', params: { text } }));
      continue;
    }
    if (!(KEYS as readonly string[]).includes(m[1])) issues.push(at({ code: 'widget-key', params: { key: m[1] } }));
    else if (fields.has(m[1])) issues.push(at({ code: 'widget-repeated', params: { key: m[1] } }));
    else fields.set(m[1], m[2].trim());
  }
  const lab = fields.get('lab') ?? '';
  const caption = fields.get('caption') ?? '';
  if (lab === '') issues.push(at({ code: 'widget-required', params: { key: 'lab' } }));
  if (caption === '') issues.push(at({ code: 'widget-required', params: { key: 'caption' } }));
  let height = DEFAULT_HEIGHT;
  const h = fields.get('height');
  if (h !== undefined) {
    const n = /^\d+$/.test(h) ? Number(h) : Number.NaN;
    if (n >= MIN_HEIGHT && n <= MAX_HEIGHT) height = n;
    else issues.push(at({ code: 'widget-height', params: { given: h, min: MIN_HEIGHT, max: MAX_HEIGHT } }));
  }
  const preset = (fields.get('preset') ?? '').replace(/^\?/, '');
  const hide = (fields.get('hide') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (lab !== '') issues.push(...presetIssues(lab, preset, hide).map(at));
  if (issues.length > 0) return { widget: null, issues };
  return { widget: { lab, preset, hide, caption, height }, issues };
}

/**
 * The address of the lab for a widget, relative to the page: the preset, the
 * hidden controls and the language. `embed` asks the shell for the lab alone.
 */
export function widgetHash(w: WidgetSpec, lang: string, embed: boolean): string {
  const parts = [w.preset, w.hide.length > 0 ? `hide=${w.hide.join(',')}` : '', `lang=${lang}`, embed ? 'embed=1' : ''];
  return `#/lab/${w.lab}?${parts.filter(Boolean).join('&')}`;
}
