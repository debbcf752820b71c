// Shows the notifications the policy says are due, and remembers when each was shown so the
// cooldown holds. Opt-in: nothing is shown unless the user turned notifications on for a place.
// Each Notification is kept referenced until it closes: one that is garbage-collected loses its
// click handler (electron/electron#12690). 'close' "is not guaranteed to be emitted in all cases"
// (Notification docs), so the set is also bounded.
import { Notification } from 'electron';
import type { Logger } from '../core/logger.ts';
import { dueNotices } from '../core/service/notification-policy.ts';
import type { PlaceSnapshot } from '../core/service/service-types.ts';
import type { NotificationSettings } from '../core/model/settings.ts';

const MAX_KEPT = 20;

export class Notifier {
  #lastShown = new Map<string, number>();
  #onClick: (favouriteId: number) => void;
  #logger: Logger;
  #open = new Set<Notification>();

  constructor(onClick: (favouriteId: number) => void, logger: Logger) {
    this.#onClick = onClick;
    this.#logger = logger;
  }

  /** Notifications shown and not yet closed. */
  get openCount(): number {
    return this.#open.size;
  }

  check(snapshots: readonly PlaceSnapshot[], settings: NotificationSettings, now: number): number {
    if (!Notification.isSupported()) return 0;
    const notices = dueNotices({ snapshots, settings, now, userTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, lastShown: this.#lastShown });
    for (const notice of notices) {
      this.#lastShown.set(notice.key, now);
      this.show(notice.title, notice.body, () => this.#onClick(notice.favouriteId));
    }
    return notices.length;
  }

  show(title: string, body: string, onClick: () => void): void {
    const notification = new Notification({ title, body, silent: false });
    const release = (): void => void this.#open.delete(notification);
    notification.on('click', onClick);
    notification.on('close', release);
    // macOS (Electron >= 42) emits 'failed' for an unsigned app instead of showing anything.
    notification.on('failed', (_event, error: string) => {
      this.#logger.warn(`a notification could not be shown: ${error}`);
      release();
    });
    this.#open.add(notification);
    if (this.#open.size > MAX_KEPT) this.#open.delete(this.#open.values().next().value as Notification);
    notification.show();
  }
}
