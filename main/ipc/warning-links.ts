// The web pages the window may ask main to open: the links of the warnings in force that main
// keeps, and only those that are http(s) with no credentials in them. Anything else the window
// sends (a file:, a custom protocol, a page a script in the window made up) is refused, so a link
// never becomes a way out of the window.
import type { FavouriteExtras } from '../core/alerts/extras-view.ts';

export function isWarningLink(extras: readonly FavouriteExtras[], url: string): boolean {
  return isWebPage(url) && extras.some(({ alerts }) => alerts.active.some((alert) => alert.link === url));
}

function isWebPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
