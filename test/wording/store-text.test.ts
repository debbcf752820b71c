// The database's problems, worded from their codes: the disk's reason survives into the sentence.
import { describe, expect, it } from 'vitest';
import { StoreError } from '../../main/core/store/store-error.ts';
import { storeText } from '../../main/wording/store-text.ts';
import { createWording } from '../../main/wording/wording.ts';

const wording = createWording('en');

describe('storeText', () => {
  it.each([
    ['SQLITE_FULL', 'full'],
    ['ENOSPC', 'full'],
    ['SQLITE_READONLY_DBMOVED', 'readOnly'],
    ['EACCES', 'permission'],
    ['ENOTDIR', 'folderBlocked'],
    ['SQLITE_IOERR_WRITE', 'other'],
  ])('words a disk error with code %s by its reason (%s)', (code, reason) => {
    const error = new StoreError('disk', `disk error ${code}`, { cause: Object.assign(new Error(code), { code }) });
    expect(error.diskReason).toBe(reason);
    expect(storeText(wording, error)).toBe(wording.t('error.store.disk', { reason }));
  });

  it('gives each reason its own sentence', () => {
    const sentences = ['full', 'folderBlocked', 'readOnly', 'permission', 'cantOpen', 'other'].map((reason) => wording.t('error.store.disk', { reason }));
    expect(new Set(sentences).size).toBe(sentences.length);
  });
});
