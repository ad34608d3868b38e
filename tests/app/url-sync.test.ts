import { beforeEach, describe, expect, it } from 'vitest';
import { applyLocation, hashFor, readHash } from '../../src/app/url-sync.ts';
import { resetStore, useStore } from '../../src/state/store.ts';

beforeEach(resetStore);

describe('readHash', () => {
  it('reads the home page, with or without a slash', () => {
    for (const h of ['', '#', '#/', '#/?lang=fr']) expect(readHash(h).route).toEqual({ page: 'home' });
    expect(readHash('#/?lang=fr').lang).toBe('fr');
  });

  it('reads a lab with its parameters and hidden controls', () => {
    const loc = readHash('#/lab/bille?seed=9&lr=0.1&hidden=5&hide=seed,speed&lang=ar');
    expect(loc.route).toEqual({ page: 'lab', lab: 'bille' });
    expect(loc.lang).toBe('ar');
    expect(loc.values).toMatchObject({ seed: 9, lr: 0.1, hidden: 5, word: 'bille' });
    expect(loc.hidden).toEqual(['seed', 'speed']);
    expect(loc.ignored).toEqual([]);
  });

  it('reports a bad language and bad lab parameters together', () => {
    const loc = readHash('#/lab/bille?lang=xx&hidden=99&lr=fast');
    expect(loc.lang).toBeNull();
    expect(loc.ignored.map((i) => `${i.key}:${i.reason}`)).toEqual(['lang:not-allowed', 'hidden:above-max', 'lr:not-a-number']);
  });

  it('sends unknown paths and unknown labs to not-found', () => {
    expect(readHash('#/nowhere').route).toEqual({ page: 'not-found', path: '/nowhere' });
    expect(readHash('#/lab/transformer').route).toEqual({ page: 'not-found', path: '/lab/transformer' });
  });
});

describe('hashFor', () => {
  it('writes the whole configuration and the language back, so a link reopens the same state', () => {
    applyLocation(readHash('#/lab/bille?seed=9&hide=seed&lang=fr'), 'en');
    const hash = hashFor(useStore.getState());
    expect(hash).toBe('#/lab/bille?seed=9&lr=0.1&clip=5&word=bille&hidden=3&speed=3&hide=seed&lang=fr');
    expect(readHash(hash).values).toEqual(useStore.getState().config.values);
  });

  it('keeps the current language when a link has none', () => {
    useStore.getState().ui.setLang('ar');
    applyLocation(readHash('#/'), useStore.getState().ui.lang);
    expect(hashFor(useStore.getState())).toBe('#/?lang=ar');
  });
});
