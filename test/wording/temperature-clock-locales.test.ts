import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../main/wording/locales.ts';
import { createWording } from '../../main/wording/wording.ts';

const TAGS = [...new Set([...LOCALES, 'nl-BE', 'de-CH', 'pt-BR', 'ar-EG', 'zh-CN', 'ja-JP', 'pl-PL', 'en-US', 'en-GB'])];
/** Celsius and Fahrenheit as each script writes them: Arabic uses م and ف. */
const CELSIUS = /[Cم]/;
const FAHRENHEIT = /[Fف]/;

describe('temperatures in every language and usual region', () => {
  it.each(TAGS)('%s names the scale, never a bare degree', (tag) => {
    const locale = LOCALES.find((code) => tag === code || tag.startsWith(code.split('-')[0] ?? code)) ?? 'en';
    const w = createWording(locale, { formatLocale: tag });
    const bare = w.temperature(7, '°');
    for (const [symbol, letter] of [
      ['°C', CELSIUS],
      ['°F', FAHRENHEIT],
    ] as const) {
      const text = w.temperature(7, symbol);
      expect(text, `${tag} ${symbol}`).not.toBe(bare);
      expect(text, `${tag} ${symbol}`).toMatch(letter);
    }
  });

  it('keeps the narrow form where it names the scale: Polish "7°C", not "7 st. C"', () => {
    expect(createWording('pl').temperature(7, '°C')).toBe('7°C');
    expect(createWording('nl').temperature(7, '°C')).toBe('7°C');
    expect(createWording('nl', { formatLocale: 'nl-BE' }).temperature(-2, '°C')).toBe('-2°C');
  });
});

describe('clock times in each language', () => {
  const morning = '2026-11-25T07:41:00+01:00';
  const midnight = '2026-11-25T00:05:00+09:00';

  it("use the language's own 12-hour cycle when 12 hours are chosen: Japanese counts from 0", () => {
    expect(createWording('ja', { hourCycle: 'h12' }).clock(midnight)).toBe('午前0:05');
    expect(createWording('ja', { formatLocale: 'ja-JP', hourCycle: 'h12' }).clock(midnight)).toBe('午前0:05');
    expect(createWording('en', { hourCycle: 'h12' }).clock(midnight)).toBe('12:05 AM');
    expect(createWording('de', { hourCycle: 'h12' }).clock(midnight)).toBe('12:05 AM');
  });

  it('pad the 24-hour clock only where the language does', () => {
    expect(createWording('ja').clock(morning)).toBe('7:41');
    expect(createWording('es').clock(morning)).toBe('7:41');
    expect(createWording('de').clock(morning)).toBe('07:41');
    expect(createWording('en', { formatLocale: 'en-GB' }).clock(morning)).toBe('07:41');
    expect(createWording('en', { hourCycle: 'h23' }).clock(morning)).toBe('07:41');
    expect(createWording('ja', { hourCycle: 'h23' }).clock(midnight)).toBe('0:05');
  });
});
