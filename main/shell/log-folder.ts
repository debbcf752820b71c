// "Show the log" for Diagnostics: the file selected in the system's file manager, or its folder
// opened when the file is not there yet (shell.showItemInFolder needs something to select).
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { shell } from 'electron';

/** Resolves with null when shown, or with words for a person when it could not be. */
export async function showLogFile(logPath: string | null): Promise<string | null> {
  if (logPath === null) return 'Skytray could not open its log file, so it logs to the terminal only.';
  if (existsSync(logPath)) {
    shell.showItemInFolder(logPath);
    return null;
  }
  // openPath resolves with an error message, or '' on success (shell docs).
  const problem = await shell.openPath(dirname(logPath));
  return problem === '' ? null : `The log folder ${dirname(logPath)} could not be opened: ${problem}`;
}
