// The only door to ipcMain: every invoke is checked for its sender (our window's main frame, on
// our origin) before its arguments are even looked at.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Logger } from '../core/logger.ts';
import { INVOKE_CHANNELS, type Result } from '../ipc/ipc-contract.ts';
import { dispatch, type IpcHandlers } from '../ipc/ipc-handlers.ts';
import { isAppUrl } from './app-origin.ts';

export type SenderFrame = Readonly<{ url: string; parent: unknown }> | null;

/** Our own window's top frame, loaded from our origin: anything else is refused. */
export function isTrustedSender(frame: SenderFrame, trusted: readonly SenderFrame[]): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url) && trusted.includes(frame);
}

export function registerIpc(handlers: IpcHandlers, trustedFrames: () => readonly SenderFrame[], logger: Logger): () => void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<Result<unknown>> => {
      const frame = (event.senderFrame ?? null) as SenderFrame;
      if (!isTrustedSender(frame, trustedFrames())) {
        // i18n-ignore: a log line and an IPC payload (English, stable): the window words the code
        logger.warn(`refused ${channel} from ${frame?.url ?? 'a frame that is gone'}`);
        // i18n-ignore: a log line and an IPC payload (English, stable): the window words the code
        return { ok: false, error: { code: 'forbidden', message: 'This window may not talk to Skytray.' } };
      }
      return dispatch(handlers, channel, args, logger);
    });
  }
  return () => {
    for (const channel of INVOKE_CHANNELS) ipcMain.removeHandler(channel);
  };
}
