// Official warnings and air quality in the window: real Chromium, the real renderer, the real engine
// behind the loopback bridge, and the local stand-ins for the warnings services and the air-quality API.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { WarningStory } from '../provider/alerts/warning-lifecycle.ts';
import { CITIES } from '../provider/gazetteer.ts';
import { place } from '../support/engine.ts';
import type { OpenOptions } from './browser.ts';
import { axeViolations, leadShown, shotPath, windowSession } from './window-session.ts';

const HOUR = 3_600_000;

const session = windowSession({ limits: { minPlaceIntervalMs: 0 } });
beforeEach(() => {
  session.harness.warnings?.setStories([]);
  session.harness.warnings?.setFaults({ always: null });
});
const openWith = async (city: string, options: OpenOptions = {}): Promise<Page> => leadShown(await session.openWith([city], options));

const overflow = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** A warning's area: a box around a city of the gazetteer. */
function around(city: string): WarningStory['area'] {
  const c = CITIES.find((x) => x.name === city);
  if (!c) throw new Error(`No ${city} in the gazetteer`);
  return { name: `${city} and surroundings`, box: { south: c.latitude - 1, west: c.longitude - 1, north: c.latitude + 1, east: c.longitude + 1 } };
}

/** "Wed 14:00" at a fixed offset from UTC: Honolulu keeps -10:00 all year. */
function clockAtOffset(ms: number, offsetHours: number): string {
  const d = new Date(ms + offsetHours * HOUR);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  return `${days[d.getUTCDay()]} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

// Each test takes a city of its own: main reuses a warnings service's answer for a place for minutes.
describe('the window: official warnings', { timeout: 45_000 }, () => {
  it('leads with the worst warning in its colour, lists the rest, and opens the details and the issuer’s page by keyboard', async () => {
    // Whole minutes, so the times the window writes are exact.
    const issuedAt = Math.floor(Date.now() / 60_000) * 60_000 - HOUR;
    const expiresAt = issuedAt + 20 * HOUR;
    session.harness.warnings?.setStories([
      {
        key: 'surf',
        event: 'High Surf Advisory',
        severity: 'Moderate',
        colour: 'yellow',
        area: around('Honolulu'),
        issuedAt: issuedAt + 30 * 60_000,
        expiresAt,
      },
      {
        key: 'wind',
        event: 'High Wind Warning',
        severity: 'Severe',
        colour: 'orange',
        area: around('Honolulu'),
        issuedAt,
        expiresAt,
        description: 'West winds 40 to 50 mph with gusts up to 70 mph.',
        instruction: 'Secure outdoor objects. Avoid travel in high-profile vehicles.',
      },
    ]);
    const page = await openWith('Honolulu');
    const lead = page.locator('.alert.lead-alert');
    await lead.waitFor();
    expect(await lead.getAttribute('data-severity')).toBe('Severe');
    expect(await lead.locator('.alert-head').textContent()).toBe('SevereHigh Wind Warning');
    expect(await lead.locator('.alert-headline').textContent()).toBe('High Wind Warning issued');
    expect(await page.locator('.more-alerts .alert .alert-event').allTextContents()).toEqual(['High Surf Advisory']);
    // The banner's colour is the severity's, not the panel's.
    const [leadBackground, panelBackground] = await Promise.all([
      lead.evaluate((el) => getComputedStyle(el).backgroundColor),
      page.locator('.current').evaluate((el) => getComputedStyle(el).backgroundColor),
    ]);
    expect(leadBackground).not.toBe(panelBackground);

    // The details are closed until asked for; the keyboard opens them.
    const description = lead.locator('.alert-description');
    expect(await description.isVisible()).toBe(false);
    await lead.locator('summary').focus();
    await page.keyboard.press('Enter');
    await description.waitFor();
    expect(await description.textContent()).toBe('West winds 40 to 50 mph with gusts up to 70 mph.');
    expect(await lead.locator('.alert-instruction').textContent()).toBe('Secure outdoor objects. Avoid travel in high-profile vehicles.');
    expect(await lead.locator('.alert-times').textContent()).toBe(
      `From ${clockAtOffset(issuedAt, -10)} to ${clockAtOffset(expiresAt, -10)} Times are the place’s own.`,
    );
    await page.setViewportSize({ width: 480, height: 900 });
    await page.screenshot({ path: shotPath('warning-light.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The issuer's page opens in the system's browser, through main; the window stays where it is.
    const link = lead.getByRole('link', { name: 'Read the full warning from NWS Stand-in Office' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => session.harness.openedLinks.at(-1)).toBe('https://api.weather.gov/alerts/wind-alert');
    expect(page.url()).toBe(session.harness.url);
  });

  it.each(['light', 'dark'] as const)('keeps every severity readable in %s mode, and its frame in forced colours', async (scheme) => {
    const now = Math.floor(Date.now() / 60_000) * 60_000;
    const story = (key: string, event: string, severity: WarningStory['severity']): WarningStory => ({
      key: `${key}-${scheme}`,
      event,
      severity,
      colour: 'yellow',
      area: around(scheme === 'light' ? 'Los Angeles' : 'San Diego'),
      issuedAt: now - HOUR,
      expiresAt: now + 6 * HOUR,
    });
    session.harness.warnings?.setStories([
      story('fire', 'Red Flag Warning', 'Extreme'),
      story('heat', 'Excessive Heat Warning', 'Severe'),
      story('wind', 'Wind Advisory', 'Moderate'),
      story('beach', 'Beach Hazards Statement', 'Minor'),
    ]);
    const page = await openWith(scheme === 'light' ? 'Los Angeles' : 'San Diego', { colorScheme: scheme });
    await page.locator('.more-alerts .alert').nth(2).waitFor();
    expect(await page.locator('.alert').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')))).toEqual([
      'Extreme',
      'Severe',
      'Moderate',
      'Minor',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ forcedColors: 'active' });
    // The system's colours replace the tints: the frame and the chip's outline keep the shape.
    const frame = await page.locator('.alert.lead-alert').evaluate((el) => {
      const style = getComputedStyle(el);
      const chip = getComputedStyle(el.querySelector('.alert-level') as Element);
      return { left: style.borderLeftWidth, top: style.borderTopWidth, chip: chip.borderTopColor === style.color };
    });
    expect(frame).toEqual({ left: '6px', top: '2px', chip: true });
    await page.screenshot({ path: shotPath(`warnings-forced-colors-${scheme}.png`), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('takes warnings as main announces them: a place chosen later shows its warning without asking again', async () => {
    const page = await openWith('Berlin');
    const now = Date.now();
    session.harness.warnings?.setStories([
      {
        key: 'quake',
        event: 'Tsunami Advisory',
        severity: 'Severe',
        colour: 'orange',
        area: around('Las Vegas'),
        issuedAt: now - HOUR,
        expiresAt: now + 6 * HOUR,
      },
    ]);
    session.harness.service.addFavourite(place('Las Vegas'));
    await expect
      .poll(() => session.harness.service.getExtras().find((e) => e.alerts.active.length > 0)?.alerts.active[0]?.event, { timeout: 10_000 })
      .toBe('Tsunami Advisory');
    const before = session.current?.invokes.length ?? 0;
    await page.locator('#favourites li', { hasText: 'Las Vegas' }).locator('.select').click();
    await page.locator('.alert.lead-alert .alert-event', { hasText: 'Tsunami Advisory' }).waitFor();
    expect(session.current?.invokes.slice(before).filter((c) => c.startsWith('weather:'))).toEqual([]);
  });

  it('refuses to open a link no warning gave the window', async () => {
    const page = await openWith('Tokyo');
    await page.getByTestId('alerts-status').waitFor();
    const result = await page.evaluate(() =>
      (window as unknown as { skytray: { openLink(url: string): Promise<unknown> } }).skytray.openLink('file:///etc/passwd'),
    );
    expect(result).toEqual({ ok: false, error: { code: 'invalid-input', message: 'Skytray opens only the links of the warnings it shows.' } });
    expect(session.harness.openedLinks).not.toContain('file:///etc/passwd');
  });

  it('says so when no warnings service covers the place', async () => {
    const page = await openWith('Tokyo');
    await page
      .getByTestId('alerts-status')
      .filter({ hasText: /^No official warnings service covers this place$/ })
      .waitFor();
    expect(await page.locator('.alert').count()).toBe(0);
  });

  it('still shows the weather, and says why, when the warnings service fails', async () => {
    // Refused, as api.weather.gov refuses a request it will not serve: not retried, so the answer is quick.
    session.harness.warnings?.setFaults({ always: { status: 403 } });
    const page = await openWith('Seattle');
    await page
      .getByTestId('alerts-status')
      .filter({ hasText: /^Warnings unavailable \(National Weather Service refused the request\)$/ })
      .waitFor();
    expect(await page.getByTestId('current-temperature').textContent()).toMatch(/^-?\d+°C$/);
    expect(await page.locator('.alert').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits from 360 px to wide, banner and air panel together', async () => {
    session.harness.warnings?.setStories([
      {
        key: 'flood',
        event: 'Flash Flood Warning for the windward slopes and valleys',
        severity: 'Extreme',
        colour: 'red',
        area: around('Anchorage'),
        issuedAt: Date.now() - HOUR,
        expiresAt: Date.now() + 6 * HOUR,
      },
    ]);
    const page = await openWith('Anchorage');
    await page.locator('.alert.lead-alert').waitFor();
    await page.getByTestId('aqi').waitFor();
    for (const width of [360, 420, 480, 900, 1400]) {
      await page.setViewportSize({ width, height: 900 });
      expect(await overflow(page), `at ${width} px: nothing wider than the window`).toBe(0);
      const spilling = await page
        .locator('.alerts, .air, .current .fact')
        .evaluateAll((els): string[] => els.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.getAttribute('class') ?? ''));
      expect(spilling, `at ${width} px: nothing wider than its panel`).toEqual([]);
    }
  });
});
