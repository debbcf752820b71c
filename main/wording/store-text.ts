// What a person reads about Skytray's own database, in their language. The store's messages stay
// English for the log; the CLI, the start-up dialog and the window word the problem from its code.
import type { RecoveryReport } from '../core/store/recovery-report.ts';
import type { DiskReason, StoreErrorCode } from '../core/store/store-error.ts';
import type { Wording } from './wording.ts';

/** The parts of a StoreError the words depend on. */
export type StoreProblem = Readonly<{ code: StoreErrorCode; diskReason?: DiskReason | null | undefined }>;

type StoreWording = Pick<Wording, 't'>;

/** One sentence on why the database cannot be used. */
export function storeText({ t }: StoreWording, problem: StoreProblem): string {
  switch (problem.code) {
    case 'newer-schema':
      return t('error.store.newerSchema');
    case 'corrupt':
      return t('error.store.corrupt');
    case 'busy':
      return t('error.store.busy');
    case 'disk':
      return t('error.store.disk', { reason: problem.diskReason ?? 'other' });
    case 'not-found':
    case 'invalid-input':
      return t('error.store.other');
  }
}

/** What opening a damaged database did: what was kept, and where the damaged file is. */
export function recoveryText({ t }: StoreWording, report: RecoveryReport): string {
  const outcome = report.restoredFromBackup ? 'backup' : report.salvaged ? 'salvaged' : 'empty';
  const recovered = t('error.store.recovered', { outcome, count: report.favouritesRestored });
  // Two whole sentences, each translated on its own.
  return report.movedTo ? `${recovered} ${t('error.store.damagedKept', { path: report.movedTo })}` : recovered;
}

/** Changes are kept in memory only: the disk refused `path`. */
export function memoryOnlyText({ t }: StoreWording, path: string): string {
  return t('error.store.memoryOnly', { path });
}
