// What can go wrong with the database, in words a person can act on.

export type StoreErrorCode = 'newer-schema' | 'disk' | 'corrupt' | 'busy' | 'not-found' | 'invalid-input';

/** Why the disk would not take a write, for words in any language (describeDiskError is the log's). */
export type DiskReason = 'full' | 'folderBlocked' | 'readOnly' | 'permission' | 'cantOpen' | 'other';

/** The message is English, for the log; a person's words come from the code (storeText). */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  /** Set for a disk error: why the disk refused. */
  readonly diskReason: DiskReason | null;
  constructor(code: StoreErrorCode, message: string, options: { cause?: unknown } = {}) {
    super(message, options);
    this.code = code;
    this.diskReason = code === 'disk' ? diskReasonOf(options.cause) : null;
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

function diskReasonOf(error: unknown): DiskReason {
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'full';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'folderBlocked';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'readOnly';
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_PERM') return 'permission';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'cantOpen';
  return 'other';
}

const DISK_REASON_FOR_LOG: Readonly<Record<Exclude<DiskReason, 'other'>, string>> = {
  full: 'the disk is full',
  folderBlocked: 'a file is in the way of its folder',
  readOnly: 'the file or disk is read-only',
  permission: 'permission denied',
  cantOpen: 'the file or its folder does not let Skytray write',
};

/** A disk error in English, for the log. */
export function describeDiskError(error: unknown): string {
  const reason = diskReasonOf(error);
  return reason === 'other' ? `disk error ${codeOf(error) || 'unknown'}` : DISK_REASON_FOR_LOG[reason];
}
