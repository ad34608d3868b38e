import MarkdownIt from 'markdown-it';
import containerPlugin from 'markdown-it-container';
import { mathPlugin } from './math.ts';
import type { RenderLabels } from './types.ts';

// The one Markdown configuration lessons are read with. Raw HTML is off (any
// tag in a lesson shows as text), links may only go to http(s), to a relative
// address or to an anchor, and the only markup produced is markdown-it's own
// and KaTeX's.

export const CONTAINERS = ['predict', 'answer', 'hint', 'notes'] as const;
export type ContainerName = (typeof CONTAINERS)[number];

/** http(s), relative paths and anchors; no javascript:, data:, file:, protocol-relative //host... */
export function isSafeUrl(url: string): boolean {
  const u = url.trim();
  if (u.startsWith('//')) return false;
  if (/^https?:\/\//i.test(u)) return true;
  // Control characters could hide a scheme from this test but not from a browser.
  if ([...u].some((c) => c.charCodeAt(0) < 0x20)) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(u);
}

interface ContainerOptions {
  validate?(params: string): boolean;
}
// The plugin's type declarations describe markdown-it's CommonJS build while this
// module imports the ES one: the same class under two declarations. Restate the type.
const container = containerPlugin as unknown as (md: MarkdownIt, name: string, options?: ContainerOptions) => void;

export interface RenderEnv {
  labels: RenderLabels;
}

function labelsOf(env: unknown): RenderLabels | null {
  return typeof env === 'object' && env !== null && 'labels' in env ? (env as RenderEnv).labels : null;
}

export function createMarkdown(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = isSafeUrl;
  md.use(mathPlugin);
  for (const name of CONTAINERS) md.use(container, name, { validate: (params: string) => params.trim().split(/\s+/)[0] === name });
  // Any other `::: name` is parsed as a container too, so it can be reported where it stands.
  md.use(container, 'unknown', { validate: (params: string) => params.trim() !== '' });

  const esc = md.utils.escapeHtml;
  const rules = md.renderer.rules;
  rules['container_predict_open'] = (_t, _i, _o, env) =>
    `<aside class="lesson-predict"><p class="lesson-predict__label">${esc(labelsOf(env)?.predict ?? 'Predict')}</p>\n`;
  rules['container_predict_close'] = () => '</aside>\n';
  rules['container_answer_open'] = (_t, _i, _o, env) =>
    `<details class="lesson-answer"><summary>${esc(labelsOf(env)?.answer ?? 'Answer')}</summary>\n`;
  rules['container_answer_close'] = () => '</details>\n';
  rules['container_hint_open'] = (_t, _i, _o, env) =>
    `<details class="lesson-hint"><summary>${esc(labelsOf(env)?.hint ?? 'Hint')}</summary>\n`;
  rules['container_hint_close'] = () => '</details>\n';
  // Notes are taken out of the slide before rendering; these only render them in the notes window.
  rules['container_notes_open'] = () => '';
  rules['container_notes_close'] = () => '';
  rules['lesson_error'] = (tokens, idx) =>
    `<div class="lesson-error" role="alert">${esc(tokens[idx]?.content ?? '')}</div>\n`;

  // External links open beside the lesson rather than replacing it.
  const linkOpen = rules['link_open'];
  rules['link_open'] = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (token && /^https?:/i.test(token.attrGet('href') ?? '')) {
      token.attrSet('target', '_blank');
      token.attrSet('rel', 'noopener noreferrer');
    }
    return linkOpen ? linkOpen(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
  };
  return md;
}
