// The window's one origin. Only main checks it (IPC senders, navigation, the protocol handler),
// so it lives here and not in the contract the renderer shares.

/** The origin the window is served from; the only one allowed to talk to main. */
export const APP_ORIGIN = 'skytray://app';

/**
 * Whether `url` is on our origin. Compared by scheme and host: WHATWG URL gives a custom scheme an
 * opaque origin ("null") outside Electron, so `new URL(url).origin` cannot be compared.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'skytray:' && parsed.host === 'app' && parsed.username === '' && parsed.password === '' && parsed.port === '';
  } catch {
    return false;
  }
}
