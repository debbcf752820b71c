// The tray on each OS, against the fake that follows Electron's per-platform documentation.
import { beforeEach, describe, expect, it } from 'vitest';
import { TrayService } from '../../main/shell/tray-service.ts';
import { buildTrayModel } from '../../main/tray/tray-model.ts';
import { STATUS, snapshotsFor } from '../support/snapshots.ts';
import { Tray, resetElectron } from './fake-electron.ts';
import { createWording } from '../../main/wording/wording.ts';

const ENGLISH = createWording('en');

const noActions = { openPlace: () => {}, refresh: () => {}, open: () => {}, settings: () => {}, quit: () => {} };
const factory = (image: unknown): never => new Tray(image as never) as never;

beforeEach(() => resetElectron('linux'));

describe('tray service', () => {
  it('sets icon, tooltip and menu, sets again only what changed, and always re-sets a changed menu', () => {
    const tray = new TrayService({ actions: noActions, platform: 'linux', factory });
    const snapshots = snapshotsFor(2);
    tray.render(buildTrayModel({ snapshots, status: STATUS, hasTitle: false, wording: ENGLISH }));
    const fake = Tray.all[0]!;
    // The PNGs really decode: an image Chromium cannot read would be an empty, invisible icon.
    expect(fake.image.isEmpty()).toBe(false);
    expect(fake.image.representations.map((r) => [r.scaleFactor, r.width])).toEqual([
      [1, 22],
      [2, 44],
    ]);
    expect(fake.menuSets).toBe(1);
    tray.render(buildTrayModel({ snapshots, status: STATUS, hasTitle: false, wording: ENGLISH }));
    expect([fake.imageSets, fake.menuSets]).toEqual([0, 1]);
    tray.render(buildTrayModel({ snapshots, status: { ...STATUS, online: false }, hasTitle: false, wording: ENGLISH }));
    expect([fake.imageSets, fake.menuSets]).toEqual([1, 2]);
    expect(fake.image.isEmpty()).toBe(false);
    expect(fake.title).toBeNull();
  });

  it('on macOS uses a template icon and the title for the temperature', () => {
    resetElectron('darwin');
    const tray = new TrayService({ actions: noActions, platform: 'darwin', factory });
    const model = buildTrayModel({ snapshots: snapshotsFor(1), status: STATUS, hasTitle: true, wording: ENGLISH });
    tray.render(model);
    expect(Tray.all[0]?.image.template).toBe(true);
    expect(Tray.all[0]?.image.isEmpty()).toBe(false);
    expect(Tray.all[0]?.title).toBe(model.title);
  });

  it('menu items call the actions', () => {
    const calls: string[] = [];
    const actions = {
      openPlace: (id: number) => calls.push(`place ${id}`),
      refresh: () => calls.push('refresh'),
      open: () => calls.push('open'),
      settings: () => calls.push('settings'),
      quit: () => calls.push('quit'),
    };
    const tray = new TrayService({ actions, platform: 'linux', factory });
    tray.render(buildTrayModel({ snapshots: snapshotsFor(2), status: STATUS, hasTitle: false, wording: ENGLISH }));
    for (const item of Tray.all[0]!.menu!.template) item.click?.();
    expect(calls).toEqual(['place 1', 'place 2', 'refresh', 'open', 'settings', 'quit']);
  });

  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`on ${platform} a click and a double click both open the window`, () => {
      resetElectron(platform);
      let opened = 0;
      const tray = new TrayService({ actions: { ...noActions, open: () => opened++ }, platform, factory });
      tray.render(buildTrayModel({ snapshots: snapshotsFor(1), status: STATUS, hasTitle: platform === 'darwin', wording: ENGLISH }));
      Tray.all[0]!.userClick();
      expect(opened).toBe(1);
      Tray.all[0]!.userDoubleClick();
      expect(opened).toBe(2);
    });
  }
});
