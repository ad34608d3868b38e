import Token from 'markdown-it/lib/token.mjs';
import { parseFrontMatter } from './front-matter.ts';
import { createMarkdown, type RenderEnv } from './markdown.ts';
import type { Block, Lesson, LessonIssue, RenderLabels, Section, Slide, WidgetSpec } from './types.ts';
import { parseWidget } from './widget-spec.ts';

// From a lesson file to slides of rendered blocks. The Markdown is parsed once
// into markdown-it's token stream, cut into slides at top-level thematic breaks
// (`---`), and each slide is rendered: notes are taken out for the notes window,
// each valid top-level ```widget becomes a live-widget block between two runs of
// HTML, and every problem (unknown container, bad widget, misplaced answer) is
// rendered as an error box where it stands and listed in `issues`.

const md = createMarkdown();

/** English words and a plain description; the page passes the reader's language. */
export const PLAIN_LABELS: RenderLabels = {
  predict: 'Predict',
  answer: 'Answer',
  hint: 'Hint',
  describe: (issue) => `${issue.code} ${JSON.stringify(issue.params)}${issue.line ? ` (line ${issue.line})` : ''}`,
};

function matchingClose(tokens: readonly Token[], open: number): number {
  const openToken = tokens[open];
  if (!openToken) return open;
  const closeType = openToken.type.replace(/_open$/, '_close');
  for (let j = open + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t?.type === closeType && t.level === openToken.level) return j;
  }
  return tokens.length - 1;
}

/** The text of an inline token (formulas keep their TeX source). */
function plainText(inline: Token | undefined): string {
  return (inline?.children ?? [])
    .map((c) => (c.type === 'text' || c.type === 'code_inline' || c.type.startsWith('math_inline') ? c.content : ''))
    .join('')
    .trim();
}

function splitSlides(tokens: Token[]): Token[][] {
  const groups: Token[][] = [[]];
  for (const t of tokens) {
    if (t.type === 'hr' && t.level === 0) groups.push([]);
    else groups[groups.length - 1]?.push(t);
  }
  return groups.filter((g) => g.length > 0);
}

export function parseLesson(source: string, labels: RenderLabels = PLAIN_LABELS): Lesson {
  const fm = parseFrontMatter(source);
  const issues: LessonIssue[] = [...fm.issues];
  const env: RenderEnv = { labels };
  const lineOf = (t: Token): number | undefined => (t.map ? t.map[0] + 1 + fm.bodyOffset : undefined);
  const errorToken = (found: LessonIssue[]): Token => {
    issues.push(...found);
    const t = new Token('lesson_error', '', 0);
    t.block = true;
    t.content = found.map((i) => labels.describe(i)).join(' · ');
    return t;
  };

  const sections: Section[] = [];
  const widgets: WidgetSpec[] = [];
  let predicts = 0;
  const lists: { ordered: boolean; level: number }[] = [];

  const slides: Slide[] = splitSlides(md.parse(fm.body, env)).map((tokens, slideIndex) => {
    const blocks: Block[] = [];
    const notes: Token[] = [];
    let run: Token[] = [];
    let title = '';
    const flush = () => {
      const html = md.renderer.render(run, md.options, env);
      if (html.trim() !== '') blocks.push({ kind: 'html', html });
      run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t) continue;
      const section = sections[sections.length - 1];
      switch (t.type) {
        case 'container_notes_open': {
          const close = matchingClose(tokens, i);
          notes.push(...tokens.slice(i + 1, close));
          i = close;
          continue;
        }
        case 'container_unknown_open': {
          const close = matchingClose(tokens, i);
          const name = t.info.trim().split(/\s+/)[0] ?? '';
          run.push(errorToken([{ code: 'container-unknown', params: { name }, line: lineOf(t) }]));
          i = close;
          continue;
        }
        case 'container_answer_open':
          if (tokens[i - 1]?.type !== 'container_predict_close') {
            run.push(errorToken([{ code: 'answer-placement', params: {}, line: lineOf(t) }]));
          }
          break;
        case 'container_predict_open':
          predicts++;
          if (section) section.predicts++;
          break;
        case 'container_hint_open':
          if (section) section.hints++;
          break;
        case 'heading_open':
          if (title === '') title = plainText(tokens[i + 1]);
          if (t.tag === 'h2' && t.level === 0) {
            const id = `section-${sections.length + 1}`;
            t.attrSet('id', id);
            sections.push({ id, title: plainText(tokens[i + 1]), slide: slideIndex, bulletItems: 0, orderedItems: 0, hints: 0, predicts: 0, widgets: 0 });
          }
          break;
        case 'bullet_list_open':
        case 'ordered_list_open':
          lists.push({ ordered: t.type === 'ordered_list_open', level: t.level });
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          lists.pop();
          break;
        case 'list_item_open': {
          const list = lists[lists.length - 1];
          if (section && list?.level === 0) {
            if (list.ordered) section.orderedItems++;
            else section.bulletItems++;
          }
          break;
        }
        case 'fence': {
          if (t.info.trim() !== 'widget') break;
          const parsed = parseWidget(t.content, lineOf(t));
          if (t.level !== 0) run.push(errorToken([{ code: 'widget-nested', params: {}, line: lineOf(t) }]));
          else if (!parsed.widget) run.push(errorToken(parsed.issues));
          else {
            flush();
            blocks.push({ kind: 'widget', widget: parsed.widget });
            widgets.push(parsed.widget);
            if (section) section.widgets++;
          }
          continue;
        }
      }
      run.push(t);
    }
    flush();
    const notesHtml = notes.length > 0 ? md.renderer.render(notes, md.options, env) : '';
    return { title, blocks, notesHtml };
  });

  if (fm.issues.length > 0) {
    // Front-matter problems have no place in the body: they open the first slide.
    const box: Block = { kind: 'html', html: md.renderer.render([errorTokenOnly(fm.issues, labels)], md.options, env) };
    if (slides[0]) slides[0].blocks.unshift(box);
    else slides.push({ title: '', blocks: [box], notesHtml: '' });
  }
  return { meta: fm.meta, slides, sections, widgets, predicts, issues };
}

function errorTokenOnly(found: readonly LessonIssue[], labels: RenderLabels): Token {
  const t = new Token('lesson_error', '', 0);
  t.block = true;
  t.content = found.map((i) => labels.describe(i)).join(' · ');
  return t;
}
