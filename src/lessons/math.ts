import katex from 'katex';
import type { default as MarkdownIt, StateBlock, StateInline } from 'markdown-it';

// `$...$` inline and `$$...$$` display math, rendered by KaTeX. The dollar
// rules follow Pandoc's so prices and shell variables stay text: an opening `$`
// must be followed by a non-space, a closing one preceded by a non-space and
// not followed by a digit. KaTeX never throws here: a malformed formula shows
// as its source in the error colour, with the reason in a tooltip.

const DOLLAR = 0x24;

export function renderMath(tex: string, display: boolean): string {
  const html = katex.renderToString(tex, {
    displayMode: display,
    throwOnError: false,
    output: 'htmlAndMathml',
    strict: 'ignore',
    // no \href, \url, \htmlClass...: lesson text never produces links or markup through math
    trust: false,
    errorColor: 'var(--neg, #c0392b)',
  });
  // Formulas read left to right in every language, Arabic included.
  return display ? `<div class="math math--display" dir="ltr">${html}</div>` : `<span class="math" dir="ltr">${html}</span>`;
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

function mathInline(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== DOLLAR) return false;
  const display = src.charCodeAt(start + 1) === DOLLAR;
  const marker = display ? '$$' : '$';
  const from = start + marker.length;
  if (!display && isSpace(src[from])) return false;
  let end = from;
  for (;;) {
    end = src.indexOf(marker, end);
    if (end < 0) return false;
    const escaped = src[end - 1] === '\\';
    const badClose = !display && (isSpace(src[end - 1]) || /\d/.test(src[end + 1] ?? ''));
    if (!escaped && !badClose) break;
    end += 1;
  }
  if (end === from) return false;
  if (!silent) {
    const token = state.push(display ? 'math_inline_display' : 'math_inline', 'math', 0);
    token.content = src.slice(from, end);
    token.markup = marker;
  }
  state.pos = end + marker.length;
  return true;
}

function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const begin = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const max = state.eMarks[startLine] ?? 0;
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  if (state.src.slice(begin, begin + 2) !== '$$') return false;
  const first = state.src.slice(begin + 2, max).trim();
  const lines: string[] = [];
  let last = startLine;
  let closed = false;
  if (first.endsWith('$$')) {
    lines.push(first.slice(0, -2));
    closed = true;
  } else {
    lines.push(first);
    while (!closed && ++last < endLine) {
      const b = (state.bMarks[last] ?? 0) + (state.tShift[last] ?? 0);
      const e = state.eMarks[last] ?? 0;
      if (b < e && (state.sCount[last] ?? 0) < state.blkIndent) break;
      const line = state.src.slice(b, e).trim();
      if (line.endsWith('$$')) {
        lines.push(line.slice(0, -2));
        closed = true;
      } else lines.push(line);
    }
  }
  if (!closed) return false;
  if (silent) return true;
  state.line = last + 1;
  const token = state.push('math_block', 'math', 0);
  token.block = true;
  token.content = lines.join('\n').trim();
  token.markup = '$$';
  token.map = [startLine, state.line];
  return true;
}

export function mathPlugin(md: MarkdownIt): void {
  md.inline.ruler.after('escape', 'math_inline', mathInline);
  md.block.ruler.before('fence', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.renderer.rules['math_inline'] = (tokens, idx) => renderMath(tokens[idx]?.content ?? '', false);
  md.renderer.rules['math_inline_display'] = (tokens, idx) => renderMath(tokens[idx]?.content ?? '', true);
  md.renderer.rules['math_block'] = (tokens, idx) => `${renderMath(tokens[idx]?.content ?? '', true)}\n`;
}
