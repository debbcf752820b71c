// Notifications carry the drawing of the weather they are about: the PNG the build rasterised,
// found at run time beside the renderer, for the notice's condition by day or by night.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeNotificationIcons } from '../../.ci/build-icons.ts';
import { silentLogger } from '../../main/core/logger.ts';
import type { Condition } from '../../main/core/model/model.ts';
import { DEFAULT_SETTINGS } from '../../main/core/model/settings.ts';
import { notificationIcons, notificationIconsDir } from '../../main/shell/notification-icon.ts';
import { Notifier } from '../../main/shell/notifier.ts';
import { snapshotsFor } from '../support/snapshots.ts';
import { Notification, resetElectron } from './fake-electron.ts';

let dist = '';
beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'skytray-dist-'));
  writeNotificationIcons(dist);
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));
beforeEach(() => resetElectron('linux'));

const settings = { ...DEFAULT_SETTINGS.notifications, enabled: true, quietHours: null };
const storm: Condition = { code: 'thunderstorm', text: 'Thunderstorm', icon: 'thunderstorm', severe: true };

function stormNow(isDay: boolean): ReturnType<typeof snapshotsFor> {
  const [s] = snapshotsFor(1);
  const weather = { ...s!.weather!, current: { ...s!.weather!.current, condition: storm, isDay } };
  return [{ ...s!, favourite: { ...s!.favourite, notify: true }, weather }];
}

describe('notification icons', () => {
  it("shows the condition's drawing, the night one at night, from the build's folder beside the renderer", () => {
    const icons = notificationIcons(notificationIconsDir(join(dist, 'renderer')));
    const notifier = new Notifier(() => {}, silentLogger, 'linux', icons);
    const now = Date.parse(stormNow(true)[0]!.weather!.hourly[0]!.time) + 60_000;
    expect(notifier.check(stormNow(true), settings, now)).toBe(1);
    expect(new Notifier(() => {}, silentLogger, 'linux', icons).check(stormNow(false), settings, now)).toBe(1);
    const [day, night] = Notification.shown.map((n) => n.options.icon as string);
    expect(basename(day!)).toBe('thunderstorms-day-rain.png');
    expect(basename(night!)).toBe('thunderstorms-night-rain.png');
    for (const path of [day!, night!]) {
      expect(existsSync(path), path).toBe(true);
      expect(existsSync(path.replace(/\.png$/, '@2x.png')), path).toBe(true);
    }
  });

  it('without built icons (a run from source), shows the notification with the app icon rather than a broken path', () => {
    const notifier = new Notifier(() => {}, silentLogger, 'linux', notificationIcons(join(dist, 'nowhere')));
    const now = Date.parse(stormNow(true)[0]!.weather!.hourly[0]!.time) + 60_000;
    expect(notifier.check(stormNow(true), settings, now)).toBe(1);
    expect(Notification.shown[0]?.options).not.toHaveProperty('icon');
  });
});
