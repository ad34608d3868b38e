import { StrictMode } from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { PREFERENCES_KEY } from '../../src/app/preferences.ts';
import { resetStore } from '../../src/state/store.ts';
import { createFakeClient } from '../state/fake-client.ts';

function open(hash: string) {
  window.history.replaceState(null, '', hash === '' ? window.location.pathname : hash);
  return render(<App clientFactory={createFakeClient} />);
}

beforeEach(() => {
  resetStore();
  localStorage.clear();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('data-theme');
});

describe('home', () => {
  it('lists every lab with its promise, as plain links a keyboard reaches', () => {
    open('#/');
    expect(screen.getByRole('heading', { level: 1, name: 'Watch a recurrent network learn' })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Bille: a network learns to spell' });
    expect(link.getAttribute('href')).toBe('#/lab/bille?lang=en');
    expect(screen.getByText(/Teach a network with three hidden neurons/)).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeTruthy();
  });

  it('puts the language in the URL', () => {
    open('');
    expect(window.location.hash).toBe('#/?lang=en');
  });

  it('shows a not-found page for an unknown address', () => {
    open('#/lab/transformer');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeTruthy();
  });
});

describe('language', () => {
  it('switching to Arabic sets <html dir="rtl" lang="ar">, translates the page and updates the URL', () => {
    open('#/');
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ar' } });
    expect(document.documentElement.lang).toBe('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(window.location.hash).toBe('#/?lang=ar');
    expect(screen.getByRole('combobox', { name: 'اللغة' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('شاهِد شبكةً تكراريةً وهي تتعلّم');
  });

  it('opens a shared link in its language, over the saved one', () => {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ lang: 'ar' }));
    open('#/?lang=fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(screen.getByRole('combobox', { name: 'Langue' })).toBeTruthy();
  });

  it('follows the address when the visitor edits it', async () => {
    open('#/');
    await act(async () => {
      window.location.hash = '#/?lang=fr';
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(document.documentElement.lang).toBe('fr');
  });
});

describe('theme', () => {
  it('is applied to <html> and remembered for the next visit', () => {
    const first = open('#/');
    fireEvent.change(screen.getByRole('combobox', { name: 'Theme' }), { target: { value: 'projector' } });
    expect(document.documentElement.dataset['theme']).toBe('projector');
    expect(JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}')).toMatchObject({ theme: 'projector' });
    first.unmount();
    resetStore();
    open('#/');
    expect(document.documentElement.dataset['theme']).toBe('projector');
    expect((screen.getByRole('combobox', { name: 'Theme' }) as HTMLSelectElement).value).toBe('projector');
  });

  it.each(['{"theme":', 'null', '"dark"', '{"theme":"neon","lang":42}'])('ignores corrupt saved data %j', (raw) => {
    localStorage.setItem(PREFERENCES_KEY, raw);
    open('#/');
    expect(document.documentElement.dataset['theme']).toBe('light');
    expect(document.documentElement.lang).toBe('en');
  });
});

describe('link notice', () => {
  it('names each ignored parameter, uses the defaults, and can be dismissed', async () => {
    open('#/lab/bille?lr=abc&hidden=99&colour=red&lang=en');
    const notice = await screen.findByRole('region', { name: 'Some settings in this link were ignored' });
    const items = within(notice).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'lr=abc — not a number',
      'hidden=99 — too large (at most 8)',
      'colour=red — not a setting of this page',
    ]);
    expect(window.location.hash).toBe('#/lab/bille?seed=1&lr=0.1&clip=5&word=bille&hidden=3&speed=3&lang=en');
    fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss this notice' }));
    expect(screen.queryByRole('region', { name: 'Some settings in this link were ignored' })).toBeNull();
  });

  it('is translated, and a bad language is reported too', async () => {
    open('#/lab/bille?lang=fr&seed=-4');
    const notice = await screen.findByRole('region', { name: 'Certains réglages de ce lien ont été ignorés' });
    expect(within(notice).getByText(/trop petit \(au moins 0\)/)).toBeTruthy();

  });

  it('hides the controls a link asks to hide', async () => {
    open('#/lab/bille?hide=seed,word,hidden,speed,step,reset');
    await screen.findByRole('button', { name: 'Train' });
    expect(screen.queryByRole('textbox', { name: 'Seed' })).toBeNull();
    expect(screen.queryByRole('slider', { name: 'Speed' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Step' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reset' })).toBeNull();
    expect(screen.getByRole('slider', { name: 'Learning rate' })).toBeTruthy();
  });
});

describe('under StrictMode (effects run twice on mount)', () => {
  it('keeps the notice and does not move focus', async () => {
    window.history.replaceState(null, '', '#/?colour=red');
    render(
      <StrictMode>
        <App clientFactory={createFakeClient} />
      </StrictMode>,
    );
    const notice = await screen.findByRole('region', { name: 'Some settings in this link were ignored' });
    expect(within(notice).getByRole('listitem').textContent).toBe('colour=red — not a setting of this page');
    expect(window.location.hash).toBe('#/?lang=en');
    expect(document.activeElement).toBe(document.body);
  });
});

describe('system preferences', () => {
  it('starts in the dark theme when the system prefers dark and nothing was saved', () => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: query === '(prefers-color-scheme: dark)',
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia;
    try {
      open('#/');
      expect(document.documentElement.dataset['theme']).toBe('dark');
      // following the system is not a choice: nothing is saved
      expect(localStorage.getItem(PREFERENCES_KEY)).toBeNull();
    } finally {
      window.matchMedia = original;
    }
  });
});
