// Which official warnings are worth a notification, as a pure function. Once per warning: an
// Update or Cancel names the messages it replaces (CAP 1.2 `references`), so a warning notified
// once is not notified again for its updates, unless its severity rises. MeteoAlarm's feed and
// MET Norway's GeoJSON carry no references (an update there comes with a new identifier), so a
// warning of the same event for the same place within the cooldown counts as the same one.
import type { CapSeverity, WeatherAlert } from '../alerts/alert.ts';
import { localDate, toLocalIso } from '../model/local-time.ts';
import type { Favourite } from '../model/favourite.ts';
import type { NotificationSettings } from '../model/settings.ts';
import { createWording, type Wording } from '../../wording/wording.ts';
import type { Notice } from './notification-policy.ts';

/** The English the notices are worded in when the caller gives no person's language. */
const ENGLISH: Wording = createWording('en');

export type PlaceWarnings = Readonly<{ favourite: Favourite; alerts: readonly WeatherAlert[] }>;

export type WarningNoticeInput = Readonly<{
  places: readonly PlaceWarnings[];
  settings: NotificationSettings;
  now: number;
  /** The user's quiet hours are on now. */
  quiet: boolean;
  lastShown: ReadonlyMap<string, number>;
  /** The person's language. @default English */
  wording?: Wording;
}>;

const RANK: Readonly<Record<CapSeverity, number>> = { Unknown: 0, Minor: 1, Moderate: 2, Severe: 3, Extreme: 4 };
const SEVERITIES = Object.keys(RANK) as CapSeverity[];

const identityKey = (favouriteId: number, alert: WeatherAlert, id: string, severity: CapSeverity): string =>
  `${favouriteId}:warning:${alert.source}:${id}:${severity}`;
const eventKey = (favouriteId: number, alert: WeatherAlert, severity: CapSeverity): string =>
  `${favouriteId}:warning-event:${alert.source}:${alert.event.toLowerCase()}:${severity}`;

export function dueWarningNotices({ places, settings, now, quiet, lastShown, wording = ENGLISH }: WarningNoticeInput): Notice[] {
  if (!settings.enabled || settings.warnings === 'off') return [];
  const threshold = RANK[settings.warnings];
  const cooldown = settings.cooldownMinutes * 60_000;
  const notices: Notice[] = [];
  for (const { favourite, alerts } of places) {
    if (!favourite.notify) continue;
    for (const alert of alerts) {
      const rank = RANK[alert.severity];
      if (alert.messageType === 'Cancel' || rank < threshold) continue;
      if (quiet && !(alert.severity === 'Extreme' && settings.extremeAlertsIgnoreQuietHours)) continue;
      // Already told at this severity or worse: under its own id or one it replaces, or (for
      // services without references) as the same event here within the cooldown.
      const worseOrSame = SEVERITIES.filter((s) => RANK[s] >= rank);
      const told = [alert.id, ...alert.references].some((id) => worseOrSame.some((s) => lastShown.has(identityKey(favourite.id, alert, id, s))));
      const recentEvent = worseOrSame.some((s) => now - (lastShown.get(eventKey(favourite.id, alert, s)) ?? -Infinity) < cooldown);
      if (told || recentEvent || notices.some((n) => n.key === identityKey(favourite.id, alert, alert.id, alert.severity))) continue;
      notices.push(noticeFor(favourite, alert, wording));
    }
  }
  return notices;
}

/**
 * Keys that carry what was told over to the updates that replace it: an update referencing a warning
 * already told is recorded as told too, so an update of that update (which may reference only it)
 * is still the same warning.
 */
export function warningAliases(places: readonly PlaceWarnings[], lastShown: ReadonlyMap<string, number>): string[] {
  const aliases: string[] = [];
  for (const { favourite, alerts } of places) {
    for (const alert of alerts) {
      const told = SEVERITIES.filter((s) => alert.references.some((id) => lastShown.has(identityKey(favourite.id, alert, id, s))));
      for (const severity of told) {
        const key = identityKey(favourite.id, alert, alert.id, severity);
        if (!lastShown.has(key)) aliases.push(key);
      }
    }
  }
  return aliases;
}

function noticeFor(favourite: Favourite, alert: WeatherAlert, { t, weekday, clock }: Wording): Notice {
  const place = favourite.place;
  const headline = sentence(alert.headline ?? t('notification.warning.headlineMissing', { event: alert.event, area: alert.area ?? place.name }));
  const end = Date.parse(alert.ends ?? alert.expires ?? '');
  return {
    key: identityKey(favourite.id, alert, alert.id, alert.severity),
    // The event key too, at this severity: what holds back the same warning re-issued under a new id.
    marks: [eventKey(favourite.id, alert, alert.severity)],
    favouriteId: favourite.id,
    title: t('notification.warning.title', { event: alert.event, place: place.name }),
    body: Number.isNaN(end)
      ? t('notification.warning.bodyOpen', { headline })
      : t('notification.warning.bodyUntil', { headline, day: weekday(localDate(end, place.timezone)), time: clock(toLocalIso(end, place.timezone)) }),
  };
}

/** A headline as a sentence of its own: NWS headlines end without a full stop. */
function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
