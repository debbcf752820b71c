// macOS: the tray is a monochrome template beside the temperature title. Going stale or offline,
// or a warning coming out, must reach the menu bar as a new image, not only the colour icon elsewhere.
import { beforeEach, describe, expect, it } from 'vitest';
import { TrayService } from '../../main/shell/tray-service.ts';
import { buildTrayModel } from '../../main/tray/tray-model.ts';
import { STATUS, snapshotsFor } from '../support/snapshots.ts';
import { Tray, resetElectron } from './fake-electron.ts';
import { createWording } from '../../main/wording/wording.ts';

const ENGLISH = createWording('en');

const noActions = { openPlace: () => {}, refresh: () => {}, open: () => {}, settings: () => {}, quit: () => {} };
const factory = (image: unknown): never => new Tray(image as never) as never;

beforeEach(() => resetElectron('darwin'));

describe('macOS template icon', () => {
  it('is set again when the data goes stale or offline and when a warning comes, and only then', () => {
    const tray = new TrayService({ actions: noActions, platform: 'darwin', factory });
    const fresh = buildTrayModel({ snapshots: snapshotsFor(1), status: STATUS, hasTitle: true, wording: ENGLISH });
    tray.render(fresh);
    const fake = Tray.all[0]!;
    tray.render(buildTrayModel({ snapshots: snapshotsFor(1, { ageMs: 5 * 60_000 }), status: STATUS, hasTitle: true, wording: ENGLISH }));
    // A new temperature or age alone changes the title, never the template.
    expect(fake.imageSets).toBe(0);
    tray.render(buildTrayModel({ snapshots: snapshotsFor(1, { stale: true }), status: STATUS, hasTitle: true, wording: ENGLISH }));
    expect(fake.imageSets).toBe(1);
    tray.render(buildTrayModel({ snapshots: snapshotsFor(1), status: { ...STATUS, online: false }, hasTitle: true, wording: ENGLISH }));
    expect(fake.imageSets).toBe(2);
    tray.render({ ...fresh, icon: { ...fresh.icon, warning: 'extreme' } } as typeof fresh);
    expect(fake.imageSets).toBe(3);
    expect(fake.image.template).toBe(true);
    expect(fake.image.isEmpty()).toBe(false);
  });
});
