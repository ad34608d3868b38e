import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { LESSONS } from '../../src/lessons/files.ts';
import { labelsFor } from '../../src/lessons/labels.ts';
import { Reader } from '../../src/lessons/LessonPage.tsx';
import { parseLesson } from '../../src/lessons/parse.ts';
import { PROGRESS_KEY } from '../../src/lessons/progress.ts';
import { resetStore } from '../../src/state/store.ts';
import { createFakeClient } from '../state/fake-client.ts';

const ROOT = join(import.meta.dirname, '../..');
const first = LESSONS[0];
const source = (lang: string, slug: string, n: number) =>
  readFileSync(join(ROOT, 'lessons', lang, `${String(n).padStart(2, '0')}-${slug}.md`), 'utf8');

function open(hash: string) {
  window.history.replaceState(null, '', hash);
  return render(<App clientFactory={createFakeClient} />);
}

beforeEach(() => {
  resetStore();
  localStorage.clear();
});

describe('the course and the reader', () => {
  it('has lessons to read', () => {
    expect(first).toBeDefined();
  });

  it('lists every lesson by number, linked from the header', async () => {
    open('#/lessons?lang=en');
    expect(screen.getByRole('link', { name: 'Lessons' }).getAttribute('aria-current')).toBe('page');
    const list = await screen.findByRole('list', { name: 'The course' }, { timeout: 5000 });
    await within(list).findAllByRole('heading', { level: 2 });
    expect(within(list).getAllByRole('listitem')).toHaveLength(LESSONS.length);
    expect(within(list).getAllByText('Not started')).toHaveLength(LESSONS.length);
  });

  it('shows a lesson: title, contents, the Present link, widgets that start on demand', async () => {
    if (!first) return;
    const lesson = parseLesson(source('en', first.slug, first.number));
    open(`#/lesson/${first.slug}?lang=en`);
    expect(await screen.findByRole('heading', { level: 1, name: lesson.meta.title }, { timeout: 5000 })).toBeTruthy();
    const toc = screen.getByRole('navigation', { name: 'Contents' });
    expect(within(toc).getAllByRole('link')).toHaveLength(lesson.sections.length);
    expect(screen.getByRole('link', { name: 'Present' }).getAttribute('href')).toBe(`#/present/${first.slug}/1?lang=en`);

    const widget = lesson.widgets[0];
    expect(widget).toBeDefined();
    if (!widget) return;
    expect(document.querySelector('iframe')).toBeNull();
    const [start] = screen.getAllByRole('button', { name: widget.caption });
    fireEvent.click(start as HTMLElement);
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.title === widget.caption);
    expect(frame?.getAttribute('src')).toContain(`#/lab/${widget.lab}?`);
    expect(frame?.getAttribute('src')).toMatch(/&lang=en&embed=1$/);
    expect(frame?.getAttribute('loading')).toBe('lazy');
  });

  it('reads Arabic right to left with formulas left to right', async () => {
    if (!first) return;
    open(`#/lesson/${first.slug}?lang=ar`);
    const h1 = await screen.findByRole('heading', { level: 1 }, { timeout: 5000 });
    expect(h1.closest('article')?.getAttribute('dir')).toBe('rtl');
    for (const m of document.querySelectorAll('.math')) expect(m.getAttribute('dir')).toBe('ltr');
  });

  it('says saved progress was unreadable, resets it, and still shows the course', async () => {
    localStorage.setItem(PROGRESS_KEY, '{"oops": ');
    open('#/lessons?lang=fr');
    expect(await screen.findByText(/progression de lecture enregistrée n’a pas pu être lue/)).toBeTruthy();
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null')).toEqual({});
    fireEvent.click(screen.getByRole('button', { name: 'Fermer cet avis' }));
    expect(screen.queryByText(/n’a pas pu être lue/)).toBeNull();
  });

  it('says so for a lesson that does not exist', async () => {
    open('#/lesson/no-such-lesson?lang=en');
    expect(await screen.findByText('There is no lesson called “no-such-lesson”.', {}, { timeout: 5000 })).toBeTruthy();
  });
});

describe('a malformed lesson', () => {
  it('shows its problems in error boxes, in place and listed, and the rest of the lesson', async () => {
    const lesson = parseLesson(readFileSync(join(ROOT, 'tests/fixtures/lessons/bad-blocks.md'), 'utf8'), labelsFor('en'));
    await act(async () => {
      render(<Reader entry={{ number: 1, slug: 'broken', files: {} }} lesson={lesson} lessonLang="en" fallback={false} />);
    });
    const alerts = screen.getAllByRole('alert');
    expect(alerts.length).toBe(1 + 6);
    expect(within(alerts[0] as HTMLElement).getByText('Unknown block “::: warning” (expected predict, answer, hint or notes). (line 9)')).toBeTruthy();
    expect(screen.getAllByText(/There is no lab called “transformer”/)).toHaveLength(2);
    expect(screen.getAllByText(/The preset “hidden=99” is not accepted by the lab: too large \(at most 8\)/).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 2, name: 'Bad widgets' })).toBeTruthy();
  });
});
