import { describe, expect, it } from 'vitest';
import { LOCALES, chooseLocale, cliLocale, formatLocaleFor, matchLocale, textDirection } from '../../main/wording/locales.ts';

describe('chooseLocale', () => {
  it('chooses each listed language for its own code', () => {
    expect(LOCALES.map((code) => chooseLocale([code]))).toEqual(['en', 'de', 'fr', 'es', 'it', 'pt-BR', 'nl', 'pl', 'ja', 'zh-Hans', 'ar']);
  });

  it.each([
    [['de-AT'], 'de'],
    [['fr-CA', 'en'], 'fr'],
    [['pt'], 'pt-BR'],
    [['pt-PT'], 'pt-BR'],
    [['zh-CN'], 'zh-Hans'],
    [['zh-SG'], 'zh-Hans'],
    [['zh-Hans-CN'], 'zh-Hans'],
    [['zh'], 'zh-Hans'],
    [['ar-EG'], 'ar'],
    [['nb-NO', 'sv', 'pl-PL'], 'pl'],
    [[], 'en'],
    [['xx-nonsense!!'], 'en'],
  ] as const)('%j → %s', (preferred, expected) => {
    expect(chooseLocale(preferred)).toBe(expected);
  });

  it('passes over Traditional Chinese to the next preference, then English', () => {
    expect(chooseLocale(['zh-TW', 'ja'])).toBe('ja');
    expect(chooseLocale(['zh-HK', 'zh-Hant'])).toBe('en');
  });

  it('takes the first language it speaks, in the order given', () => {
    expect(chooseLocale(['sv-SE', 'nl-BE', 'de-DE'])).toBe('nl');
  });

  it('reads POSIX forms', () => {
    expect(matchLocale('de_DE.UTF-8')).toBe('de');
    expect(matchLocale('pt_BR.utf8@latin')).toBe('pt-BR');
    expect(matchLocale('sv_SE')).toBeNull();
  });
});

describe('formatLocaleFor', () => {
  it("keeps the region of the person's tag for formats", () => {
    expect(formatLocaleFor(['en-GB', 'de'], 'en')).toBe('en-GB');
    expect(formatLocaleFor(['fr', 'ar-EG'], 'ar')).toBe('ar-EG');
    expect(formatLocaleFor(['de_CH.UTF-8'], 'de')).toBe('de-CH');
    expect(formatLocaleFor(['ja'], 'ja')).toBe('ja');
    expect(formatLocaleFor(['sv-SE'], 'en')).toBe('en');
  });
});

describe('cliLocale', () => {
  it('takes --lang over every variable', () => {
    expect(cliLocale({ lang: 'ja', LC_ALL: 'de_DE.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('ja');
  });

  it('then LC_ALL, LC_MESSAGES and LANG, the first that is set', () => {
    expect(cliLocale({ LC_ALL: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR', LANG: 'es_ES' })).toBe('de');
    expect(cliLocale({ LC_ALL: '', LC_MESSAGES: 'fr_FR', LANG: 'es_ES' })).toBe('fr');
    expect(cliLocale({ LANG: 'es_ES.UTF-8' })).toBe('es');
  });

  it('reads C and POSIX as English, even over a later variable', () => {
    expect(cliLocale({ LC_ALL: 'C', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(cliLocale({ LC_MESSAGES: 'POSIX', LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('en');
  });

  it('falls back to the environment when --lang names a language it does not speak, and to English with nothing', () => {
    expect(cliLocale({ lang: 'sv', LANG: 'it_IT.UTF-8' })).toBe('it');
    expect(cliLocale({})).toBe('en');
  });
});

describe('textDirection', () => {
  it('is right to left for Arabic only', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('ja')).toBe('ltr');
  });
});
