import { describe, expect, it } from 'vitest';
import { messageFormatter } from '../../main/wording/message-formatter.ts';
import { en } from '../../main/wording/messages/en.ts';
import { cliTags } from '../../main/wording/locales.ts';
import { createWording, wordingFor } from '../../main/wording/wording.ts';

const MINUTE = 60_000;

describe('numbers', () => {
  it('round half away from zero and never write -0, in every language', () => {
    for (const locale of ['en', 'de', 'pl', 'ja', 'ar'] as const) {
      const w = createWording(locale);
      // Arabic marks a minus sign's direction with U+200E; the digits are what this checks.
      const plain = (text: string): string => text.replace('\u200e', '').replace(',', '.');
      expect([w.number(2.5), w.number(-2.5), w.number(-0.4), w.number(-0.04, 1)].map(plain)).toEqual(['3', '-3', '0', '0.0']);
    }
  });

  it("use the language's separators and grouping", () => {
    expect(createWording('en').number(-1234.56, 1)).toBe('-1,234.6');
    expect(createWording('de').number(-1234.56, 1)).toBe('-1.234,6');
    expect(createWording('pl').number(-1234.56, 1)).toBe('-1234,6'); // Polish groups from five digits
    expect(createWording('ja').number(1234.5, 1)).toBe('1,234.5');
  });

  it('write Latin digits for plain Arabic and Arabic-Indic digits for Egypt, as Node and Chromium both do', () => {
    expect(createWording('ar').number(1234.5, 1)).toBe('1,234.5');
    expect(createWording('ar', { formatLocale: 'ar-EG' }).number(1234.5, 1)).toBe('١٬٢٣٤٫٥');
  });

  it('stand a dash in for a missing value', () => {
    const w = createWording('de');
    expect([w.number(null), w.percent(Number.NaN), w.temperature(null, '°C'), w.wind(null, 'km/h', 90), w.precipitation(null, 'mm'), w.clock(null)]).toEqual(
      Array(6).fill('–'),
    );
  });
});

describe('units', () => {
  it('write temperatures, wind, rain and percentages the way each language does', () => {
    const en = createWording('en');
    expect([en.temperature(-6.64, '°C', 1), en.temperature(45, '°F'), en.temperature(-0.3, '°'), en.percent(82.5)]).toEqual(['-6.6°C', '45°F', '0°', '83%']);
    expect([en.wind(12.4, 'km/h', 44), en.wind(5, 'mph', null), en.wind(3, 'm/s', 180)]).toEqual(['12 km/h NE', '5 mph', '3 m/s S']);
    expect([en.precipitation(0.04, 'in'), en.precipitation(0.25, 'mm')]).toEqual(['0.04 in', '0.3 mm']);
    const de = createWording('de');
    expect([de.temperature(-6.64, '°C', 1), de.percent(83), de.precipitation(0.25, 'mm')]).toEqual(['-6,6 °C', '83\u00a0%', '0,3 mm']);
    expect(createWording('pl').wind(12, 'km/h', null)).toBe('12 km/godz.');
  });
});

describe('clock times', () => {
  const morning = '2026-11-25T07:41:00+01:00';
  const evening = '2026-11-25T19:05:00-05:00';

  it("read the place's wall clock from the string, whatever this machine's time zone", () => {
    expect(createWording('de').clock(morning)).toBe('07:41');
    expect(createWording('de').clock(evening)).toBe('19:05');
  });

  it('are 12- or 24-hour by locale', () => {
    expect(createWording('en').clock(evening)).toBe('7:05 PM');
    expect(createWording('en', { formatLocale: 'en-GB' }).clock(evening)).toBe('19:05');
    expect(createWording('ja').clock(evening)).toBe('19:05');
    expect(createWording('en').hourCycle).toBe('h12');
    expect(createWording('pl').hourCycle).toBe('h23');
  });

  it('fall back to the language itself for a tag Intl cannot read', () => {
    expect(createWording('de', { formatLocale: 'not a tag!' }).formatLocale).toBe('de');
  });

  it('follow the chosen clock over the locale', () => {
    expect(createWording('en', { hourCycle: 'h23' }).clock(morning)).toBe('07:41');
    expect(createWording('de', { hourCycle: 'h12' }).clock(evening)).toBe('7:05 PM');
  });
});

describe('days and dates', () => {
  it('name the weekday and date in the language', () => {
    expect([createWording('en').weekday('2026-11-25'), createWording('de').weekday('2026-11-25'), createWording('ja').weekday('2026-11-25')]).toEqual([
      'Wed',
      'Mi',
      '水',
    ]);
    expect(createWording('pl').weekday('2026-11-25', 'long')).toBe('środa');
    expect(createWording('de').date('2026-11-25')).toBe('25. Nov.');
    expect(createWording('en').date('2026-11-25', 'long')).toBe('Wednesday, November 25');
  });
});

describe('ages', () => {
  it('say "just now" under a minute and "never" without data', () => {
    expect([createWording('en').age(59_999), createWording('en').age(null)]).toEqual(['just now', 'never']);
  });

  it('are relative times in the language', () => {
    const de = createWording('de');
    expect([de.age(5 * MINUTE), de.age(3 * 60 * MINUTE), de.age(50 * 60 * MINUTE)]).toEqual(['vor 5 Min.', 'vor 3 Std.', 'vor 2 Tagen']);
    expect(createWording('ja').age(5 * MINUTE)).toBe('5 分前');
    expect(createWording('ar').age(3 * 60 * MINUTE)).toBe('قبل 3 ساعات');
    expect(createWording('en').age(119 * MINUTE)).toBe('1 hr. ago');
  });
});

describe('messages', () => {
  it('fill placeholders and pick the English plural', () => {
    const t = createWording('en').t;
    expect([t('common.placeCount', { count: 1 }), t('common.placeCount', { count: 1234 })]).toEqual(['1 place', '1,234 places']);
    expect(t('common.freshness.updatedNote', { freshness: 'stale', age: '4 min ago' })).toBe('updated 4 min ago, out of date');
  });

  it('pick among three Polish plural forms', () => {
    const t = messageFormatter({ ...en, 'common.placeCount': '{count, plural, one {# minuta} few {# minuty} many {# minut} other {# minuty}}' }, 'pl');
    expect([1, 2, 5, 22, 25, 1.5].map((count) => t('common.placeCount', { count }))).toEqual([
      '1 minuta',
      '2 minuty',
      '5 minut',
      '22 minuty',
      '25 minut',
      '1,5 minuty',
    ]);
  });

  it("write a plural's number in the format locale's digits", () => {
    const t = messageFormatter({ ...en, 'common.placeCount': '{count, plural, one {مكان واحد} other {# أماكن}}' }, 'ar-EG');
    expect(t('common.placeCount', { count: 3 })).toBe('٣ أماكن');
  });

  it('refuse, at type-check time, a key not in the catalogue and missing or misspelt placeholders', () => {
    const { t } = createWording('en');
    // @ts-expect-error a key that is not in the catalogue
    expect(() => t('common.noSuchKey')).toThrow(/message must be provided/);
    // @ts-expect-error a message with placeholders needs its values
    expect(() => t('common.freshness.updated')).toThrow(/age/);
    // @ts-expect-error a misspelt placeholder
    expect(() => t('common.freshness.updated', { ages: 'x' })).toThrow(/age/);
    // @ts-expect-error a placeholder inside a choice's branches is needed too
    expect(() => t('common.callBudget.window', { used: '1', window: 'hour' })).toThrow(/limit/);
    expect(t('common.callBudget.window', { used: '1', limit: '2', window: 'hour' })).toBe('1 of 2 in the last hour');
    expect(t('common.freshness.loading')).toBe('Loading…');
  });

  it('speak English with English plurals in a language not translated yet', () => {
    // No catalogue (null) is what catalogueFor gives a language whose file has not landed yet.
    expect(messageFormatter(null, 'ja')('common.placeCount', { count: 1 })).toBe('1 place');
  });

  it('join lists the way the language does', () => {
    expect(createWording('en').list(['Oslo', 'Lima', 'Pune'])).toBe('Oslo, Lima, and Pune');
    expect(createWording('de').list(['Oslo', 'Lima'], 'disjunction')).toBe('Oslo oder Lima');
  });

  it('give the direction of the text', () => {
    expect([createWording('ar').direction, createWording('de').direction]).toEqual(['rtl', 'ltr']);
  });
});

describe('wordingFor', () => {
  it("follows the person's languages and keeps their region for formats", () => {
    const w = wordingFor(['sv-SE', 'en-GB', 'de']);
    expect([w.locale, w.formatLocale, w.hourCycle]).toEqual(['en', 'en-GB', 'h23']);
  });

  it('takes a language and clock chosen in Settings over the system', () => {
    const w = wordingFor(['en-US'], { locale: 'de', hourCycle: 'h12' });
    expect([w.locale, w.formatLocale, w.clock('2026-11-25T19:05:00+01:00')]).toEqual(['de', 'de', '7:05 PM']);
    expect(wordingFor(['en-US'], { locale: null, hourCycle: null }).hourCycle).toBe('h12');
  });

  it('reads the command line and the POSIX variables in their order', () => {
    const w = wordingFor(cliTags({ LC_ALL: '', LC_MESSAGES: 'pt_PT.UTF-8', LANG: 'de_DE.UTF-8' }));
    expect([w.locale, w.formatLocale, w.number(1234.5, 1)]).toEqual(['pt-BR', 'pt-PT', '1234,5']);
  });
});
