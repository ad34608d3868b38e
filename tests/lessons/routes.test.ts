import { beforeEach, describe, expect, it } from 'vitest';
import { RESERVED_KEYS, parseParams } from '../../src/app/url-state.ts';
import { applyLocation, hashFor, isEmbedHash, readHash } from '../../src/app/url-sync.ts';
import { BILLE_SCHEMA } from '../../src/labs/bille/params.ts';
import { resetStore, useStore } from '../../src/state/store.ts';

beforeEach(resetStore);

describe('lesson routes in the address', () => {
  it('reads the course, a lesson and a slide (1-based), with or without the notes window', () => {
    expect(readHash('#/lessons?lang=fr').route).toEqual({ page: 'lessons' });
    expect(readHash('#/lesson/bptt').route).toEqual({ page: 'lesson', slug: 'bptt' });
    expect(readHash('#/present/bptt/3?lang=ar').route).toEqual({ page: 'present', slug: 'bptt', slide: 3, notes: false });
    expect(readHash('#/present/bptt').route).toEqual({ page: 'present', slug: 'bptt', slide: 1, notes: false });
    expect(readHash('#/present/bptt/0').route).toEqual({ page: 'present', slug: 'bptt', slide: 1, notes: false });
    expect(readHash('#/present/bptt/2?notes=1').route).toEqual({ page: 'present', slug: 'bptt', slide: 2, notes: true });
  });

  it('sends malformed lesson paths to not-found and reports unknown parameters', () => {
    expect(readHash('#/lesson/Bad_Slug').route.page).toBe('not-found');
    expect(readHash('#/present/bptt/two').route.page).toBe('not-found');
    expect(readHash('#/lesson/bptt?x=1').ignored).toEqual([{ key: 'x', given: '1', reason: 'unknown' }]);
    expect(readHash('#/present/bptt/1?notes=yes').ignored.map((i) => i.reason)).toEqual(['not-allowed']);
  });

  it('writes the slide number back into the address', () => {
    applyLocation(readHash('#/present/bptt/2?lang=fr'), 'en');
    useStore.getState().ui.setRoute({ page: 'present', slug: 'bptt', slide: 5, notes: false });
    expect(hashFor(useStore.getState())).toBe('#/present/bptt/5?lang=fr');
    useStore.getState().ui.setRoute({ page: 'present', slug: 'bptt', slide: 5, notes: true });
    expect(hashFor(useStore.getState())).toBe('#/present/bptt/5?notes=1&lang=fr');
    expect(readHash(hashFor(useStore.getState())).route).toEqual(useStore.getState().ui.route);
  });
});

describe('embed=1', () => {
  it('is a reserved key: a lab ignores it silently', () => {
    expect(RESERVED_KEYS).toContain('embed');
    expect(parseParams(BILLE_SCHEMA, 'seed=3&embed=1').ignored).toEqual([]);
    expect(readHash('#/lab/bille?seed=3&embed=1&lang=fr').ignored).toEqual([]);
  });

  it('is recognised only as embed=1 in the query', () => {
    expect(isEmbedHash('#/lab/bille?seed=1&embed=1')).toBe(true);
    expect(isEmbedHash('#/lab/bille?embed=0')).toBe(false);
    expect(isEmbedHash('#/lab/bille/embed=1')).toBe(false);
  });
});
