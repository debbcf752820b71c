// The whole app's tray in the person's language: the real composition root, the fake 'electron'
// with a German or Polish system, and the local provider: the words from those catalogues, their
// ages and numbers, and a change of language in Settings redrawing the tray at once.
import { afterEach, describe, expect, it } from 'vitest';
import { Tray, app } from './fake-electron.ts';
import { linuxLanguages } from './fake-languages.ts';
import { appFixture, type AppFixture } from './start-app.ts';

let f: AppFixture | null = null;
afterEach(async () => {
  await f?.close();
  f = null;
});

const MINUTE_MS = 60_000;

describe('the tray in the person’s language', () => {
  it('a German system: ages in German in the tooltip and the menu', async () => {
    f = await appFixture('linux');
    app.languages = linuxLanguages('de_DE.UTF-8');
    await f.seed(['Berlin']);
    const running = await f.start(['--hidden']);
    await running.service.refresh();
    const tray = Tray.all[0]!;
    await f.clock.advance(4 * MINUTE_MS);
    // German writes a space before the unit ("-1 °C") and its own short ages.
    await expect.poll(() => tray.tooltip).toMatch(/^Berlin: -?\d+ °C, .+ \(aktualisiert vor [34] Min\.\)$/);
    expect(tray.menu?.template.map((i) => i.label)).toContainEqual(expect.stringMatching(/^Aktualisiert vor [34] Min\.$/));
  });

  it('a language chosen in Settings redraws the tray in it without waiting for the next minute', async () => {
    f = await appFixture('linux');
    await f.seed(['Berlin', 'Oslo', 'Tokyo']);
    const running = await f.start(['--hidden']);
    await running.service.refresh();
    await f.clock.advance(5 * MINUTE_MS);
    const tray = Tray.all[0]!;
    // The fake system is English in Ireland: "4 min ago".
    await expect.poll(() => tray.tooltip).toMatch(/\(updated [45] min ago\)$/);
    const before = tray.menuSets;
    running.service.updateSettings({ language: 'pl' });
    expect(tray.tooltip).toMatch(/\(zaktualizowano [45] min temu\)$/);
    expect(tray.menu?.template.map((i) => i.label)).toContainEqual(expect.stringMatching(/^Zaktualizowano [45] min temu$/));
    expect(tray.menuSets).toBe(before + 1);
  });
});
