// Notifications due now, and their keys recorded as shown in the same step: what the notifier
// shows is never shown again, across restarts too, and cooldowns survive one.
import type { Store } from '../store/store.ts';
import { dueNotices, shownKeys, type Notice, type NoticeInput } from './notification-policy.ts';

export function takeDueNotices(store: Store, input: Omit<NoticeInput, 'lastShown'>): Notice[] {
  const lastShown = store.noticesShown(input.now);
  const notices = dueNotices({ ...input, lastShown });
  store.recordNoticesShown(shownKeys(notices, { warnings: input.warnings ?? [], lastShown, now: input.now }), input.now);
  return notices;
}
