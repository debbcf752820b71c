// The one-time note that tells a person where Skytray's tray icon is, or why there is none.
import type { Wording } from '../wording/wording.ts';
import type { TrayHost } from './tray-host.ts';

export type AppNoticeId = 'tray-unavailable' | 'tray-pin';

export type AppNotice = Readonly<{ id: AppNoticeId; message: string }>;

/** The note this start should show once, if any: worded when shown, in the language of that moment. */
export function trayNotice(platform: NodeJS.Platform, host: TrayHost, alreadyShown: boolean): AppNoticeId | null {
  if (alreadyShown) return null;
  if (platform === 'linux' && host !== 'present') return 'tray-unavailable';
  if (platform === 'win32') return 'tray-pin';
  return null;
}

/** The note's words in the person's language. */
export function noticeText(id: AppNoticeId, wording: Pick<Wording, 't'>): AppNotice {
  return { id, message: wording.t(id === 'tray-unavailable' ? 'tray.notice.unavailable' : 'tray.notice.pin') };
}
