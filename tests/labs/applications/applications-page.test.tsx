// The applications page with the real engine in-thread: the table of contents
// opens a section by its name (and says which is open), the sentiment section
// trains and its typed review flags unknown words, the tagging section fills
// the template of a held-out advert.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { resetStore } from '../../../src/state/store.ts';
import { createInThreadClient } from '../../../src/worker/in-thread-client.ts';

function openLab(hash: string) {
  window.history.replaceState(null, '', hash);
  return render(<App clientFactory={() => createInThreadClient()} />);
}

/** The lab and its section are lazy chunks: their first import, transformed on the fly, can take seconds on a busy machine. */
const LOAD_MS = 10_000;

beforeEach(() => {
  resetStore();
  localStorage.clear();
});

describe('applications lab', { timeout: 30_000 }, () => {
  it('opens sections from the table of contents and marks the open one', async () => {
    openLab('#/lab/applications?lang=en');
    const toc = await screen.findByRole('navigation', { name: 'Sections' }, { timeout: LOAD_MS });
    const sentiment = within(toc).getByRole('button', { name: /Sentiment analysis/ });
    expect(sentiment.getAttribute('aria-current')).toBe('true');
    await screen.findByRole('heading', { name: /Sentiment analysis: one answer per review/ }, { timeout: LOAD_MS });
    fireEvent.click(within(toc).getByRole('button', { name: /Tagging and extraction/ }));
    await screen.findByRole('heading', { name: /Tagging and information extraction/ }, { timeout: LOAD_MS });
    expect(within(toc).getByRole('button', { name: /Tagging and extraction/ }).getAttribute('aria-current')).toBe('true');
    expect(sentiment.getAttribute('aria-current')).toBeNull();
    await waitFor(() => expect(window.location.hash).toContain('task=tagging'));
  });

  it('sentiment: trains, reads a typed review word by word and flags unknown words', async () => {
    openLab('#/lab/applications?lang=en&task=sentiment');
    const train = await screen.findByRole('button', { name: 'Train 1,500 updates' }, { timeout: LOAD_MS });
    await waitFor(() => expect((train as HTMLButtonElement).disabled).toBe(false), { timeout: 10_000 });
    const input = screen.getByRole('textbox', { name: /Type a review/ });
    fireEvent.change(input, { target: { value: 'the pizza was good' } });
    const table = await screen.findByRole('table', { name: /had the review stopped after each word/ });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(5));
    expect(within(table).getByRole('rowheader', { name: /pizza/ }).textContent).toContain('<UNK>');
    fireEvent.change(input, { target: { value: '  ,, ' } });
    expect(await screen.findByText('Type at least one word.')).toBeTruthy();
    fireEvent.click(train);
    await waitFor(() => expect(screen.getByTestId('sent-step').textContent).toBe('update 1,500 of 1,500'), { timeout: 25_000 });
    const scores = screen.getByTestId('sent-scores');
    await waitFor(() => expect(within(scores).getByRole('row', { name: /last state/ }).textContent).toMatch(/(9\d|100) %/));
  });

  it('tagging: a held-out advert is tagged and the template has every field after training', async () => {
    openLab('#/lab/applications?lang=en&task=tagging');
    const train = await screen.findByRole('button', { name: 'Train 300 updates' }, { timeout: LOAD_MS });
    await waitFor(() => expect((train as HTMLButtonElement).disabled).toBe(false), { timeout: 10_000 });
    expect((screen.getByRole('combobox', { name: 'Advert' }) as HTMLSelectElement).value).toBe('0');
    fireEvent.click(train);
    await waitFor(() => expect(screen.getByTestId('tag-step').textContent).toBe('update 300 of 300'), { timeout: 28_000 });
    const template = screen.getByRole('table', { name: /template filled/ });
    await waitFor(() => expect(within(template).getByRole('row', { name: /price/ }).querySelector('td')?.dataset['value']).toBe('1 270 000'));
    expect(within(template).getByRole('row', { name: /owner/ }).querySelector('td')?.dataset['value']).toBe('Mimi LASOURIS');
    fireEvent.change(screen.getByRole('combobox', { name: 'Advert' }), { target: { value: 'own' } });
    expect(screen.getByRole('textbox', { name: /Advert text/ })).toBeTruthy();
  });
});
