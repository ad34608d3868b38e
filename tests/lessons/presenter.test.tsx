import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { PREFERENCES_KEY } from '../../src/app/preferences.ts';
import { LESSONS } from '../../src/lessons/files.ts';
import { parseLesson } from '../../src/lessons/parse.ts';
import { PROGRESS_KEY } from '../../src/lessons/progress.ts';
import { resetStore } from '../../src/state/store.ts';
import { createFakeClient } from '../state/fake-client.ts';

const entry = LESSONS[0];
const slug = entry?.slug ?? '';
const lesson = entry
  ? parseLesson(readFileSync(join(import.meta.dirname, '../../lessons/en', `${String(entry.number).padStart(2, '0')}-${slug}.md`), 'utf8'))
  : null;
const total = lesson?.slides.length ?? 0;

async function present(hash: string) {
  window.history.replaceState(null, '', hash);
  render(<App clientFactory={createFakeClient} />);
  await screen.findByText(/^\d+ \/ \d+$/, {}, { timeout: 5000 });
  // Let the effects of that render run, however slow the machine.
  await act(async () => {});
}

const press = (key: string, init: KeyboardEventInit = {}) => act(() => void fireEvent.keyDown(window, { key, ...init }));
const counter = () => document.querySelector('.present__counter')?.textContent;

beforeEach(() => {
  resetStore();
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
});

describe('the presenter', () => {
  it('has a lesson with enough slides to present', () => {
    expect(total).toBeGreaterThanOrEqual(6);
  });

  it('moves with the keys and keeps the slide number in the address and the corner', async () => {
    await present(`#/present/${slug}/1?lang=en`);
    expect(counter()).toBe(`1 / ${total}`);
    press('ArrowRight');
    expect(window.location.hash).toBe(`#/present/${slug}/2?lang=en`);
    expect(counter()).toBe(`2 / ${total}`);
    press('PageDown');
    press(' ');
    expect(counter()).toBe(`4 / ${total}`);
    press(' ', { shiftKey: true });
    press('PageUp');
    press('ArrowLeft');
    expect(counter()).toBe(`1 / ${total}`);
    press('ArrowLeft');
    expect(counter()).toBe(`1 / ${total}`);
    press('End');
    expect(window.location.hash).toBe(`#/present/${slug}/${total}?lang=en`);
    press('ArrowRight');
    expect(counter()).toBe(`${total} / ${total}`);
    press('Home');
    expect(counter()).toBe(`1 / ${total}`);
  });

  it('shows each slide\'s own content, with its heading', async () => {
    await present(`#/present/${slug}/2?lang=en`);
    const title = lesson?.slides[1]?.title ?? '';
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    press('ArrowRight');
    expect(screen.queryByRole('heading', { name: title })).toBeNull();
  });

  it('blacks the screen with B or "." and brings it back', async () => {
    await present(`#/present/${slug}/2?lang=en`);
    expect(screen.queryByTestId('black')).toBeNull();
    press('b');
    expect(screen.getByTestId('black')).toBeTruthy();
    press('b');
    expect(screen.queryByTestId('black')).toBeNull();
    press('.');
    expect(screen.getByTestId('black')).toBeTruthy();
  });

  it('uses the projector theme while presenting and gives the reader\'s back on Escape', async () => {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ theme: 'dark' }));
    await present(`#/present/${slug}/3?lang=en`);
    expect(document.documentElement.dataset['theme']).toBe('projector');
    press('Escape');
    expect(window.location.hash).toBe(`#/lesson/${slug}?lang=en`);
    expect(document.documentElement.dataset['theme']).toBe('dark');
  });

  it('opens past the end at the last slide and remembers the slide presented', async () => {
    await present(`#/present/${slug}/99?lang=en`);
    expect(counter()).toBe(`${total} / ${total}`);
    expect(window.location.hash).toBe(`#/present/${slug}/${total}?lang=en`);
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}')[slug]?.slide).toBe(total);
  });

  it('leaves keys typed on a button to the button', async () => {
    await present(`#/present/${slug}/2?lang=en`);
    const next = screen.getByRole('button', { name: 'Next slide' });
    act(() => void fireEvent.keyDown(next, { key: ' ' }));
    expect(counter()).toBe(`2 / ${total}`);
    fireEvent.click(next);
    expect(counter()).toBe(`3 / ${total}`);
  });
});

describe('the notes window', () => {
  it('shows the slide, its notes or says there are none, and the next slide\'s title', async () => {
    window.history.replaceState(null, '', `#/present/${slug}/1?notes=1&lang=en`);
    render(<App clientFactory={createFakeClient} />);
    expect(await screen.findByText(`Slide 1 of ${total}`, {}, { timeout: 5000 })).toBeTruthy();
    await act(async () => {});
    const next = lesson?.slides[1]?.title ?? '';
    expect(screen.getByText(`Next: ${next}`)).toBeTruthy();
    if (!lesson?.slides[0]?.notesHtml) expect(screen.getByText('No notes for this slide.')).toBeTruthy();
    press('End');
    expect(screen.getByText(`Slide ${total} of ${total}`)).toBeTruthy();
    expect(screen.getByText('This is the last slide.')).toBeTruthy();
    expect(window.location.hash).toBe(`#/present/${slug}/${total}?notes=1&lang=en`);
    expect(screen.getByRole('button', { name: 'Restart the timer' })).toBeTruthy();
  });
});
