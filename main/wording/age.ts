// How old data is, for a glance: the same words in the tray, the window and the CLI. English
// only, in the short form the tray and the CLI were built around; Wording.age says it in the
// person's language and replaces this as callers move to it.
import { en } from './messages/en.ts';

const MINUTE_MS = 60_000;

/** "just now", "4 min ago", "3 h ago", "2 days ago"; "never" when there is no data. */
export function formatAge(ageMs: number | null): string {
  if (ageMs === null) return en['common.age.never'];
  const minutes = Math.floor(ageMs / MINUTE_MS);
  if (minutes < 1) return en['common.age.justNow'];
  if (minutes < 60) return `${minutes} min ago`; // i18n-ignore: English-only legacy form, replaced by Wording.age
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`; // i18n-ignore: English-only legacy form, replaced by Wording.age
  return `${Math.floor(hours / 24)} days ago`; // i18n-ignore: English-only legacy form, replaced by Wording.age
}
