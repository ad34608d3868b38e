import { describe, expect, it } from 'vitest';
import { defineCatalogue, format, isLang, translator } from '../../src/i18n/catalogue.ts';

describe('catalogues', () => {
  const c = defineCatalogue({
    en: { steps: '{n} steps', hello: 'Hello' },
    fr: { steps: '{n} étapes', hello: 'Bonjour' },
    ar: { steps: '{n} خطوة', hello: 'مرحبا' },
  });

  it('translates with placeholders, numbers in Western digits in every language', () => {
    expect(translator(c, 'en')('steps', { n: 1200 })).toBe('1,200 steps');
    expect(translator(c, 'fr')('hello')).toBe('Bonjour');
    expect(translator(c, 'ar')('steps', { n: 3 })).toBe('3 خطوة');
  });

  it('leaves unknown placeholders visible and validates language codes', () => {
    expect(format('{a} and {b}', { a: 'x' }, 'en')).toBe('x and {b}');
    expect(isLang('ar')).toBe(true);
    expect(isLang('de')).toBe(false);
  });
});
