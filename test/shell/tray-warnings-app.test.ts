// The whole app's tray with official warnings: the real composition root, the fake 'electron', the
// local provider and the warnings stand-ins. A warning in force reaches the menu line and the
// tooltip when the refresh that brings it is done.
import { afterEach, describe, expect, it } from 'vitest';
import { startWarningServices, type WarningServices } from '../provider/alerts/warning-services.ts';
import { CITIES } from '../provider/gazetteer.ts';
import { Tray } from './fake-electron.ts';
import { appFixture, type AppFixture } from './start-app.ts';

let f: AppFixture | null = null;
let warnings: WarningServices | null = null;
afterEach(async () => {
  await f?.close();
  await warnings?.close();
  f = null;
  warnings = null;
});

describe('the tray with official warnings', () => {
  it('names the event on the place’s line and in the tooltip once a refresh brings it', async () => {
    f = await appFixture('linux');
    const honolulu = CITIES.find((c) => c.name === 'Honolulu')!;
    const box = { south: honolulu.latitude - 1, west: honolulu.longitude - 1, north: honolulu.latitude + 1, east: honolulu.longitude + 1 };
    const now = f.clock.now();
    warnings = await startWarningServices({
      now: () => f?.clock.now() ?? now,
      stories: [
        {
          key: 'wind',
          event: 'High Wind Warning',
          severity: 'Severe',
          colour: 'orange',
          area: { name: 'Oahu', box },
          issuedAt: now - 3_600_000,
          expiresAt: now + 86_400_000,
        },
      ],
    });
    await f.seed(['Honolulu'], { nwsUrl: warnings.origin });
    const running = await f.start(['--hidden']);
    const tray = Tray.all[0]!;
    expect(tray.tooltip).not.toContain('⚠');
    // Warnings come with the forecast's refresh, and the tray is drawn again when they arrive.
    await running.service.refresh();
    await expect.poll(() => tray.tooltip).toMatch(/\n⚠ High Wind Warning \(Honolulu\)$/);
    expect(tray.menu?.template[0]?.label).toMatch(/^★ Honolulu, Hawaii, US: .+ {2}⚠ High Wind Warning$/);
    expect(warnings.requests.map((r) => r.path)).toEqual(['/alerts/active']);
  });
});
