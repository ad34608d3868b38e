import { beforeEach, describe, expect, it } from 'vitest';
import { PROGRESS_KEY, markSectionRead, markSlide, readProgress } from '../../src/lessons/progress.ts';

/** A Storage in memory, optionally failing like a full or disabled one. */
class MemoryStorage implements Storage {
  data = new Map<string, string>();
  failWrites = false;
  get length() {
    return this.data.size;
  }
  clear() {
    this.data.clear();
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new Error('QuotaExceededError');
    this.data.set(k, v);
  }
}

let store: MemoryStorage;
beforeEach(() => {
  store = new MemoryStorage();
});

describe('reading progress', () => {
  it('starts empty and remembers sections read and the last slide', () => {
    expect(readProgress(store)).toEqual({ progress: {}, corrupt: false });
    markSectionRead('bptt', 'section-1', 7, store);
    markSectionRead('bptt', 'section-3', 7, store);
    markSectionRead('bptt', 'section-1', 7, store);
    markSlide('bptt', 4, 7, store);
    expect(readProgress(store)).toEqual({ progress: { bptt: { read: ['section-1', 'section-3'], total: 7, slide: 4 } }, corrupt: false });
  });

  it('reports unreadable data as corrupt and keeps what can be kept, without throwing', () => {
    for (const raw of ['{not json', '[]', '"text"', 'null', '42']) {
      store.data.set(PROGRESS_KEY, raw);
      expect(readProgress(store), raw).toEqual({ progress: {}, corrupt: true });
    }
    store.data.set(PROGRESS_KEY, JSON.stringify({
      gru: { read: ['section-2'], total: 5, slide: 0 },
      lstm: { read: 'all', total: 5, slide: 1 },
      bad: { read: ['<script>'], total: 5, slide: 1 },
      'Not A Slug!': { read: [], total: 1, slide: 1 },
      neg: { read: [], total: -1, slide: 1 },
    }));
    expect(readProgress(store)).toEqual({ progress: { gru: { read: ['section-2'], total: 5, slide: 0 } }, corrupt: true });
  });

  it('overwrites corrupt data on the next change, so the notice shows once', () => {
    store.data.set(PROGRESS_KEY, '{broken');
    markSlide('gru', 2, 5, store);
    expect(readProgress(store)).toEqual({ progress: { gru: { read: [], total: 5, slide: 2 } }, corrupt: false });
  });

  it('survives a storage that refuses writes', () => {
    store.failWrites = true;
    expect(() => markSectionRead('gru', 'section-1', 5, store)).not.toThrow();
    expect(markSectionRead('gru', 'section-1', 5, store)['gru']?.read).toEqual(['section-1']);
    expect(readProgress(null)).toEqual({ progress: {}, corrupt: false });
  });
});
