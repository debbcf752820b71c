// Severe weather worded in the person's language: the condition in the catalogue's words (not the
// provider's), the time on the locale's clock.
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../main/core/model/model.ts';
import { DEFAULT_SETTINGS, type NotificationSettings } from '../../../main/core/model/settings.ts';
import { dueNotices } from '../../../main/core/service/notification-policy.ts';
import type { PlaceSnapshot } from '../../../main/core/service/service-types.ts';
import { wordingFor } from '../../../main/wording/wording.ts';
import { snapshotsFor } from '../../support/snapshots.ts';

const SETTINGS: NotificationSettings = { ...DEFAULT_SETTINGS.notifications, enabled: true, rainSoon: false, quietHours: null };
const STORM: Condition = { code: 'thunderstorm', text: 'provider words', icon: 'thunderstorm', severe: true };

/** A place where a thunderstorm is due in the second hour from now, with a time 14:00 or later in the day. */
function stormAhead(): { snapshot: PlaceSnapshot; now: number } {
  const [s] = snapshotsFor(1);
  const weather = s!.weather!;
  const index = weather.hourly.findIndex((h) => Number(h.time.slice(11, 13)) >= 14);
  const hourly = weather.hourly.map((h, i) => (i === index ? { ...h, condition: STORM } : h));
  const now = Date.parse(weather.hourly[index]!.time) - 90 * 60_000;
  return { snapshot: { ...s!, favourite: { ...s!.favourite, notify: true }, weather: { ...weather, hourly } }, now };
}

describe('severe weather in the person’s language', () => {
  it.each([
    [['en-US'], /^Thunderstorm expected around ([1-9]|1[0-2]):00 PM local time\.$/, (place: string) => `Thunderstorm expected in ${place}`],
    [['de-DE'], /^Gewitter gegen (1[4-9]|2[0-3]):00 Ortszeit erwartet\.$/, (place: string) => `Gewitter in ${place} erwartet`],
    [['pl-PL'], /^Prognoza: Burza około (1[4-9]|2[0-3]):00 czasu lokalnego\.$/, (place: string) => `Burza w prognozie – ${place}`],
  ])('%j: the catalogue’s condition words, the clock of the locale', (preferred, body, title) => {
    const { snapshot, now } = stormAhead();
    const [notice] = dueNotices({ snapshots: [snapshot], settings: SETTINGS, now, userTimeZone: 'UTC', lastShown: new Map(), wording: wordingFor(preferred) });
    expect(notice?.title).toBe(title(snapshot.favourite.place.name));
    expect(notice?.body).toMatch(body);
  });
});
