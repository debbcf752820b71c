// Shows the notifications the policy says are due, and remembers when each was shown so the
// cooldown holds. Opt-in: nothing is shown unless the user turned notifications on for a place.
import { Notification } from 'electron';
import { dueNotices } from '../core/service/notification-policy.ts';
import type { PlaceSnapshot } from '../core/service/service-types.ts';
import type { NotificationSettings } from '../core/model/settings.ts';

export class Notifier {
  #lastShown = new Map<string, number>();
  #onClick: (favouriteId: number) => void;

  constructor(onClick: (favouriteId: number) => void) {
    this.#onClick = onClick;
  }

  check(snapshots: readonly PlaceSnapshot[], settings: NotificationSettings, now: number): number {
    if (!Notification.isSupported()) return 0;
    const notices = dueNotices({ snapshots, settings, now, userTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, lastShown: this.#lastShown });
    for (const notice of notices) {
      this.#lastShown.set(notice.key, now);
      const notification = new Notification({ title: notice.title, body: notice.body, silent: false });
      notification.on('click', () => this.#onClick(notice.favouriteId));
      notification.show();
    }
    return notices.length;
  }
}
