// The Wordings the window's unit tests word with: the tests' English (British, for the 24-hour
// clock their times are written in), and German, which speaks its catalogue's words and writes
// numbers, clock times and weekdays the German way through Intl.
import { createWording } from '../../main/wording/wording.ts';

export const ENGLISH = createWording('en', { formatLocale: 'en-GB' });
export const GERMAN = createWording('de', { formatLocale: 'de-DE' });
