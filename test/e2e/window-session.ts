// One browser session per test file: a server (the harness or the chart page) and Chromium started
// once, every page closed after its test and the test failed on the page's console errors or failed
// requests; for the window, favourites cleared before each test and opened with their weather in.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { startHarness, type Harness, type HarnessOptions } from '../harness/harness.ts';
import { place } from '../support/engine.ts';
import { launchChromium, openPage, type OpenOptions, type WatchedPage } from './browser.ts';

const SHOTS = new URL('../../test-output/screenshots/', import.meta.url);
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Where a screenshot of that name is saved (the folder is made when a session starts). */
export const shotPath = (name: string): string => fileURLToPath(new URL(name, SHOTS));

/** axe-core's serious and critical violations on the page, as "rule (nodes)". */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
    ).axe.run(document);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
  });
}

type Server = Readonly<{ url: string; close(): Promise<void> }>;

export type BrowserSession<S extends Server> = Readonly<{
  server: S;
  browser: Browser;
  /** The page the running test opened, if any. */
  current: WatchedPage | null;
  /** Opens the server's page; `defaults` (the session's) under the test's own options. */
  open: (options?: OpenOptions) => Promise<Page>;
}>;

/** Registers the file's hooks: start `start()` and Chromium before all, close both after, check each page. */
export function browserSession<S extends Server>(start: () => Promise<S>, defaults: OpenOptions = {}): BrowserSession<S> {
  let server: S | undefined;
  let browser: Browser | undefined;
  let current: WatchedPage | null = null;
  beforeAll(async () => {
    [server, browser] = await Promise.all([start(), launchChromium()]);
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  afterEach(async () => {
    const problems = current?.problems ?? [];
    await current?.page.close();
    current = null;
    expect(problems, 'console errors or failed requests').toEqual([]);
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The browser session has not started');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    get current() {
      return current;
    },
    open: async (options = {}) => {
      current = await openPage(started(browser), started(server).url, { ...defaults, ...options });
      return current.page;
    },
  };
}

export type WindowSession = BrowserSession<Harness> &
  Readonly<{
    harness: Harness;
    /** Favourites added before the window opens, their weather in, then the window. */
    openWith: (cities: readonly string[], options?: OpenOptions) => Promise<Page>;
  }>;

/** The window over the harness, favourites cleared before each test. */
export function windowSession(harnessOptions: HarnessOptions = {}, defaults: OpenOptions = {}): WindowSession {
  const session = browserSession(() => startHarness(harnessOptions), defaults);
  beforeEach(() => {
    const { service } = session.server;
    for (const f of service.listFavourites()) service.removeFavourite(f.id);
  });
  return {
    get server() {
      return session.server;
    },
    get harness() {
      return session.server;
    },
    get browser() {
      return session.browser;
    },
    get current() {
      return session.current;
    },
    open: session.open,
    openWith: async (cities, options) => {
      const { service } = session.server;
      for (const city of cities) service.addFavourite(place(city));
      await expect.poll(() => service.getSnapshots().filter((s) => s.weather).length, { timeout: 10_000 }).toBe(cities.length);
      return session.open(options);
    },
  };
}

/** Waits until the lead place's temperature is shown. */
export async function leadShown(page: Page): Promise<Page> {
  await page.getByTestId('current-temperature').waitFor();
  return page;
}

/** Waits until each of `count` places in the list shows its weather. */
export async function summariesShown(page: Page, count: number): Promise<Page> {
  await page
    .locator('#favourites li .summary', { hasText: '°' })
    .nth(count - 1)
    .waitFor();
  return page;
}
