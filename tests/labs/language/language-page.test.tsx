import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App.tsx';
import { resetStore } from '../../../src/state/store.ts';
import { createInThreadClient } from '../../../src/worker/in-thread-client.ts';

// The language lab's controls against the real engine, run in-thread; the
// shipped corpora are served from public/ by a stubbed fetch.

function openLab(query: string) {
  window.history.replaceState(null, '', `#/lab/language?${query}`);
  return render(<App clientFactory={() => createInThreadClient()} />);
}

const ready = () => waitFor(() => expect(screen.getAllByRole('status').map((s) => s.dataset['phase'] ?? s.textContent)).toContain('ready'), { timeout: 10_000 });
const chips = (testId: string) => within(screen.getByTestId(testId)).getAllByRole('listitem').map((li) => li.textContent ?? '');

beforeEach(() => {
  resetStore();
  localStorage.clear();
  vi.stubGlobal('fetch', async (url: string) => {
    const name = /corpora\/(en|fr|ar)\.txt$/.exec(String(url))?.[1];
    const text = name === undefined ? '' : readFileSync(join(process.cwd(), 'public', 'corpora', `${name}.txt`), 'utf8');
    return { ok: name !== undefined, status: name === undefined ? 404 : 200, text: async () => text };
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the language lab', { timeout: 40_000 }, () => {
  it('follows the typed sentence through the pipeline by characters, then by words with <UNK>', async () => {
    openLab('lang=en');
    await ready();
    // characters: "The apple…" is cleaned to lower case and split into characters; "!" is not in the corpus
    expect(screen.getByTestId('cleaned').textContent).toBe('the apple and pear salad is ready!');
    expect(chips('tokens').slice(0, 4)).toEqual(['t', 'h', 'e', '␣']);
    const ids = chips('ids');
    expect(ids.at(-1)).toBe('<EOS>2');
    expect(ids.at(-2)).toContain('!1');
    // the batch: 3 rows × T columns, padded with 0
    const batch = screen.getByTestId('batch');
    expect(within(batch).getAllByRole('row')).toHaveLength(3);
    fireEvent.change(screen.getByRole('slider', { name: 'Sequence length T' }), { target: { value: '40' } });
    const first = within(batch).getAllByRole('row')[0]!;
    const cells = Array.from(first.querySelectorAll('td'), (td) => td.textContent);
    expect(cells).toHaveLength(40);
    // 34 characters + <EOS> = 35 ids, then five <PAD>
    expect(cells.slice(34)).toEqual(['2', '0', '0', '0', '0', '0']);

    fireEvent.change(screen.getByRole('combobox', { name: 'Tokens' }), { target: { value: 'word' } });
    await waitFor(() => expect(window.location.hash).toContain('level=word'));
    await waitFor(() => expect(chips('tokens')).toEqual(['the', 'apple', 'and', 'pear', 'salad', 'is', 'ready', '!']));
    fireEvent.change(screen.getByRole('textbox', { name: 'Your sentence' }), { target: { value: 'The zebra eats a pear.' } });
    const words = chips('ids');
    expect(words[1]).toBe('zebra1not in the vocabulary: read as <UNK>');
    expect(words.at(-1)).toBe('<EOS>2');
    expect(screen.getByTestId('corpus-info').textContent).toMatch(/vocabulary of \d+ entries/);
  });

  it('refuses an empty or too short pasted text with a message, keeping the text in the box', async () => {
    openLab('lang=en&corpus=own');
    await ready();
    const box = screen.getByRole('textbox', { name: 'Paste a text' });
    const use = screen.getByRole('button', { name: 'Train on this text' });
    fireEvent.change(box, { target: { value: '   ' } });
    fireEvent.click(use);
    await waitFor(() => expect(screen.getByText('The text is empty. Paste at least a few sentences.')).toBeTruthy());
    fireEvent.change(box, { target: { value: '😀👍🏽' } });
    fireEvent.click(use);
    await waitFor(() => expect(screen.getByText(/The text is too short/)).toBeTruthy());
    expect((box as HTMLTextAreaElement).value).toBe('😀👍🏽');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    // a usable text is taken: the corpus line counts its sentences
    fireEvent.change(box, { target: { value: 'A cat sat on a mat. A dog sat on a log. 😀 The end.' } });
    fireEvent.click(use);
    await waitFor(() => expect(screen.getByTestId('corpus-info').textContent).toContain('3 sentences'));
  });

  it('scores both sentences token by token on the engine', async () => {
    openLab('lang=en&level=word');
    await ready();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Score both' }));
    });
    await waitFor(() => expect(screen.getAllByTestId('score-table')).toHaveLength(2), { timeout: 10_000 });
    const [pear, pair] = screen.getAllByTestId('score-table');
    // "the apple and pear salad": 5 words and <EOS>, each with its factor
    expect(within(pear!).getAllByRole('row').length).toBe(1 + 6 + 1);
    expect(within(pair!).getByText('pair')).toBeTruthy();
    expect(screen.getByTestId('score-verdict').textContent).toMatch(/times as likely as/);
  });
});
