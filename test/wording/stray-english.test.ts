import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strayEnglish } from '../../.ci/check-strings.ts';
import { looksLikeProse } from '../../.ci/stray-text.ts';

// Each line holds one case; the ones a person would read say so in their words.
const SAMPLE = `
import { thing } from './Some Module.ts';
declare const logger: { info(message: string): void };
declare const el: HTMLElement;
declare function t(key: string): string;
declare function h(tag: string, attrs: Record<string, string>, ...children: string[]): HTMLElement;
declare const event: KeyboardEvent;
type Mode = 'Plain Mode' | 'Other Mode';
export const shown = 'Refresh now';
export const capitalised = 'Settings';
export const template = \`Updated \${thing}\`;
export const aria = h('button', { class: 'panel places', 'aria-label': 'Remove place' }, 'Remove');
el.setAttribute('aria-label', 'Close window');
el.setAttribute('class', 'big red');
el.className = 'big red';
el.classList.add('Big Red');
logger.info('Refreshed all places');
if (event.key === 'Escape') t('tray.Refresh now');
export const tag = 'zh-Hans';
export const url = 'https://example.org/Some-Page';
export const quiet = 'Not for people'; // i18n-ignore: a fixture
export const bare = 'Bare marker'; // i18n-ignore
export const err = new Error('Unexpected state here');
export const mode: Mode = 'Plain Mode';
el.textContent = 'loading…';
el.title = 'OK';
declare function announce(text: string): void;
announce('saved');
export const count = (n: number): string => String(n) + ' places';
export const minutes = (n: number): string => \`\${n}\u00a0min\`;
export const trailing = 'Trailing marker'; // i18n-ignore: a fixture
export const below = 'Not exempt by the line above';
// i18n-ignore: a fixture on its own line exempts the next one
export const above = 'Exempt from above';
el.id = 'loading';
export const option = { name: 'Plain Mode' };
`;

describe('the stray-English check', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'skytray-strings-'));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, lib: ['es2023', 'dom'], types: [], noEmit: true }, include: ['*.ts'] }),
    );
    writeFileSync(join(dir, 'sample.ts'), SAMPLE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds what a person reads and passes over imports, classes, keys, comparisons, t(), logs and marked lines', () => {
    const found = strayEnglish(dir, ['tsconfig.json'], ['sample.ts']).map((f) => `${f.line} ${f.text}`);
    expect(found).toEqual([
      '9 Refresh now',
      '10 Settings',
      '11 Updated {…}',
      '12 Remove place',
      '12 Remove',
      '13 Close window',
      '22 Bare marker  (i18n-ignore needs a reason)',
      '24 Plain Mode',
      '25 loading…',
      '26 OK',
      '28 saved',
      '29  places',
      '30 {…}\u00a0min',
      '32 Not exempt by the line above',
      '36 Plain Mode',
    ]);
  });

  it('calls prose a word with a space or a capitalised word', () => {
    expect(['Refresh now', 'Settings', 'a place', 'Hello.'].every(looksLikeProse)).toBe(true);
    expect(['partly-cloudy', 'favourites:add', 'zh-Hans', '12px', 'https://a.example/Some-Page', '°C'].some(looksLikeProse)).toBe(false);
  });
});
