import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/lessons/front-matter.ts';
import { isSafeUrl } from '../../src/lessons/markdown.ts';
import { parseLesson } from '../../src/lessons/parse.ts';
import type { Block, Lesson } from '../../src/lessons/types.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/lessons');
const fixture = (name: string): Lesson => parseLesson(readFileSync(join(FIXTURES, name), 'utf8'));
const html = (blocks: readonly Block[]): string => blocks.map((b) => (b.kind === 'html' ? b.html : '')).join('');
const allHtml = (l: Lesson): string => l.slides.map((s) => html(s.blocks)).join('');
const codes = (l: Lesson): string[] => l.issues.map((i) => i.code);

describe('front matter', () => {
  it('reads title, summary and minutes, and gives the body with its line offset', () => {
    const fm = parseFrontMatter('---\ntitle: T\nsummary: "S: quoted"\nminutes: 12\n---\n\n## A\n');
    expect(fm.meta).toEqual({ title: 'T', summary: 'S: quoted', minutes: 12 });
    expect(fm.issues).toEqual([]);
    expect(fm.bodyOffset).toBe(5);
    expect(fm.body).toBe('\n## A\n');
  });

  it('reports every bad line, unknown key, bad number and missing key', () => {
    const l = fixture('bad-front-matter.md');
    expect(codes(l).sort()).toEqual(['front-matter-key', 'front-matter-line', 'front-matter-minutes', 'front-matter-required'].sort());
    expect(l.issues.find((i) => i.code === 'front-matter-required')?.params).toEqual({ key: 'summary' });
    expect(l.issues.find((i) => i.code === 'front-matter-key')?.line).toBe(4);
    // the body is still there, after an error box
    expect(allHtml(l)).toMatch(/class="lesson-error"[\s\S]*Still readable/);
  });

  it('reports a file with no front matter and an unclosed one', () => {
    expect(codes(fixture('no-front-matter.md'))).toEqual(['front-matter-missing']);
    expect(codes(parseLesson('---\ntitle: x\n\n## A'))).toEqual(['front-matter-unclosed']);
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    const fm = parseFrontMatter('\uFEFF---\r\ntitle: T\r\nsummary: S\r\nminutes: 3\r\n---\r\nbody');
    expect(fm.issues).toEqual([]);
    expect(fm.meta.minutes).toBe(3);
  });
});

describe('a valid lesson', () => {
  const l = fixture('valid.md');

  it('has no issues and its front matter', () => {
    expect(l.issues).toEqual([]);
    expect(l.meta).toEqual({ title: 'Backpropagation through time', summary: 'How the gradient flows back along the unrolled network.', minutes: 20 });
  });

  it('splits slides at thematic breaks only (not the front matter, not inside blocks)', () => {
    expect(l.slides.map((s) => s.title)).toEqual(['What you will learn', 'The chain rule, unrolled', 'Watch it', 'Code is not a widget', 'Recap', 'Exercises']);
  });

  it('gives each ## section a stable id, its slide and what it contains', () => {
    expect(l.sections.map((s) => [s.id, s.slide])).toEqual([
      ['section-1', 0], ['section-2', 1], ['section-3', 2], ['section-4', 3], ['section-5', 4], ['section-6', 5],
    ]);
    expect(l.sections[0]?.bulletItems).toBe(2);
    expect(l.sections[2]).toMatchObject({ predicts: 1, widgets: 1 });
    expect(l.sections[5]).toMatchObject({ orderedItems: 2, hints: 2 });
    expect(allHtml(l)).toContain('<h2 id="section-3">Watch it</h2>');
  });

  it('renders inline and display math with KaTeX, left to right', () => {
    const s = html(l.slides[1]?.blocks ?? []);
    expect(s).toContain('<span class="math" dir="ltr"><span class="katex">');
    expect(s).toContain('<div class="math math--display" dir="ltr"><span class="katex-display">');
    expect(s).toContain('<annotation encoding="application/x-tex">h_t = \\tanh');
    // Pandoc's dollar rules: a price and a lone dollar stay text
    expect(s).toContain('A price of $5 stays text, and so does a lone $ sign.');
  });

  it('renders predict, answer and hint as an aside and disclosures', () => {
    expect(html(l.slides[2]?.blocks ?? [])).toMatch(/<aside class="lesson-predict"><p class="lesson-predict__label">Predict<\/p>[\s\S]*<\/aside>\s*<details class="lesson-answer"><summary>Answer<\/summary>\s*<p>It shrinks geometrically.<\/p>\s*<\/details>/);
    expect(html(l.slides[5]?.blocks ?? []).match(/<details class="lesson-hint">/g)).toHaveLength(2);
  });

  it('takes notes out of the slide and keeps them for the notes window', () => {
    expect(allHtml(l)).not.toContain('Press Train and wait');
    expect(l.slides[2]?.notesHtml).toContain('Press Train and wait for the loss to drop.');
    expect(l.slides[0]?.notesHtml).toContain('unrolled network');
    expect(l.slides[1]?.notesHtml).toBe('');
  });

  it('turns the widget fence into a widget block between HTML runs, and leaves other fences as code', () => {
    const kinds = l.slides[2]?.blocks.map((b) => b.kind);
    expect(kinds).toEqual(['html', 'widget']);
    expect(l.widgets).toEqual([{ lab: 'bille', preset: 'seed=1&hidden=3&lr=0.1', hide: ['seed', 'lr'], caption: 'The bille generator before training.', height: 520 }]);
    expect(html(l.slides[3]?.blocks ?? [])).toContain('<pre><code class="language-python">print(&quot;hello&quot;)');
  });

  it('opens external links in a new tab and keeps in-app links as they are', () => {
    const s = html(l.slides[3]?.blocks ?? []);
    expect(s).toContain('<a href="https://example.org/docs" target="_blank" rel="noopener noreferrer">the docs</a>');
    expect(s).toContain('<a href="#/lab/bille">the bille lab</a>');
  });
});

describe('a lesson with broken blocks', () => {
  const l = fixture('bad-blocks.md');
  const body = allHtml(l);

  it('reports each problem with its line', () => {
    expect(codes(l)).toEqual([
      'container-unknown', 'answer-placement', 'widget-lab',
      'widget-key', 'widget-height', 'widget-reserved', 'widget-preset', 'widget-preset', 'widget-hide',
      'widget-required', 'widget-nested',
    ]);
    expect(l.issues[0]).toMatchObject({ params: { name: 'warning' }, line: 9 });
    expect(l.issues.filter((i) => i.code === 'widget-preset').map((i) => i.params)).toEqual([
      { key: 'colour', given: 'red', reason: 'unknown', lab: 'bille' },
      { key: 'hidden', given: '99', reason: 'above-max', lab: 'bille' },
    ]);
    expect(l.widgets).toEqual([]);
  });

  it('shows an error box where each problem stands instead of the block', () => {
    expect(body.match(/class="lesson-error" role="alert"/g)).toHaveLength(6);
    expect(body).not.toContain('This container does not exist');
    expect(body).toContain('<details class="lesson-answer">');
  });

  it('never produces raw HTML or a javascript: link, and shows broken TeX as a visible error', () => {
    expect(body).not.toContain('<script');
    expect(body).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(body).not.toMatch(/href="javascript/i);
    expect(body).toContain('class="katex-error"');
  });
});

describe('link safety', () => {
  it('allows http(s), relative addresses and anchors only', () => {
    for (const ok of ['https://a.org', 'http://a.org/x', '#/lab/bille', '#top', 'img/a.png', '../x', '/abs', '?q=1']) expect(isSafeUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', ' JavaScript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc', '//evil.org', 'mailto:a@b']) expect(isSafeUrl(bad), bad).toBe(false);
  });

  it('drops unsafe links and images in rendered lessons, whatever their spelling', () => {
    const l = parseLesson('---\ntitle: t\nsummary: s\nminutes: 1\n---\n[a](JAVASCRIPT:x) [b](data:text/html;base64,xx) ![c](javascript:y) <javascript:z> [d](java&#115;cript:q)');
    const s = allHtml(l);
    expect(s).not.toMatch(/href=|src=/);
  });
});
