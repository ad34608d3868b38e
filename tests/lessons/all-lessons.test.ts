// Every lesson file in lessons/, in every language: it parses without a single
// issue, follows the fixed skeleton, every widget's preset is accepted by its
// lab, and the three languages are the same course (same slugs, same number of
// slides, the same widgets with the same presets in the same places).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/catalogue.ts';
import { parseLesson } from '../../src/lessons/parse.ts';
import type { Lesson } from '../../src/lessons/types.ts';

const ROOT = join(import.meta.dirname, '../../lessons');
const NAME = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

interface LessonFile {
  lang: string;
  file: string;
  number: number;
  slug: string;
  lesson: Lesson;
}

function readAll(): LessonFile[] {
  const out: LessonFile[] = [];
  for (const lang of readdirSync(ROOT)) {
    if (!statSync(join(ROOT, lang)).isDirectory()) continue;
    for (const file of readdirSync(join(ROOT, lang))) {
      const m = NAME.exec(file);
      out.push({
        lang,
        file: `${lang}/${file}`,
        number: Number(m?.[1] ?? Number.NaN),
        slug: m?.[2] ?? '',
        lesson: parseLesson(readFileSync(join(ROOT, lang, file), 'utf8')),
      });
    }
  }
  return out;
}

const FILES = readAll();
const html = (l: Lesson): string => l.slides.flatMap((s) => s.blocks.map((b) => (b.kind === 'html' ? b.html : ''))).join('');

describe('the lessons folder', () => {
  it('holds lessons, only in en, fr and ar, named NN-slug.md', () => {
    expect(FILES.length).toBeGreaterThan(0);
    for (const f of FILES) {
      expect(LANGS as readonly string[], f.file).toContain(f.lang);
      expect(f.slug, `${f.file}: not named NN-slug.md`).not.toBe('');
      expect(f.number, f.file).toBeGreaterThanOrEqual(1);
      expect(f.number, f.file).toBeLessThanOrEqual(14);
    }
  });

  it('has the same lessons (number and slug) in every language', () => {
    const set = (lang: string) => FILES.filter((f) => f.lang === lang).map((f) => `${f.number}-${f.slug}`).sort();
    for (const lang of LANGS) expect(set(lang), `lessons in ${lang}`).toEqual(set('en'));
  });

  it('gives each number one slug', () => {
    const slugs = new Map<number, Set<string>>();
    for (const f of FILES) slugs.set(f.number, (slugs.get(f.number) ?? new Set()).add(f.slug));
    for (const [n, s] of slugs) expect([...s], `lesson ${n}`).toHaveLength(1);
  });
});

describe.each(FILES.map((f) => [f.file, f] as const))('%s', (_name, { lesson, file }) => {
  it('parses without any issue (front matter, containers, widgets, presets)', () => {
    expect(lesson.issues.map((i) => `${i.code} ${JSON.stringify(i.params)} line ${i.line ?? '?'}`)).toEqual([]);
  });

  it('has a title, a summary and a length', () => {
    expect(lesson.meta.title.length).toBeGreaterThan(3);
    expect(lesson.meta.summary.length).toBeGreaterThan(10);
    expect(lesson.meta.minutes).toBeGreaterThan(0);
  });

  it('follows the skeleton: what you will learn, sections, recap, exercises with hints', () => {
    const s = lesson.sections;
    expect(s.length, 'at least learn, one section, recap, exercises').toBeGreaterThanOrEqual(4);
    const [learn, recap, exercises] = [s[0], s[s.length - 2], s[s.length - 1]];
    expect(learn?.bulletItems, `${file}: "${learn?.title}" should be a bullet list`).toBeGreaterThan(0);
    expect(recap?.bulletItems, `${file}: "${recap?.title}" should be a bullet list`).toBeGreaterThan(0);
    expect(exercises?.orderedItems, `${file}: "${exercises?.title}" should be a numbered list`).toBeGreaterThan(0);
    expect(exercises?.hints, `${file}: one hint per exercise`).toBeGreaterThanOrEqual(exercises?.orderedItems ?? 1);
  });

  it('has a prediction and a live widget, and 6 to 14 slides', () => {
    expect(lesson.predicts).toBeGreaterThanOrEqual(1);
    expect(lesson.widgets.length).toBeGreaterThanOrEqual(1);
    expect(lesson.slides.length).toBeGreaterThanOrEqual(6);
    expect(lesson.slides.length).toBeLessThanOrEqual(14);
  });

  it('renders every formula (no KaTeX error) and shows no HTML tag as text', () => {
    const body = html(lesson);
    const bad = [...body.matchAll(/class="katex-error" title="([^"]*)"/g)].map((m) => m[1]);
    expect(bad, 'formulas KaTeX cannot read').toEqual([]);
    // Tokens such as <EOS> are text; a lower-case tag or a comment is HTML the author meant to run.
    expect(body.match(/&lt;(\/?[a-z][a-z0-9]*(\s[^&]*)?|!--[^&]*)&gt;/g) ?? [], 'raw HTML in the Markdown').toEqual([]);
  });
});

describe('the three languages are the same course', () => {
  const bySlug = new Map<string, LessonFile[]>();
  for (const f of FILES) bySlug.set(f.slug, [...(bySlug.get(f.slug) ?? []), f]);
  it.each([...bySlug.keys()])('%s: same slides and the same widgets in the same places', (slug) => {
    const files = bySlug.get(slug) ?? [];
    const en = files.find((f) => f.lang === 'en');
    expect(en, `${slug} has an English file`).toBeDefined();
    if (!en) return;
    const shape = (l: Lesson) => ({
      slides: l.slides.length,
      sections: l.sections.length,
      widgetsPerSlide: l.slides.map((s) => s.blocks.filter((b) => b.kind === 'widget').length),
      widgets: l.widgets.map((w) => ({ lab: w.lab, preset: w.preset, hide: w.hide, height: w.height })),
    });
    for (const f of files) expect(shape(f.lesson), f.file).toEqual(shape(en.lesson));
  });
});
