// One Skytray at a time. Chromium takes the single-instance lock inside userData, so a refused
// lock means either another Skytray runs or that folder cannot be created or written
// (electron/electron#33547; #33559 fixed only a missing folder, not an unwritable one). Told
// apart, so an unwritable folder is not a silent quit on every launch.
import { accessSync, constants, mkdirSync } from 'node:fs';
import { app } from 'electron';
import type { Logger } from '../core/logger.ts';
import { failUnwritableDataFolder } from './startup-failure.ts';

/** Why the data folder cannot be used, or null when it can. */
function dataFolderProblem(folder: string): string | null {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** True when this process may run; otherwise it quits (another Skytray runs) or fails start-up. */
export async function takeSingleInstanceLock(logger: Logger): Promise<boolean> {
  if (app.requestSingleInstanceLock()) return true;
  let folder = '';
  let problem: string | null;
  try {
    folder = app.getPath('userData');
    problem = dataFolderProblem(folder);
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  if (problem === null) {
    // The folder is fine: another Skytray holds the lock and has been told to show its window.
    app.quit();
    return false;
  }
  // On Linux the error box goes only to stderr before 'ready' (dialog docs).
  await app.whenReady();
  failUnwritableDataFolder(folder || null, problem, logger);
  return false;
}
