// Shows the notifications the policy says are due, and remembers when each was shown so the
// cooldown holds. Opt-in: nothing is shown unless the user turned notifications on for a place.
// Each Notification is kept referenced until it closes: one that is garbage-collected loses its
// click handler (electron/electron#12690). 'close' "is not guaranteed to be emitted in all cases"
// (Notification docs), so the set is also bounded.
// On Windows 'close' also comes "via system timeout" while the toast stays in the Action Center,
// where it can still be clicked. There clicks come through Notification.handleActivation
// (`@platform win32`), "invoked whenever a notification is clicked … regardless of whether the
// original Notification object is still in memory", and are routed by the toast's id.
import { createHash } from 'node:crypto';
import { Notification, type ActivationArguments } from 'electron';
import type { Logger } from '../core/logger.ts';
import { dueNotices, type Notice } from '../core/service/notification-policy.ts';
import type { PlaceSnapshot } from '../core/service/service-types.ts';
import type { NotificationSettings } from '../core/model/settings.ts';
import type { WeatherService } from '../core/service/weather-service.ts';
import { createWording, type Wording } from '../wording/wording.ts';
import type { NotificationIcons } from './notification-icon.ts';

const MAX_KEPT = 20;
const ENGLISH = createWording('en');
const englishWording = (): Wording => ENGLISH;
// `place:<id>` and then, since one Tag per place let a later toast replace an earlier one (a warning
// by "Rain soon"), `:<hash of the notice>`. Windows 10 1703 and later keep 64 characters of a Tag.
const PLACE_TAG = /^place:(\d+)(?::[0-9a-f]+)?$/;

const toastTag = (favouriteId: number, notice: string): string => `place:${favouriteId}:${createHash('sha256').update(notice).digest('hex').slice(0, 12)}`;

/**
 * The place a Windows activation is for. Electron writes the toast's launch arguments as
 * `type=click&tag=<id>` (shell/browser/notifications/win/windows_toast_notification.cc, as read in
 * RocketChat/Rocket.Chat.Electron#3464); only a click on the toast itself opens the place.
 */
function placeOfActivation(details: ActivationArguments): number | null {
  if (details.type !== 'click') return null;
  const match = PLACE_TAG.exec(new URLSearchParams(details.arguments).get('tag') ?? '');
  return match ? Number(match[1]) : null;
}

export class Notifier {
  #lastShown = new Map<string, number>();
  #onClick: (favouriteId: number) => void;
  #logger: Logger;
  #open = new Set<Notification>();
  #routedByActivation: boolean;
  #icons: NotificationIcons;
  #wording: () => Wording;

  /** `wording`: the person's language at the moment a notification is worded (AppWording's current). @default English */
  constructor(
    onClick: (favouriteId: number) => void,
    logger: Logger,
    platform: NodeJS.Platform,
    icons: NotificationIcons = () => null,
    wording: () => Wording = englishWording,
  ) {
    this.#onClick = onClick;
    this.#icons = icons;
    this.#wording = wording;
    this.#logger = logger;
    this.#routedByActivation = platform === 'win32';
    // Also replays a click that started Skytray or came before this point (handleActivation docs).
    if (this.#routedByActivation) Notification.handleActivation((details) => this.#activated(details));
  }

  /** Notifications shown and not yet closed. */
  get openCount(): number {
    return this.#open.size;
  }

  check(snapshots: readonly PlaceSnapshot[], settings: NotificationSettings, now: number): number {
    if (!Notification.isSupported()) return 0;
    const notices = dueNotices({
      snapshots,
      settings,
      now,
      userTimeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      lastShown: this.#lastShown,
      wording: this.#wording(),
    });
    for (const notice of notices) {
      this.#lastShown.set(notice.key, now);
      this.show(notice.title, notice.body, notice.favouriteId, notice.condition ? this.#icons(notice.condition) : null, notice.key);
    }
    return notices.length;
  }

  /**
   * Shows what the service says is due whenever a place's weather or warnings change (the service
   * records what it hands out as shown). Listens until the service closes; returns the way to stop.
   */
  watch(service: Pick<WeatherService, 'subscribe' | 'onExtrasUpdated' | 'takeDueNotices'>): () => void {
    const check = (): number => this.showDue(() => service.takeDueNotices(Intl.DateTimeFormat().resolvedOptions().timeZone, this.#wording()));
    const stops = [service.subscribe((event) => void (event.type === 'snapshot-updated' && check())), service.onExtrasUpdated(check)];
    return () => stops.forEach((stop) => stop());
  }

  /** Shows what `take` says is due (it records them as shown), only where notifications can be shown. */
  showDue(take: () => readonly Notice[]): number {
    if (!Notification.isSupported()) return 0;
    const notices = take();
    for (const notice of notices) this.show(notice.title, notice.body, notice.favouriteId, notice.condition ? this.#icons(notice.condition) : null, notice.key);
    return notices.length;
  }

  /**
   * A click on it opens the place. `icon`: a PNG's path (the condition's drawing), or null for the
   * app's icon. `key`: what the notice is about; one about the same thing replaces it on Windows.
   */
  show(title: string, body: string, favouriteId: number, icon: string | null = null, key = `${title}\n${body}`): void {
    // The id is the toast's Tag on Windows, and a toast with the Tag of an earlier one replaces it
    // (ToastNotification.Tag): one Tag per notice. The group gathers a place's toasts together.
    const notification = new Notification({
      title,
      body,
      silent: false,
      ...(icon ? { icon } : {}),
      ...(this.#routedByActivation ? { id: toastTag(favouriteId, key), groupId: `place:${favouriteId}` } : {}),
    });
    const release = (): void => void this.#open.delete(notification);
    // On Windows the activation callback is "invoked in addition to instance events": listening to
    // both would open the place twice.
    if (!this.#routedByActivation) notification.on('click', () => this.#onClick(favouriteId));
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

  #activated(details: ActivationArguments): void {
    const favouriteId = placeOfActivation(details);
    if (favouriteId === null) this.#logger.debug(`a notification activation not for a place: ${details.type} ${details.arguments}`);
    else this.#onClick(favouriteId);
  }
}
