// The main process's language: the system's preferred languages as each OS reports them, then the
// Settings' choice, then English; the clock by the language's region unless chosen; the region's
// units until the person chooses; and a change of language reaching the next notification.
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/core/logger.ts';
import { AppWording, systemLocale } from '../../main/shell/app-wording.ts';
import { Notifier } from '../../main/shell/notifier.ts';
import type { Wording } from '../../main/wording/wording.ts';
import { app, resetElectron } from './fake-electron.ts';
import { DOCS_EXAMPLE, linuxLanguages } from './fake-languages.ts';
import { appFixture, type AppFixture } from './start-app.ts';

const FOLLOW_SYSTEM = { language: null, hourCycle: null } as const;
const AT_14_45 = '2026-11-25T14:45:00+01:00';

let f: AppFixture | null = null;
afterEach(async () => {
  await f?.close();
  f = null;
});

describe('the system’s languages, then Settings, then English', () => {
  it.each([
    ['win32', DOCS_EXAMPLE.win32, 'fr', 'fr-CA'],
    ['darwin', DOCS_EXAMPLE.darwin, 'fr', 'fr-CA'],
    ['linux', linuxLanguages('pl_PL.UTF-8'), 'pl', 'pl-PL'],
    ['linux', linuxLanguages('C.UTF-8'), 'en', 'en'],
    ['darwin', { preferred: ['zh-Hant-TW', 'ja-TW'], systemLocale: 'zh-TW' }, 'ja', 'ja-TW'],
    ['win32', { preferred: ['zh-TW', 'ko-KR'], systemLocale: 'zh-TW' }, 'en', 'en'],
  ] as const)('on %s, %j speaks %s, formatted as %s', (platform, languages, locale, formatLocale) => {
    resetElectron(platform);
    app.languages = languages;
    const wording = new AppWording(systemLocale(), FOLLOW_SYSTEM).current;
    expect([wording.locale, wording.formatLocale]).toEqual([locale, formatLocale]);
  });

  it('a language chosen in Settings wins over the system’s, and null goes back to the system', () => {
    resetElectron('win32');
    app.languages = DOCS_EXAMPLE.win32;
    const holder = new AppWording(systemLocale(), { language: 'de', hourCycle: null });
    expect(holder.current.locale).toBe('de');
    const seen: string[] = [];
    holder.subscribe((w) => seen.push(w.locale));
    expect(holder.settingsChanged({ language: 'de', hourCycle: null })).toBe(false);
    expect(holder.settingsChanged(FOLLOW_SYSTEM)).toBe(true);
    expect(holder.current.locale).toBe('fr');
    expect(seen).toEqual(['fr']);
  });

  it('reads the clock by the region unless the person chose 12 or 24 hours', () => {
    resetElectron('linux');
    app.languages = linuxLanguages('en_US.UTF-8');
    const holder = new AppWording(systemLocale(), FOLLOW_SYSTEM);
    expect(holder.current.clock(AT_14_45)).toBe('2:45 PM');
    holder.settingsChanged({ language: null, hourCycle: 'h23' });
    expect(holder.current.clock(AT_14_45)).toBe('14:45');
    app.languages = linuxLanguages('de_DE.UTF-8');
    expect(new AppWording(systemLocale(), FOLLOW_SYSTEM).current.clock(AT_14_45)).toBe('14:45');
  });
});

describe('units by region until the person chooses', () => {
  it.each([
    ['linux', linuxLanguages('en_US.UTF-8'), 'imperial'],
    ['linux', linuxLanguages('de_DE.UTF-8'), 'metric'],
    ['linux', linuxLanguages('C'), 'imperial'],
    // Windows's regional format is Finland, whatever the languages: metric.
    ['win32', { ...DOCS_EXAMPLE.win32, preferred: ['en-US'] }, 'metric'],
    ['darwin', { preferred: ['de-US'], systemLocale: 'de-US' }, 'imperial'],
  ] as const)('on %s, %j is %s', (platform, languages, units) => {
    resetElectron(platform);
    app.languages = languages;
    expect(new AppWording(systemLocale(), FOLLOW_SYSTEM).regionUnits().system).toBe(units);
  });

  it('a new person in the US starts in imperial; choosing metric sticks, and "automatic" goes back', async () => {
    f = await appFixture('linux');
    app.languages = linuxLanguages('en_US.UTF-8');
    await f.seed(['Berlin']);
    const running = await f.start(['--hidden']);
    expect(running.service.getSettings()).toMatchObject({ units: 'imperial', unitsChosen: false });
    running.service.updateSettings({ units: 'metric' });
    expect(running.service.getSettings()).toMatchObject({ units: 'metric', unitsChosen: true });
    running.service.updateSettings({ unitsChosen: false });
    expect(running.service.getSettings()).toMatchObject({ units: 'imperial', unitsChosen: false });
  });

  it('a person who chose metric keeps it on a US system', async () => {
    f = await appFixture('darwin');
    app.languages = { preferred: ['en-US'], systemLocale: 'en-US' };
    await f.seed(['Berlin'], { units: 'metric' });
    const running = await f.start(['--hidden']);
    expect(running.service.getSettings()).toMatchObject({ units: 'metric', unitsChosen: true });
  });

  it('units this run overrides stay, and following the region does not go round in circles', async () => {
    f = await appFixture('linux');
    app.languages = linuxLanguages('en_US.UTF-8');
    await f.seed(['Berlin']);
    const running = await f.start(['--hidden'], { overrides: { units: 'metric', unitsChosen: false } });
    let changes = 0;
    running.service.subscribe((event) => void (event.type === 'settings-changed' && changes++));
    running.service.updateSettings({ refreshIntervalMinutes: 30 });
    expect(running.service.getSettings()).toMatchObject({ units: 'metric', unitsChosen: false, refreshIntervalMinutes: 30 });
    // The change itself and one attempt to follow the region: not a round without end.
    expect(changes).toBe(2);
  });

  it('a German system gives a new person metric', async () => {
    f = await appFixture('linux');
    app.languages = linuxLanguages('de_DE.UTF-8');
    await f.seed(['Berlin']);
    const running = await f.start(['--hidden']);
    expect(running.service.getSettings()).toMatchObject({ units: 'metric', unitsChosen: false });
    expect(running.wording.current.formatLocale).toBe('de-DE');
  });
});

describe('wind by region until the person chooses', () => {
  it.each([
    ['fi_FI.UTF-8', 'metric', 'm/s'],
    ['sv_SE.UTF-8', 'metric', 'm/s'],
    ['de_DE.UTF-8', 'metric', null],
    ['en_US.UTF-8', 'imperial', null],
    // Britain: Celsius and millimetres, but wind in miles per hour (CLDR's wind preference).
    ['en_GB.UTF-8', 'metric', 'mph'],
  ] as const)('a new person on %s gets %s units with wind %s (null: the system’s own)', async (lang, units, windUnit) => {
    f = await appFixture('linux');
    app.languages = linuxLanguages(lang);
    await f.seed(['Berlin']);
    const running = await f.start(['--hidden']);
    expect(running.service.getSettings()).toMatchObject({ units, windUnit, unitsChosen: false });
  });

  it('in Finland, the person’s own wind unit wins and stays through later changes', async () => {
    f = await appFixture('linux');
    app.languages = linuxLanguages('fi_FI.UTF-8');
    await f.seed(['Berlin']);
    const running = await f.start(['--hidden']);
    running.service.updateSettings({ windUnit: 'km/h' });
    running.service.updateSettings({ refreshIntervalMinutes: 30 });
    expect(running.service.getSettings()).toMatchObject({ units: 'metric', windUnit: 'km/h', unitsChosen: true });
    // "Automatic" again: the region's custom comes back.
    running.service.updateSettings({ unitsChosen: false });
    expect(running.service.getSettings()).toMatchObject({ windUnit: 'm/s', unitsChosen: false });
  });

  it('a person who already chose their units keeps the wind they had, in Finland too', async () => {
    f = await appFixture('linux');
    app.languages = linuxLanguages('fi_FI.UTF-8');
    await f.seed(['Berlin'], { units: 'metric' });
    const running = await f.start(['--hidden']);
    expect(running.service.getSettings()).toMatchObject({ units: 'metric', windUnit: null, unitsChosen: true });
  });
});

describe('a change of language reaches the notifications', () => {
  it('the running app rebuilds its Wording when the Settings change', async () => {
    f = await appFixture('linux');
    await f.seed([]);
    const running = await f.start(['--hidden']);
    expect(running.wording.current.locale).toBe('en');
    const seen: string[] = [];
    running.wording.subscribe((w) => seen.push(`${w.locale} ${w.hourCycle}`));
    running.service.updateSettings({ language: 'pl', hourCycle: 'h12' });
    expect(seen).toEqual(['pl h12']);
    running.service.updateSettings({ refreshIntervalMinutes: 30 });
    expect(seen).toEqual(['pl h12']);
  });

  it('sets the system’s About panel at start, and again when the language changes', async () => {
    f = await appFixture('linux');
    await f.seed([]);
    const running = await f.start(['--hidden']);
    expect(app.aboutPanel).toMatchObject({ applicationName: 'Skytray', authors: ['The Skytray authors'] });
    app.aboutPanel = null;
    running.service.updateSettings({ language: 'ja' });
    expect(app.aboutPanel).toMatchObject({ applicationName: 'Skytray' });
  });

  it('the notifier words each check in the Wording current at that moment', () => {
    resetElectron('linux');
    const holder = new AppWording(systemLocale(), FOLLOW_SYSTEM);
    const notifier = new Notifier(
      () => {},
      silentLogger,
      'linux',
      () => null,
      () => holder.current,
    );
    let onEvent: (e: { type: string }) => void = () => {};
    const asked: string[] = [];
    const service = {
      subscribe: (listener: typeof onEvent) => ((onEvent = listener), () => {}),
      onExtrasUpdated: () => () => {},
      takeDueNotices: (_zone: string, wording: Wording) => (asked.push(wording.locale), []),
    };
    notifier.watch(service as never);
    onEvent({ type: 'snapshot-updated' });
    holder.settingsChanged({ language: 'de', hourCycle: null });
    onEvent({ type: 'snapshot-updated' });
    expect(asked).toEqual(['en', 'de']);
  });
});
