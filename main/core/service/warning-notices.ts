// Which official warnings are worth a notification, as a pure function. Once per warning: an
// Update or Cancel names the messages it replaces (CAP 1.2 `references`), so a warning notified
// once is not notified again for its updates, unless its severity rises. MeteoAlarm's feed and
// MET Norway's GeoJSON carry no references (an update there comes with a new identifier: MetAlerts
// 2.0, MeteoAlarm's "...v3.0.SI"), so from them a warning of the same event and area as one told
// at that severity or worse, while that one is in force, is the same warning; its end is part of
// the key recorded, so this holds across a restart. Without an end, the cooldown decides.
import { inForceUntil, type AlertSourceId, type CapSeverity, type WeatherAlert } from '../alerts/alert.ts';
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

/** The services whose updates come under a new identifier with no `references`. */
const REISSUED_WITHOUT_REFERENCES: ReadonlySet<AlertSourceId> = new Set(['meteoalarm', 'metalerts']);

const untilPrefix = (favouriteId: number, alert: WeatherAlert, severity: CapSeverity): string =>
  `${favouriteId}:warning-until:${alert.source}:${alert.event.toLowerCase()}:${(alert.area ?? '').toLowerCase()}:${severity}:`;

/** The key saying this warning, at `severity`, was told and is in force until its end; null without an end. */
function untilKey(favouriteId: number, alert: WeatherAlert, severity: CapSeverity): string | null {
  const end = inForceUntil(alert);
  return REISSUED_WITHOUT_REFERENCES.has(alert.source) && end !== null ? `${untilPrefix(favouriteId, alert, severity)}${end}` : null;
}

/** The severity or worse at which a warning like this one was told and is still in force at `now`. */
function toldInForce(favouriteId: number, alert: WeatherAlert, lastShown: ReadonlyMap<string, number>, now: number): boolean {
  if (!REISSUED_WITHOUT_REFERENCES.has(alert.source)) return false;
  const prefixes = SEVERITIES.filter((s) => RANK[s] >= RANK[alert.severity]).map((s) => untilPrefix(favouriteId, alert, s));
  for (const key of lastShown.keys()) {
    const prefix = prefixes.find((p) => key.startsWith(p));
    if (prefix !== undefined && Number(key.slice(prefix.length)) > now) return true;
  }
  return false;
}

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
      if (toldInForce(favourite.id, alert, lastShown, now)) continue;
      if (told || recentEvent || notices.some((n) => n.key === identityKey(favourite.id, alert, alert.id, alert.severity))) continue;
      notices.push(noticeFor(favourite, alert, wording));
    }
  }
  return notices;
}

/**
 * Keys that carry what was told over to the updates that replace it: an update referencing a warning
 * already told is recorded as told too, so an update of that update (which may reference only it)
 * is still the same warning. A reissue held back as told records its own end, which may be later.
 */
export function warningAliases(places: readonly PlaceWarnings[], lastShown: ReadonlyMap<string, number>, now: number): string[] {
  const aliases: string[] = [];
  for (const { favourite, alerts } of places) {
    for (const alert of alerts) {
      const until = untilKey(favourite.id, alert, alert.severity);
      if (until !== null && !lastShown.has(until) && alert.messageType !== 'Cancel' && toldInForce(favourite.id, alert, lastShown, now)) aliases.push(until);
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
    // And, from services without references, how long it is in force (untilKey).
    marks: [eventKey(favourite.id, alert, alert.severity), untilKey(favourite.id, alert, alert.severity)].filter((k) => k !== null),
    favouriteId: favourite.id,
    title: t('notification.warning.title', { event: alert.event, place: place.name }),
    body: Number.isNaN(end)
      ? t('notification.warning.bodyOpen', { headline })
      : t('notification.warning.bodyUntil', { headline, day: weekday(localDate(end, place.timezone)), time: clock(toLocalIso(end, place.timezone)) }),
  };
}

/** A headline as a sentence of its own: NWS headlines end without a full stop; Japanese and Chinese end theirs in 。！？. */
function sentence(text: string): string {
  return /[.!?。！？]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}
