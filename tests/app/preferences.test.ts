import { describe, expect, it } from 'vitest';
import { PREFERENCES_KEY, readPreferences, writePreferences } from '../../src/app/preferences.ts';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (k) => data.get(k) ?? null,
    key: (i) => [...data.keys()][i] ?? null,
    removeItem: (k) => void data.delete(k),
    setItem: (k, v) => void data.set(k, String(v)),
  };
}

describe('preferences', () => {
  it('round-trips language and theme', () => {
    const s = memoryStorage();
    writePreferences({ lang: 'ar', theme: 'projector' }, s);
    expect(readPreferences(s)).toEqual({ lang: 'ar', theme: 'projector' });
  });

  it.each([
    ['not JSON', '{lang: fr'],
    ['null', 'null'],
    ['a number', '42'],
    ['an array', '["fr"]'],
  ])('ignores %s', (_what, raw) => {
    expect(readPreferences(memoryStorage({ [PREFERENCES_KEY]: raw }))).toEqual({});
  });

  it('keeps the values it recognises and drops the others', () => {
    const s = memoryStorage({ [PREFERENCES_KEY]: JSON.stringify({ lang: 'de', theme: 'dark', extra: 1 }) });
    expect(readPreferences(s)).toEqual({ theme: 'dark' });
  });

  it('survives a storage that throws on every call', () => {
    const broken = memoryStorage();
    broken.getItem = () => {
      throw new Error('SecurityError');
    };
    broken.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(readPreferences(broken)).toEqual({});
    expect(() => writePreferences({ lang: 'fr' }, broken)).not.toThrow();
  });

  it('reads nothing when there is no storage at all', () => {
    expect(readPreferences(null)).toEqual({});
  });
});
