// "Rain soon" from the quarter-hours: when, how heavy, once per spell, and the hourly rule where
// there are no quarter-hours. The weather is the local Open-Meteo stand-in's, parsed by Skytray;
// only the quarter-hour amounts are set by each test.
import { describe, expect, it } from 'vitest';
import { toLocalIso } from '../../../main/core/model/local-time.ts';
import type { Weather } from '../../../main/core/model/model.ts';
import { DEFAULT_SETTINGS, type NotificationSettings } from '../../../main/core/model/settings.ts';
import { forecastUrl, parseForecast } from '../../../main/core/providers/open-meteo-forecast.ts';
import { dueNotices, type Notice } from '../../../main/core/service/notification-policy.ts';
import { nextRainSpell, precipitationSteps, rainIntensity, rainSoonNotice, rainSpells } from '../../../main/core/service/rain-spell.ts';
import type { PlaceSnapshot } from '../../../main/core/service/service-types.ts';
import { forecast } from '../../provider/open-meteo-routes.ts';
import { FakeClock } from '../../support/fake-clock.ts';
import { place } from '../../support/engine.ts';
import { createWording, wordingFor } from '../../../main/wording/wording.ts';

/** English read in Britain: a 24-hour clock, so times read as the place's own "13:45". */
const BRITISH = createWording('en', { formatLocale: 'en-GB' });

const BERLIN = place('Berlin');
const QUARTER = 15 * 60_000;
// 13:00 in Berlin (UTC+1 in November).
const START = Date.UTC(2026, 10, 25, 12, 0, 0);

/** The stand-in's weather at `now`, with the quarter-hours after `now` set to `amounts` (mm). */
function weatherWith(now: number, amounts: readonly number[]): Weather {
  const url = forecastUrl(new URL('http://127.0.0.1'), [BERLIN], 'metric');
  const weather = parseForecast(forecast(url.searchParams, now).body, 'metric', now);
  const first = Math.floor(now / QUARTER) * QUARTER + QUARTER;
  const points = amounts.map((mm, i) => ({ time: toLocalIso(first + i * QUARTER, BERLIN.timezone), precipitation: mm }));
  return { ...weather, quarterHours: { source: 'regional-model', intervalMinutes: 15, points } };
}

function snapshot(weather: Weather): PlaceSnapshot {
  const favourite = { id: 7, place: BERLIN, position: 0, primary: true, notify: true, addedAt: 0 };
  return { favourite, weather, fetchedAt: weather.fetchedAt, ageMs: 0, stale: false, refreshing: false, lastError: null };
}

const SETTINGS: NotificationSettings = { ...DEFAULT_SETTINGS.notifications, enabled: true, quietHours: null, cooldownMinutes: 60 };
const noHourly = (): Notice | null => null;

/** What the notifier does: ask, then remember what it showed. */
function notify(clock: FakeClock, weather: Weather, shown: Map<string, number>, settings = SETTINGS): Notice[] {
  const notices = dueNotices({ snapshots: [snapshot(weather)], settings, now: clock.now(), userTimeZone: 'Europe/Berlin', lastShown: shown, wording: BRITISH });
  for (const n of notices) shown.set(n.key, clock.now());
  return notices;
}

describe('rain spells from quarter-hours', () => {
  it('names the start in the place’s own time: the quarter-hour before the first wet point ends', () => {
    // Points end 13:15, 13:30, 13:45, 14:00: rain falls in the quarter ending 14:00, so from 13:45.
    const notice = rainSoonNotice(snapshot(weatherWith(START, [0, 0, 0, 0.3, 0.4])), START, new Map(), BRITISH, noHourly);
    expect(notice).toMatchObject({ title: 'Rain soon in Berlin', body: 'Rain from 13:45, light' });
    // Its icon: a wet condition (plain rain when the hour itself looks dry), by day at 13:45.
    expect(notice?.condition?.code).toMatch(/rain|drizzle|thunderstorm/);
    expect(notice?.condition?.isDay).toBe(true);
  });

  it('says light, moderate or heavy from the AMS rates per 15 minutes', () => {
    expect([0.1, 0.62, 0.7, 1.9, 2].map(rainIntensity)).toEqual(['light', 'light', 'moderate', 'moderate', 'heavy']);
    const heavy = rainSoonNotice(snapshot(weatherWith(START, [0, 0.5, 2.4, 1])), START, new Map(), BRITISH, noHourly);
    expect(heavy?.body).toBe('Rain from 13:15, heavy');
    const moderate = rainSoonNotice(snapshot(weatherWith(START, [0, 0, 1.2])), START, new Map(), BRITISH, noHourly);
    expect(moderate?.body).toBe('Rain from 13:30, moderate');
  });

  it('stays quiet when it is raining already, when it stays dry, and beyond two hours', () => {
    expect(nextRainSpell(weatherWith(START, [0.5, 0.5, 0, 0]), START + 60_000)).toBeNull();
    expect(nextRainSpell(weatherWith(START, [0, 0, 0, 0, 0, 0, 0, 0]), START)).toBeNull();
    expect(nextRainSpell(weatherWith(START, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.4]), START)).toBeNull();
  });

  it('one dry quarter-hour inside a spell does not split it; two do', () => {
    const weather = weatherWith(START, [0, 0.2, 0, 0.3, 0, 0, 1.5]);
    const spells = rainSpells(precipitationSteps(weather), START, BERLIN.timezone);
    expect(spells.map((s) => [s.startsAt - START, s.endsAt - START, s.intensity])).toEqual([
      [QUARTER, 4 * QUARTER, 'light'],
      [6 * QUARTER, 7 * QUARTER, 'moderate'],
    ]);
  });

  it('announces a spell once, though its start moves by a quarter-hour between refreshes', () => {
    const clock = new FakeClock(START);
    const shown = new Map<string, number>();
    expect(notify(clock, weatherWith(clock.now(), [0, 0, 0, 0.3, 0.3]), shown).map((n) => n.body)).toEqual(['Rain from 13:45, light']);
    clock.sleep(10 * 60_000);
    // The next refresh puts the start 15 minutes later: the same spell.
    expect(notify(clock, weatherWith(clock.now(), [0, 0, 0, 0.3, 0.3]), shown)).toEqual([]);
    clock.sleep(10 * 60_000);
    // And back 15 minutes earlier again.
    expect(notify(clock, weatherWith(clock.now(), [0, 0.3, 0.3]), shown)).toEqual([]);
  });

  it('announces a new spell after a dry gap, even within the cooldown', () => {
    const clock = new FakeClock(START);
    const shown = new Map<string, number>();
    expect(notify(clock, weatherWith(clock.now(), [0, 0.3, 0.3]), shown)).toHaveLength(1);
    // Rain falls 13:15-13:45; at 13:50 the next spell is forecast for 14:45.
    clock.sleep(50 * 60_000);
    const next = notify(clock, weatherWith(clock.now(), [0, 0, 0, 0, 0.8]), shown);
    expect(next.map((n) => n.body)).toEqual(['Rain from 14:45, moderate']);
  });

  it('keeps to quiet hours', () => {
    const clock = new FakeClock(START);
    const quiet: NotificationSettings = { ...SETTINGS, quietHours: { start: '12:30', end: '14:00' } };
    expect(notify(clock, weatherWith(clock.now(), [0, 0.3]), new Map(), quiet)).toEqual([]);
    expect(notify(clock, weatherWith(clock.now(), [0, 0.3]), new Map(), SETTINGS)).toHaveLength(1);
  });

  it('reads inches as inches', () => {
    const inches = { ...weatherWith(START, [0, 0.05]), units: { ...weatherWith(START, []).units, precipitation: 'in' as const } };
    // 0.05 in is 1.27 mm in a quarter-hour: moderate.
    expect(nextRainSpell(inches, START)?.intensity).toBe('moderate');
  });

  it('falls back to the hourly rule where there are no quarter-hours', () => {
    const hourly: Notice = { key: '7:rain-soon', favouriteId: 7, title: 'hourly', body: 'hourly' };
    const withoutQuarters = { ...weatherWith(START, []), quarterHours: null };
    expect(rainSoonNotice(snapshot(withoutQuarters), START, new Map(), BRITISH, () => hourly)).toBe(hourly);
    // With quarter-hours that stay dry the hourly rule is not asked.
    expect(rainSoonNotice(snapshot(weatherWith(START, [0, 0])), START, new Map(), BRITISH, () => hourly)).toBeNull();
  });
});

describe('rain soon in the person’s language', () => {
  // Rain in the quarter-hour ending 15:00 Berlin time: from 14:45.
  const rainAt1445 = (): PlaceSnapshot => snapshot(weatherWith(START, [0, 0, 0, 0, 0, 0, 0, 0.3]));

  it.each([
    [['de-DE'], 'Leichter Regen ab 14:45'],
    [['pl-PL'], 'Słaby deszcz od 14:45'],
    [['en-US'], 'Rain from 2:45 PM, light'],
    [['en-GB'], 'Rain from 14:45, light'],
  ])('%j reads the time on its own clock: %s', (preferred, body) => {
    const [notice] = dueNotices({
      snapshots: [rainAt1445()],
      settings: SETTINGS,
      now: START,
      userTimeZone: 'Europe/Berlin',
      lastShown: new Map(),
      wording: wordingFor(preferred),
    });
    expect(notice?.body).toBe(body);
  });

  it('a clock chosen in Settings wins over the language’s', () => {
    const notice = rainSoonNotice(rainAt1445(), START, new Map(), wordingFor(['de-DE'], { hourCycle: 'h12' }), noHourly);
    expect(notice?.body).toBe('Leichter Regen ab 2:45 PM');
  });
});
