// The whole window in German, Japanese and Arabic, in real Chromium whose languages are the
// person's (a Playwright context locale sets navigator.languages, which the window follows), at
// 360 and 900 px: nothing clipped or sticking out, Arabic mirrored, no English left, axe clean,
// no console errors. The places view at 360 px is saved for the README.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Place } from '../../main/core/model/model.ts';
import { catalogueFor } from '../../main/wording/catalogues.ts';
import type { LocaleCode } from '../../main/wording/locales.ts';
import { en } from '../../main/wording/messages/en.ts';
import { startHarness, type Harness } from '../harness/harness.ts';
import { place } from '../support/engine.ts';
import { launchChromium } from './browser.ts';
import { englishLeft, layoutProblems, visibleTexts } from './window-languages-checks.ts';

// Into test-output like every other screenshot, so a test run leaves the tracked copies the README shows alone.
const SHOTS = new URL('../../test-output/screenshots/', import.meta.url);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const CITIES = ['Berlin', 'Tokyo', 'Cairo'];
/** Each language with the tag its reader's browser sends: Egyptian Arabic writes Arabic-Indic digits. */
const LANGUAGES: readonly Readonly<{ locale: LocaleCode; tag: string }>[] = [
  { locale: 'de', tag: 'de-DE' },
  { locale: 'ja', tag: 'ja-JP' },
  { locale: 'ar', tag: 'ar-EG' },
];
const WIDTHS = [360, 900] as const;
/** Names a person reads as they are in any language: works, services, licences, keys on the keyboard. */
const NAMES = [
  'Skytray',
  'Open-Meteo',
  'Open-Meteo.com',
  'OpenWeather',
  'Meteocons',
  'Bas Milius',
  'MIT',
  'CC BY 4.0',
  'CC BY-SA 4.0',
  'Copernicus Atmosphere Monitoring Service',
  'Copernicus',
  'Page Up',
  'Page Down',
  'Home',
  'End',
  'Alt',
];

let harness: Harness;
let browser: Browser;
let places: Place[];
let closePage: (() => Promise<string[]>) | null = null;

beforeAll(async () => {
  [harness, browser] = await Promise.all([startHarness({ limits: { minPlaceIntervalMs: 0 } }), launchChromium()]);
  mkdirSync(SHOTS, { recursive: true });
  places = CITIES.map((city) => place(city));
  for (const p of places) harness.service.addFavourite(p);
  await vi.waitFor(
    () => {
      if (harness.service.getSnapshots().filter((snapshot) => snapshot.weather).length < CITIES.length) throw new Error('the weather is not in yet');
    },
    { timeout: 15_000, interval: 50 },
  );
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await harness?.close();
});
afterEach(async () => {
  const problems = (await closePage?.()) ?? [];
  closePage = null;
  expect(problems, 'console errors or failed requests').toEqual([]);
});

/** The window as a reader of `tag` sees it, `width` px wide, with its weather drawn. */
async function openIn(tag: string, width: number): Promise<Page> {
  const context = await browser.newContext({ locale: tag, viewport: { width, height: 760 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (!r.url().endsWith('/__ipc/events')) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  closePage = async () => {
    await context.close();
    return problems;
  };
  await page.goto(harness.url);
  await page.locator('#app:not([aria-busy])').waitFor();
  await page
    .locator('#favourites li .summary', { hasText: '°' })
    .nth(CITIES.length - 1)
    .waitFor();
  await page.locator('.chart-svg path.temperature').waitFor({ state: 'attached' });
  return page;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
    ).axe.run(document);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

/** Words that are data, not Skytray's: the places' names and the services' and works' names. */
const dataWords = (): string[] => [...NAMES, ...places.flatMap((p) => [p.name, p.region ?? '', p.country ?? '', p.countryCode ?? ''])].filter(Boolean);

/** Everything wrong with the view on show, each problem named with the view. */
async function viewProblems(page: Page, locale: LocaleCode, view: string): Promise<string[]> {
  const catalogue = catalogueFor(locale);
  if (!catalogue) throw new Error(`no ${locale} catalogue`);
  const english = englishLeft(await visibleTexts(page), { english: en, translated: catalogue, latinIsForeign: locale !== 'de', allowed: dataWords() });
  return [...(await layoutProblems(page)), ...english.map((text) => `English left: ${text}`), ...(await axeViolations(page)).map((rule) => `axe: ${rule}`)].map(
    (problem) => `${view}: ${problem}`,
  );
}

const showTab = async (page: Page, tab: 'places' | 'settings' | 'diagnostics'): Promise<void> => {
  await page.locator(`#tab-${tab}`).click();
  await page.locator(`#panel-${tab}:not([hidden])`).waitFor();
};

describe('the window in other languages', { timeout: 120_000 }, () => {
  for (const { locale, tag } of LANGUAGES) {
    for (const width of WIDTHS) {
      // Runs once the language's catalogue is registered: until then the window speaks English.
      it.skipIf(!catalogueFor(locale))(`${tag} at ${width} px: places, settings and diagnostics fit, say nothing in English and pass axe`, async () => {
        const page = await openIn(tag, width);
        const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
        expect(html.lang.split('-')[0]).toBe(locale);
        expect(html.dir).toBe(locale === 'ar' ? 'rtl' : 'ltr');
        const problems = await viewProblems(page, locale, 'places');
        if (width === 360) await page.screenshot({ path: fileURLToPath(new URL(`places-${locale}.png`, SHOTS)), fullPage: true });
        await showTab(page, 'settings');
        problems.push(...(await viewProblems(page, locale, 'settings')));
        await showTab(page, 'diagnostics');
        problems.push(...(await viewProblems(page, locale, 'diagnostics')));
        expect(problems).toEqual([]);
      });
    }
  }

  it.skipIf(!catalogueFor('ar')).each(WIDTHS)('ar-EG at %i px is mirrored: the places list starts at the right', async (width) => {
    const page = await openIn('ar-EG', width);
    const box = async (selector: string) => {
      const found = await page.locator(selector).first().boundingBox();
      if (!found) throw new Error(`nothing at ${selector}`);
      return found;
    };
    const [list, weather, select, remove, icon, name] = await Promise.all(
      ['#favourites', 'section.weather', '#favourites li .select', '#favourites li .remove', '#favourites li .select img', '#favourites li .name'].map(box),
    );
    // Side by side, the list stands at the right and the weather to its left.
    if (width === 900) expect(list!.x).toBeGreaterThan(weather!.x + weather!.width);
    // In a place's line: its button first, at the right, its actions to the left; the icon before the name.
    expect(select!.x).toBeGreaterThan(remove!.x);
    expect(icon!.x).toBeGreaterThan(name!.x);
    expect(icon!.x + icon!.width).toBeGreaterThan(list!.x + list!.width - 60);
  });
});
