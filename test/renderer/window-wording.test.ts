// Which language the window speaks: the settings' choice, else main's list of the system's
// languages (so the window and the notifications agree), else the browser's.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../main/core/model/settings.ts';
import type { SettingsState } from '../../main/ipc/ipc-contract.ts';
import { sameWording, windowWording } from '../../renderer/window-wording.ts';

const state = (settings: Partial<Settings>, systemLanguages?: string[]): SettingsState => ({
  settings: { ...DEFAULT_SETTINGS, ...settings },
  apiKey: { set: false, storage: 'os-keychain' },
  limits: { refreshIntervalMinutes: { min: 5, max: 180 }, quietHours: { start: '22:00', end: '07:00' } },
  ...(systemLanguages ? { systemLanguages } : {}),
});

describe('the window’s Wording', () => {
  it('takes main’s system languages over the browser’s, and the browser’s when main sends none', () => {
    const fromMain = windowWording(state({}, ['fr-CA', 'en-US']), ['de-DE']);
    expect([fromMain.locale, fromMain.formatLocale]).toEqual(['fr', 'fr-CA']);
    const fromBrowser = windowWording(state({}), ['de-AT']);
    expect([fromBrowser.locale, fromBrowser.formatLocale, fromBrowser.hourCycle]).toEqual(['de', 'de-AT', 'h23']);
    expect(windowWording(null, ['ja-JP']).locale).toBe('ja');
  });

  it('speaks the language and clock chosen in Settings, keeping the system’s region for formats', () => {
    const chosen = windowWording(state({ language: 'de', hourCycle: 'h12' }, ['de-CH', 'en-US']), ['en-US']);
    expect([chosen.locale, chosen.formatLocale, chosen.hourCycle, chosen.direction]).toEqual(['de', 'de-CH', 'h12', 'ltr']);
    expect(windowWording(state({ language: 'ar' }), ['en-US']).direction).toBe('rtl');
  });

  it('redraws only for a change of language, clock or system languages', () => {
    expect(sameWording(state({ units: 'metric' }), state({ units: 'imperial' }))).toBe(true);
    expect(sameWording(state({}), state({ language: 'de' }))).toBe(false);
    expect(sameWording(state({}), state({ hourCycle: 'h23' }))).toBe(false);
    expect(sameWording(state({}, ['en-US']), state({}, ['de-DE']))).toBe(false);
    expect(sameWording(null, state({}))).toBe(false);
  });
});
