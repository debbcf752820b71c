// Windows: the tray icon is drawn for the taskbar display's scale, and drawn again when that
// scale changes (pear-devs/pear-desktop#1813: otherwise Windows resamples the old pixels).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchDisplayScale } from '../../main/shell/display-scale.ts';
import { TrayService } from '../../main/shell/tray-service.ts';
import { buildTrayModel } from '../../main/tray/tray-model.ts';
import { STATUS, snapshotsFor } from '../support/snapshots.ts';
import { Tray, resetElectron, screen } from './fake-electron.ts';
import { appFixture, type AppFixture } from './start-app.ts';
import { createWording } from '../../main/wording/wording.ts';

const ENGLISH = createWording('en');

const noActions = { openPlace: () => {}, refresh: () => {}, open: () => {}, settings: () => {}, quit: () => {} };
const factory = (image: unknown): never => new Tray(image as never) as never;

let f: AppFixture | null = null;
beforeEach(() => resetElectron('win32'));
afterEach(async () => {
  await f?.close();
  f = null;
});

describe('display scale', () => {
  it('calls back once per change of the primary scale, not for other metrics, and stops when asked', () => {
    const seen: number[] = [];
    const stop = watchDisplayScale('win32', (scale) => seen.push(scale));
    screen.emit('display-metrics-changed', {}, screen.getPrimaryDisplay(), ['workArea']);
    screen.changeScale(1.5);
    // A second monitor's metrics changing leaves the taskbar's scale as it was.
    screen.emit('display-metrics-changed', {}, { scaleFactor: 2 }, ['scaleFactor']);
    // The primary display unplugged: the new one has another scale.
    screen.primaryScale = 1.25;
    screen.emit('display-removed', {}, {});
    stop();
    screen.changeScale(2);
    expect(seen).toEqual([1.5, 1.25]);
  });

  it('does nothing off Windows, where the image carries a drawing per scale', () => {
    const seen: number[] = [];
    watchDisplayScale('linux', (scale) => seen.push(scale));
    screen.changeScale(2);
    expect(seen).toEqual([]);
    expect(screen.listenerCount('display-metrics-changed')).toBe(0);
  });

  it('the tray service draws a new icon at the new scale even when the weather is unchanged', () => {
    const tray = new TrayService({ actions: noActions, platform: 'win32', factory });
    const model = buildTrayModel({ snapshots: snapshotsFor(1), status: STATUS, hasTitle: false, wording: ENGLISH });
    tray.render(model);
    const fake = Tray.all[0]!;
    expect(fake.image.representations.map((r) => r.width)).toEqual([16]);
    screen.primaryScale = 1.5;
    tray.render(model);
    expect(fake.imageSets).toBe(1);
    expect(fake.image.representations.map((r) => [r.scaleFactor, r.width])).toEqual([[1, 24]]);
  });

  it('the running app redraws the tray when the scale changes', async () => {
    f = await appFixture('win32');
    await f.seed(['Berlin']);
    await f.start();
    const fake = Tray.all[0]!;
    const before = fake.imageSets;
    screen.changeScale(2);
    expect(fake.imageSets).toBe(before + 1);
    expect(fake.image.representations.map((r) => r.width)).toEqual([32]);
    screen.changeScale(2);
    expect(fake.imageSets).toBe(before + 1);
  });
});
