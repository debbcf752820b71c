// What can go wrong with the database, in words a person can act on.

export type StoreErrorCode = 'newer-schema' | 'disk' | 'corrupt' | 'busy' | 'not-found' | 'invalid-input';

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.code = code;
  }
}

const DISK_CODES = new Set([
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY_DBMOVED',
  'SQLITE_PERM',
  'EACCES',
  'EROFS',
  'ENOSPC',
  'EPERM',
  'ENOTDIR',
  'EEXIST',
]);
const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : '';
}

/** The disk refused a write: full, read-only, or gone. */
export function isDiskError(error: unknown): boolean {
  const code = codeOf(error);
  return DISK_CODES.has(code) || [...DISK_CODES].some((c) => code.startsWith(`${c}_`));
}

export function isCorruptError(error: unknown): boolean {
  const code = codeOf(error);
  return CORRUPT_CODES.has(code) || code.startsWith('SQLITE_CORRUPT');
}

/** Another connection held the lock for longer than the busy timeout. */
export function isBusyError(error: unknown): boolean {
  return codeOf(error).startsWith('SQLITE_BUSY') || codeOf(error).startsWith('SQLITE_LOCKED');
}

/** A disk error in words a person can act on. */
export function describeDiskError(error: unknown): string {
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'the disk is full';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file is in the way of its folder';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'the file or disk is read-only';
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM') return 'permission denied';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'the file or its folder does not let Skytray write';
  return `disk error ${code || 'unknown'}`;
}
