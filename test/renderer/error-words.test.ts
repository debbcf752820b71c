// The window's words for a refused request: from the error's code, never main's English message.
import { describe, expect, it } from 'vitest';
import { createWording } from '../../main/wording/wording.ts';
import { errorWords } from '../../renderer/error-words.ts';

const wording = createWording('en');
const { t } = wording;

describe('errorWords', () => {
  it.each([
    [{ code: 'forbidden', message: 'This window may not talk to Skytray.' }, t('error.request.forbidden')],
    [{ code: 'invalid-input', message: 'An id must be a whole number above 0.' }, t('error.request.invalid')],
    [{ code: 'internal', message: 'internal error' }, t('window.places.internalError')],
    [{ code: 'corrupt', message: 'failed its integrity check (row 3 missing)' }, t('error.store.corrupt')],
    [{ code: 'busy', message: 'Another Skytray kept the database busy for more than 5 seconds.' }, t('error.store.busy')],
    [{ code: 'newer-schema', message: 'schema 9; this version knows up to 8' }, t('error.store.newerSchema')],
  ])('words %o from its code', (error, words) => {
    expect(errorWords(wording, error)).toBe(words);
  });

  it('keeps the sentence of a refused setting: the engine names the rule broken', () => {
    const refused = { code: 'invalid-input', message: 'Refresh interval must be a whole number of minutes from 5 to 180.', provider: null, status: null };
    expect(errorWords(wording, refused)).toBe(refused.message);
  });
});
