// The tray's ages move with the clock: a render at the start of every minute, none while the
// machine sleeps, one at once on waking up.
import { afterEach, describe, expect, it } from 'vitest';
import { startAgeTicker } from '../../main/shell/age-ticker.ts';
import { formatAge } from '../../main/wording/age.ts';
import { FakeClock } from '../support/fake-clock.ts';
import { Tray, powerMonitor, resetElectron } from './fake-electron.ts';
import { appFixture, type AppFixture } from './start-app.ts';

let f: AppFixture | null = null;
afterEach(async () => {
  await f?.close();
  f = null;
});

describe('age ticker', () => {
  it('ticks on each minute boundary, not during sleep, and once on waking', async () => {
    resetElectron('linux');
    const clock = new FakeClock(Date.UTC(2026, 10, 25, 9, 0, 40));
    const ticks: number[] = [];
    const stop = startAgeTicker(clock, () => ticks.push(clock.now()));
    await clock.advance(2 * 60_000);
    expect(ticks.map((t) => new Date(t).toISOString())).toEqual(['2026-11-25T09:01:00.000Z', '2026-11-25T09:02:00.000Z']);
    powerMonitor.emit('suspend');
    expect(clock.pending).toBe(0);
    await clock.advance(60 * 60_000);
    expect(ticks).toHaveLength(2);
    powerMonitor.emit('resume');
    expect(ticks).toHaveLength(3);
    await clock.advance(60_000);
    expect(ticks).toHaveLength(4);
    stop();
    expect(clock.pending).toBe(0);
    expect(powerMonitor.listenerCount('resume')).toBe(0);
  });

  it('the tray tooltip and menu say how old the weather is as time passes, with no engine event', async () => {
    f = await appFixture('linux');
    // Half a minute past a minute: the ages turn over with the clock's minutes.
    await f.clock.advance(90_000 - (f.clock.now() % 60_000));
    await f.seed(['Berlin']);
    const fetching = await f.start(['--hidden']);
    await fetching.service.refresh();
    const tray = Tray.all[0]!;
    expect(tray.tooltip).toContain(`updated ${formatAge(0)}`);
    const menuSets = tray.menuSets;
    await f.clock.advance(3 * 60_000);
    // The last tick was at the minute, 2.5 minutes after the fetch.
    expect(tray.tooltip).toContain(`updated ${formatAge(2.5 * 60_000)}`);
    await f.clock.advance(60_000);
    expect(tray.tooltip).toContain(`updated ${formatAge(3.5 * 60_000)}`);
    expect(tray.menuSets).toBeGreaterThan(menuSets);
    expect(tray.menu?.template.map((i) => String(i.label))).toContain(`Updated ${formatAge(3.5 * 60_000)}`);
  });
});
