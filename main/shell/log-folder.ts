// "Show the log" for Diagnostics: the file selected in the system's file manager, or its folder
// opened when the file is not there yet (shell.showItemInFolder needs something to select).
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { shell } from 'electron';
import type { Wording } from '../wording/wording.ts';

/** Resolves with null when shown, or with words for a person, in their language, when it could not be. */
export async function showLogFile(logPath: string | null, { t }: Pick<Wording, 't'>): Promise<string | null> {
  if (logPath === null) return t('dialog.log.noFile');
  if (existsSync(logPath)) {
    shell.showItemInFolder(logPath);
    return null;
  }
  // openPath resolves with an error message, or '' on success (shell docs).
  const problem = await shell.openPath(dirname(logPath));
  return problem === '' ? null : t('dialog.log.folderNotOpened', { folder: dirname(logPath), problem });
}
