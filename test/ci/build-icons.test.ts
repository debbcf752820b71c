import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { stillSvg, writeConditionIcons } from '../../.ci/build-icons.ts';

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
