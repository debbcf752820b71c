// Which notifications are due, as a pure function: rain starting soon, severe weather, and
// official warnings (warning-notices.ts), for places the user opted in; never in quiet hours (an
// Extreme warning may be let through); at most one per place and condition per cooldown.
import type { PlaceSnapshot } from './service-types.ts';
import type { NotificationSettings } from '../model/settings.ts';
import type { ConditionCode } from '../model/model.ts';
import { rainSoonNotice } from './rain-spell.ts';
import { conditionWords } from '../../wording/condition.ts';
import { createWording, type Wording } from '../../wording/wording.ts';
import { dueWarningNotices, warningAliases, type PlaceWarnings } from './warning-notices.ts';

export type Notice = Readonly<{
  /** What the cooldown is keyed on: one per place and condition. */
  key: string;
  /** Further keys to record as shown with it (a warning's event, for services without references). */
  marks?: readonly string[];
  favouriteId: number;
  title: string;
  body: string;
  /** The weather it is about, by day or night: the notification's icon. */
  condition?: Readonly<{ code: ConditionCode; isDay: boolean }>;
}>;

export type NoticeInput = Readonly<{
  snapshots: readonly PlaceSnapshot[];
  settings: NotificationSettings;
  now: number;
  /** The user's own time zone: quiet hours are theirs, not the place's. */
  userTimeZone: string;
  /** When each key last fired, epoch ms. */
  lastShown: ReadonlyMap<string, number>;
  /** The official warnings in force per favourite. @default none */
  warnings?: readonly PlaceWarnings[];
  /** The person's language. @default English */
  wording?: Wording;
}>;

/** The English the notices are worded in when the caller gives no person's language. */
const ENGLISH: Wording = createWording('en');

const RAIN_PROBABILITY = 60;
const RAIN_LOOKAHEAD_MS = 2 * 3600_000;
const SEVERE_LOOKAHEAD_MS = 3 * 3600_000;
const WET = new Set(['drizzle', 'freezing-drizzle', 'rain', 'heavy-rain', 'freezing-rain', 'rain-showers', 'thunderstorm', 'thunderstorm-hail']);

function minutesOfDay(epochMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(epochMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return get('hour') * 60 + get('minute');
}

const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function inQuietHours(settings: NotificationSettings, now: number, timeZone: string): boolean {
  if (!settings.quietHours) return false;
  const at = minutesOfDay(now, timeZone);
  const start = toMinutes(settings.quietHours.start);
  const end = toMinutes(settings.quietHours.end);
  return start <= end ? at >= start && at < end : at >= start || at < end;
}

function rainSoon(s: PlaceSnapshot, now: number, { t, percent }: Wording): Notice | null {
  const w = s.weather;
  if (!w || WET.has(w.current.condition.code) || (w.current.precipitation ?? 0) > 0.05) return null;
  const next = w.hourly.find((h) => {
    const at = Date.parse(h.time);
    return at > now && at - now <= RAIN_LOOKAHEAD_MS && (h.precipitationProbability ?? 0) >= RAIN_PROBABILITY && WET.has(h.condition.code);
  });
  if (!next) return null;
  const minutes = Math.max(5, Math.round((Date.parse(next.time) - now) / 300_000) * 5);
  const name = s.favourite.place.name;
  return {
    key: `${s.favourite.id}:rain-soon`,
    favouriteId: s.favourite.id,
    title: t('notification.rainSoon.title', { place: name }),
    body: t('notification.rainSoon.hourlyBody', {
      condition: conditionWords(next.condition.code, { t }),
      minutes,
      chance: percent(next.precipitationProbability),
    }),
    condition: { code: next.condition.code, isDay: next.isDay },
  };
}

function severe(s: PlaceSnapshot, now: number, { t, clock }: Wording): Notice | null {
  const w = s.weather;
  if (!w) return null;
  const name = s.favourite.place.name;
  if (w.current.condition.severe) {
    const condition = conditionWords(w.current.condition.code, { t });
    return {
      key: `${s.favourite.id}:severe:${w.current.condition.code}`,
      favouriteId: s.favourite.id,
      title: t('notification.severe.nowTitle', { condition, place: name }),
      body: t('notification.severe.nowBody', { condition }),
      condition: { code: w.current.condition.code, isDay: w.current.isDay },
    };
  }
  const next = w.hourly.find((h) => {
    const at = Date.parse(h.time);
    return at > now && at - now <= SEVERE_LOOKAHEAD_MS && h.condition.severe;
  });
  if (!next) return null;
  const condition = conditionWords(next.condition.code, { t });
  return {
    key: `${s.favourite.id}:severe:${next.condition.code}`,
    favouriteId: s.favourite.id,
    title: t('notification.severe.expectedTitle', { condition, place: name }),
    body: t('notification.severe.expectedBody', { condition, time: clock(next.time) }),
    condition: { code: next.condition.code, isDay: next.isDay },
  };
}

export function dueNotices({ snapshots, settings, now, userTimeZone, lastShown, warnings = [], wording = ENGLISH }: NoticeInput): Notice[] {
  if (!settings.enabled) return [];
  const quiet = inQuietHours(settings, now, userTimeZone);
  const official = dueWarningNotices({ places: warnings, settings, now, quiet, lastShown, wording });
  if (quiet) return official;
  const cooldown = settings.cooldownMinutes * 60_000;
  const notices: Notice[] = [];
  for (const s of snapshots) {
    if (!s.favourite.notify || !s.weather || s.stale) continue;
    const candidates = [
      settings.rainSoon ? rainSoonNotice(s, now, lastShown, wording, (place, at) => rainSoon(place, at, wording)) : null,
      settings.severe ? severe(s, now, wording) : null,
    ];
    for (const notice of candidates) {
      if (!notice) continue;
      const last = lastShown.get(notice.key);
      if (last !== undefined && now - last < cooldown) continue;
      notices.push(notice);
    }
  }
  return [...official, ...notices];
}

/** Every key to record as shown once `notices` are shown: theirs, and the updates of warnings told before. */
export function shownKeys(notices: readonly Notice[], { warnings = [], lastShown, now }: Pick<NoticeInput, 'warnings' | 'lastShown' | 'now'>): string[] {
  return [...notices.flatMap((n) => [n.key, ...(n.marks ?? [])]), ...warningAliases(warnings, lastShown, now)];
}
