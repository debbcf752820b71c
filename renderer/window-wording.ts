// The window's language: the Settings' choice of language and clock over the system's languages,
// and the <html> attributes that tell the browser, screen readers and the stylesheets about it.
import type { SettingsState } from '../main/ipc/ipc-contract.ts';
import { wordingFor, type Wording } from '../main/wording/wording.ts';

/**
 * The Wording the window speaks: the same as main's (the tray, the notifications) when main sends
 * the system's languages with the settings, as the app does; else the browser's own list.
 */
export function windowWording(state: SettingsState | null, browserLanguages: readonly string[]): Wording {
  const settings = state?.settings;
  return wordingFor(state?.systemLanguages ?? browserLanguages, { locale: settings?.language ?? null, hourCycle: settings?.hourCycle ?? null });
}

/** Whether two settings states word the window alike: nothing needs redrawing for the language when so. */
export function sameWording(a: SettingsState | null, b: SettingsState | null): boolean {
  return (
    a?.settings.language === b?.settings.language &&
    a?.settings.hourCycle === b?.settings.hourCycle &&
    (a?.systemLanguages ?? []).join() === (b?.systemLanguages ?? []).join()
  );
}

/** <html lang> for hyphenation, fonts and screen readers' voices; <html dir> for right-to-left. */
export function applyToDocument(root: { lang: string; dir: string }, wording: Wording): void {
  root.lang = wording.locale;
  root.dir = wording.direction;
}
