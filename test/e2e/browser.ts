// Debian's Chromium, driven by playwright-core, with every console error and failed request
// recorded so a test can fail on them.
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env['SKYTRAY_CHROMIUM'] ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export type WatchedPage = Readonly<{
  page: Page;
  problems: string[];
  /** The channel of every request the window made to main, in order. */
  invokes: string[];
}>;

export type OpenOptions = Readonly<{
  colorScheme?: 'light' | 'dark';
  /** The page's timers and Date under the test's control (Playwright's clock), from the first script on. */
  fakeClock?: boolean;
  /** The browser's language (navigator.languages, Accept-Language), e.g. 'de-DE'. @default 'en-GB' */
  locale?: string;
}>;

export async function openPage(
  browser: Browser,
  url: string,
  { colorScheme = 'light', fakeClock = false, locale = 'en-GB' }: OpenOptions = {},
): Promise<WatchedPage> {
  // British English unless a test asks for another: the tests' English, with the 24-hour clock their times are written in.
  const page = await browser.newPage({ viewport: { width: 420, height: 760 }, colorScheme, locale });
  if (fakeClock) await page.clock.install();
  const problems: string[] = [];
  const invokes: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/__ipc/invoke')) invokes.push(String((r.postDataJSON() as { channel?: unknown } | null)?.channel));
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    // The event stream is cut when the page closes; that is not a failure.
    if (!r.url().endsWith('/__ipc/events')) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url);
  await page.locator('#app:not([aria-busy])').waitFor();
  return { page, problems, invokes };
}
