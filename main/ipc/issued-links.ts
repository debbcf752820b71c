// The web pages the window may ask main to open: the links of the warnings main handed it, and
// only those that are http(s). Anything else the window sends (a file:, a custom protocol, a page
// a script in the window made up) is refused, so a link never becomes a way out of the window.
import type { FavouriteExtras } from '../core/alerts/extras-view.ts';

/** Enough for every favourite's warnings several times over; the oldest are forgotten first. */
const MAX_LINKS = 500;

export class IssuedLinks {
  #links = new Set<string>();

  /** Remembers the warnings' links in `extras` and hands `extras` back unchanged. */
  note(extras: FavouriteExtras[]): FavouriteExtras[] {
    for (const { alerts } of extras) {
      for (const alert of alerts.active) if (alert.link && isWebPage(alert.link)) this.#remember(alert.link);
    }
    return extras;
  }

  has(url: string): boolean {
    return this.#links.has(url);
  }

  #remember(url: string): void {
    this.#links.delete(url);
    this.#links.add(url);
    if (this.#links.size > MAX_LINKS) this.#links.delete(this.#links.values().next().value as string);
  }
}

function isWebPage(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}
