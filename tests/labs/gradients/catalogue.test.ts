import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labGradientsCatalogue as cat } from '../../../src/i18n/catalogues/lab-gradients.ts';

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const en = cat.en as Readonly<Record<string, string>>;
const keys = Object.keys(en);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the gradients lab catalogue', () => {
  it('has every English key in French and Arabic, with the same placeholders', () => {
    for (const lang of ['fr', 'ar'] as const) {
      const table = cat[lang] as Readonly<Record<string, string>>;
      expect(Object.keys(table).sort()).toEqual([...keys].sort());
      for (const k of keys) {
        expect(table[k]!.trim().length, `${lang} ${k}`).toBeGreaterThan(0);
        expect(placeholders(table[k]!), `${lang} ${k}`).toEqual(placeholders(en[k]!));
      }
    }
  });

  it('is translated: French sentences differ from the English, Arabic ones are in Arabic script', () => {
    const fr = cat.fr as Readonly<Record<string, string>>;
    const ar = cat.ar as Readonly<Record<string, string>>;
    for (const k of keys) {
      // a label that is only notation or a name (‖∂L/∂h_t‖, LSTM, T − t) stays as it is
      if (!/[a-z]{3,}\s+[a-z]{3,}/i.test(en[k]!)) continue;
      expect(fr[k], k).not.toBe(en[k]);
      expect(ar[k], k).toMatch(/[\u0600-\u06ff]/);
    }
  });

  it('has no string the lab never shows', () => {
    const code = [...sources('src/labs/gradients'), ...sources('src/views/gradients')].join('\n');
    const unused = keys.filter((k) => {
      if (code.includes(`'${k}'`)) return false;
      // keys picked by a template: t(`rem.${r}Help`), t(`state.${s}`)
      const dot = k.indexOf('.');
      return dot < 0 || !code.includes(`\`${k.slice(0, dot + 1)}\${`);
    });
    expect(unused).toEqual([]);
  });
});
