import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { StatusLine } from '../../src/app/StatusLine.tsx';
import type { Lang } from '../../src/i18n/catalogue.ts';
import { LangContext } from '../../src/i18n/useT.ts';
import type { RunMessage } from '../../src/state/run-slice.ts';
import { resetStore, useStore } from '../../src/state/store.ts';

function say(message: RunMessage, lang: Lang = 'en') {
  useStore.getState().run.setPhase(message.kind === 'diverged' ? 'diverged' : 'paused', message);
  render(
    <LangContext value={lang}>
      <StatusLine />
    </LangContext>,
  );
  return screen.getByRole('status');
}

beforeEach(resetStore);

describe('status line', () => {
  it('is a polite live region', () => {
    const line = say({ kind: 'ready' });
    expect(line.getAttribute('aria-live')).toBe('polite');
  });

  it('explains a divergence in words a student understands', () => {
    expect(say({ kind: 'diverged', step: 212, reason: 'loss' }).textContent).toBe(
      'The loss became infinite at step 212: the gradients exploded. Try clipping or a smaller learning rate, then Reset.',
    );
  });

  it('says the same in French and Arabic, numbers in Western digits', () => {
    expect(say({ kind: 'diverged', step: 1212, reason: 'gradient' }, 'fr').textContent).toMatch(
      /^Les gradients sont devenus infinis au pas 1\u202f212 : ils ont explosé\./,
    );
  });

  it('says it in Arabic with Western digits', () => {
    expect(say({ kind: 'paused', step: 40 }, 'ar').textContent).toBe('متوقّف مؤقتًا عند الخطوة 40.');
  });
});
