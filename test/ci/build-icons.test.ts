import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { NOTIFICATION_ICON_SIZES, stillSvg, writeConditionIcons, writeNotificationIcons } from '../../.ci/build-icons.ts';
import { notificationIconPath } from '../../main/shell/notification-icon.ts';
import { CONDITION_CODES } from '../support/condition-codes.ts';
import { decodePng } from '../tray/decode-png.ts';

const count = (svg: string, pattern: RegExp): number => svg.match(pattern)?.length ?? 0;
const SHAPES = /<(path|circle|rect|line|polygon|polyline|ellipse|g)\b/g;

let out = '';
afterEach(() => {
  if (out) rmSync(out, { recursive: true, force: true });
  out = '';
});

describe('condition icons in the build', () => {
  it('writes still copies with every shape kept, the moving originals apart, and the licence', () => {
    out = mkdtempSync(join(tmpdir(), 'skytray-icons-'));
    const files = writeConditionIcons(out);
    expect(files.length).toBeGreaterThan(10);
    expect(readdirSync(join(out, 'icons')).sort()).toEqual([...files, 'LICENSE-meteocons.txt', 'animated'].sort());
    let moving = 0;
    for (const file of files) {
      const still = readFileSync(join(out, 'icons', file), 'utf8');
      const original = readFileSync(join(out, 'icons', 'animated', file), 'utf8');
      expect(still, file).not.toMatch(/<animate|<set\b/);
      expect(count(still, SHAPES), file).toBe(count(original, SHAPES));
      if (/<animate/.test(original)) moving++;
    }
    // The set is animated: if nothing moved, the test would prove nothing.
    expect(moving).toBeGreaterThan(files.length / 2);
    expect(readFileSync(join(out, 'icons', 'LICENSE-meteocons.txt'), 'utf8')).toContain('MIT License');
  });

  it('removes animation elements with content, not only self-closed ones', () => {
    const svg = '<svg viewBox="0 0 1 1"><path d="M0 0"><animate attributeName="opacity" values="0;1"></animate></path><set attributeName="x" to="1"/></svg>';
    expect(stillSvg(svg, 'test')).toBe('<svg viewBox="0 0 1 1"><path d="M0 0"></path></svg>');
  });

  it('refuses a drawing that would still move by CSS', () => {
    const svg = '<svg><style>path { animation: spin 2s infinite }</style><path d="M0 0"/></svg>';
    expect(() => stillSvg(svg, 'spin.svg')).toThrow('spin.svg: animation left after stripping SMIL');
  });
});

describe('notification icons in the build', () => {
  it('writes a PNG at 1x and 2x for every condition by day and by night, each a real picture', () => {
    out = mkdtempSync(join(tmpdir(), 'skytray-icons-'));
    writeNotificationIcons(out);
    const dir = join(out, 'notification-icons');
    const paths = new Set(CONDITION_CODES.flatMap((code) => [true, false].map((isDay) => notificationIconPath(dir, code, isDay))));
    // Day and night differ for the sky conditions: a build that wrote only one would fail here.
    expect(paths.size).toBeGreaterThan(CONDITION_CODES.length);
    for (const path of paths) {
      for (const [suffix, size] of Object.entries(NOTIFICATION_ICON_SIZES)) {
        const file = path.replace(/\.png$/, `${suffix}.png`);
        const png = readFileSync(file);
        expect([...png.subarray(0, 8)], file).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
        expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
        expect([png.readUInt32BE(16), png.readUInt32BE(20)], file).toEqual([size, size]);
        const { rgba } = decodePng(png);
        let opaque = 0;
        for (let i = 3; i < rgba.length; i += 4) if (rgba[i]! > 128) opaque++;
        // A drawing, not a blank square and not a filled one: Meteocons leave the background clear.
        expect(opaque / (size * size), file).toBeGreaterThan(0.02);
        expect(opaque / (size * size), file).toBeLessThan(0.9);
      }
    }
    expect(readFileSync(join(dir, 'LICENSE-meteocons.txt'), 'utf8')).toContain('Bas Milius');
  });
});

describe('notification icons in the package', () => {
  it("electron-builder's file patterns take them in", () => {
    const { files } = parse(readFileSync('electron-builder.yml', 'utf8')) as { files: string[] };
    for (const file of ['dist/notification-icons/clear-day.png', 'dist/notification-icons/clear-day@2x.png']) {
      const included = files.filter((p) => !p.startsWith('!')).some((p) => matchesGlob(file, p));
      const excluded = files.filter((p) => p.startsWith('!')).some((p) => matchesGlob(file, p.slice(1)));
      expect([file, included, excluded]).toEqual([file, true, false]);
    }
  });
});
