// Notifications: opt-in, cooldowns and quiet hours; each kept referenced until it closes, so its
// click is not lost (electron/electron#16922); attributed to the installer's appId on Windows.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/core/logger.ts';
import { DEFAULT_SETTINGS } from '../../main/core/model/settings.ts';
import { APP_USER_MODEL_ID } from '../../main/shell/app.ts';
import { Notifier } from '../../main/shell/notifier.ts';
import { snapshotsFor } from '../support/snapshots.ts';
import { Notification, app, resetElectron } from './fake-electron.ts';
import { appFixture, type AppFixture } from './start-app.ts';

let f: AppFixture | null = null;
beforeEach(() => resetElectron('linux'));
afterEach(async () => {
  await f?.close();
  f = null;
});

describe('notifications', () => {
  it('asks the service what is due when a place’s weather or warnings change, until told to stop', () => {
    const notifier = new Notifier(() => {}, silentLogger, 'linux');
    const listeners: { event?: (e: { type: string }) => void; extras?: () => void } = {};
    let asked = 0;
    const service = {
      subscribe: (listener: (e: { type: string }) => void) => ((listeners.event = listener), () => delete listeners.event),
      onExtrasUpdated: (listener: () => void) => ((listeners.extras = listener), () => delete listeners.extras),
      takeDueNotices: () => (asked++, []),
    };
    const stop = notifier.watch(service as never);
    listeners.event?.({ type: 'refresh-progress' });
    listeners.event?.({ type: 'snapshot-updated' });
    listeners.extras?.();
    expect(asked).toBe(2);
    stop();
    expect(listeners).toEqual({});
  });

  it('shows what the service says is due, and asks nothing where notifications cannot be shown', () => {
    const notifier = new Notifier(() => {}, silentLogger, 'linux');
    const due = [{ key: '1:warning:nws:a:Severe', favouriteId: 1, title: 'Blizzard Warning in Anchorage', body: 'Blizzard Warning until 15:00.' }];
    let taken = 0;
    const take = (): typeof due => (taken++, due);
    Notification.supported = false;
    expect([notifier.showDue(take), taken]).toEqual([0, 0]);
    Notification.supported = true;
    expect([notifier.showDue(take), taken]).toEqual([1, 1]);
    expect(Notification.shown.map((n) => n.options.title)).toEqual(['Blizzard Warning in Anchorage']);
  });

  it('shows at most one per place and condition per cooldown, and none when not opted in', async () => {
    const clicked: number[] = [];
    const notifier = new Notifier((id) => clicked.push(id), silentLogger, 'linux');
    const [s] = snapshotsFor(1);
    const hourly = s!.weather!.hourly.map((h, i) =>
      i === 1 ? { ...h, precipitationProbability: 90, condition: { code: 'rain' as const, text: 'Rain', icon: 'rain', severe: false } } : h,
    );
    const weather = {
      ...s!.weather!,
      current: { ...s!.weather!.current, precipitation: 0, condition: { code: 'overcast' as const, text: 'Overcast', icon: 'overcast', severe: false } },
      hourly,
      // The hourly rule: the one for places without quarter-hours (OpenWeatherMap).
      quarterHours: null,
    };
    const optedIn = { ...s!, favourite: { ...s!.favourite, notify: true }, weather };
    const settings = { ...DEFAULT_SETTINGS.notifications, enabled: true, quietHours: null };
    const now = Date.parse(hourly[0]!.time) + 5 * 60_000;
    expect(notifier.check([{ ...optedIn, favourite: { ...optedIn.favourite, notify: false } }], settings, now)).toBe(0);
    expect(notifier.check([optedIn], settings, now)).toBe(1);
    expect(Notification.shown[0]?.options.title).toBe('Rain soon in Berlin');
    expect(Notification.shown[0]?.options.body).toMatch(/^Rain starting in about \d+ minutes \(90% chance\)\.$/);
    expect(notifier.check([optedIn], settings, now + 60_000)).toBe(0);
    Notification.shown[0]?.click();
    expect(clicked).toEqual([1]);
    // A thunderstorm now: once, not again within the cooldown, again after it.
    const storm = {
      ...optedIn,
      weather: {
        ...weather,
        current: { ...weather.current, condition: { code: 'thunderstorm' as const, text: 'Thunderstorm', icon: 'thunderstorm', severe: true } },
      },
    };
    expect(notifier.check([storm], settings, now)).toBe(1);
    expect(Notification.shown[1]?.options).toMatchObject({ title: 'Thunderstorm in Berlin', body: 'Thunderstorm now.' });
    expect(notifier.check([storm], settings, now + (settings.cooldownMinutes - 1) * 60_000)).toBe(0);
    expect(notifier.check([storm], settings, now + settings.cooldownMinutes * 60_000)).toBe(1);
    // Never in quiet hours (here: all day).
    const quiet = { ...settings, quietHours: { start: '00:00', end: '23:59' } };
    expect(new Notifier(() => {}, silentLogger, 'linux').check([storm], quiet, now)).toBe(0);
  });
});

describe('notification lifetime and identity', () => {
  it('keeps each notification until it is closed, so a late click still arrives', () => {
    const clicked: number[] = [];
    const notifier = new Notifier((id) => clicked.push(id), silentLogger, 'linux');
    notifier.show('Rain soon in Berlin', 'Rain starting in about 20 minutes.', 1);
    notifier.show('Thunderstorm in Lima', 'Thunderstorm now.', 2);
    expect(notifier.openCount).toBe(2);
    Notification.shown[0]!.click();
    expect(clicked).toEqual([1]);
    Notification.shown[0]!.dismiss();
    expect(notifier.openCount).toBe(1);
    Notification.shown[1]!.emit('failed', {}, 'the app is not signed');
    expect(notifier.openCount).toBe(0);
  });

  it('does not keep notifications forever when the OS never says they closed', () => {
    const notifier = new Notifier(() => {}, silentLogger, 'linux');
    for (let i = 0; i < 50; i++) notifier.show(`t${i}`, 'b', i);
    expect(notifier.openCount).toBe(20);
  });

  it('Windows: a toast clicked in the Action Center after it timed out still opens its place, once per click', () => {
    resetElectron('win32');
    const clicked: number[] = [];
    const notifier = new Notifier((id) => clicked.push(id), silentLogger, 'win32');
    notifier.show('Rain soon in Berlin', 'Rain starting in about 20 minutes.', 3);
    notifier.show('Thunderstorm in Lima', 'Thunderstorm now.', 7);
    expect(Notification.shown.map((n) => /^place:\d+/.exec(n.options.id ?? '')?.[0])).toEqual(['place:3', 'place:7']);
    // Clicked while it shows: the instance event and the activation both fire; the place opens once.
    Notification.shown[1]!.click();
    expect(clicked).toEqual([7]);
    // Timed out into the Action Center ('close' fires, the reference goes), clicked there later.
    Notification.shown[0]!.timeOut();
    expect(notifier.openCount).toBe(1);
    Notification.clickInActionCenter(Notification.shown[0]!.id);
    expect(clicked).toEqual([7, 3]);
  });

  it('Windows: a warning and a rain notice for one place are two toasts, each opening the place', () => {
    resetElectron('win32');
    const clicked: number[] = [];
    const notifier = new Notifier((id) => clicked.push(id), silentLogger, 'win32');
    // A toast with the Tag of an earlier one replaces it (ToastNotification.Tag): the warning must keep its own.
    const due = [
      { key: '3:warning:nws:storm-alert:Extreme', favouriteId: 3, title: 'Tornado Warning in Berlin', body: 'Take shelter now.' },
      { key: '3:rain-soon', favouriteId: 3, title: 'Rain soon in Berlin', body: 'Rain starting in about 20 minutes.' },
    ];
    notifier.showDue(() => due);
    const ids = Notification.shown.map((n) => n.options.id ?? '');
    expect(new Set(ids).size).toBe(2);
    // Windows 10 1703 and later read at most 64 characters of a Tag.
    for (const id of ids) expect(id).toMatch(/^place:3:[0-9a-f]+$/);
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(64);
    Notification.clickInActionCenter('place:3:ab12');
    Notification.clickInActionCenter('place:3');
    Notification.clickInActionCenter('place:3x');
    expect(clicked).toEqual([3, 3]);
  });

  it('Windows: a click that came before Skytray was ready (it started from the toast) opens the place', () => {
    resetElectron('win32');
    Notification.clickInActionCenter('place:5');
    const clicked: number[] = [];
    new Notifier((id) => clicked.push(id), silentLogger, 'win32');
    expect(clicked).toEqual([5]);
  });

  it('on Windows sets the AppUserModelId to the installer appId before anything is shown', async () => {
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(new RegExp(`^appId: ${APP_USER_MODEL_ID.replace(/\./g, '\\.')}$`, 'm'));
    f = await appFixture('win32');
    await f.seed([]);
    await f.start();
    expect(app.appUserModelId).toBe('org.skytray.app');
  });
});
