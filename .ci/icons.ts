// `npm run icons -- --out DIR [--sizes 16,22,32]`: writes DIR/tray-icons.png, every tray icon
// size × temperature × condition × state on a light and a dark panel, to look at before a release.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeIndexedPng } from './indexed-png.ts';
import { ICON_SIZES } from '../main/tray/icon-layout.ts';
import { drawContactSheet } from './contact-sheet.ts';

function parseSizes(text: string | undefined): number[] {
  if (text === undefined) return [...ICON_SIZES];
  const sizes = text.split(',').map(Number);
  const bad = sizes.find((s) => !Number.isInteger(s) || s < 16 || s > 256);
  if (bad !== undefined) throw new Error(`Expected --sizes to be whole numbers from 16 to 256, got \`${text}\``);
  return sizes;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' }, sizes: { type: 'string' } } });
  if (!values.out) throw new Error('Expected `--out DIR`: where to write tray-icons.png');
  mkdirSync(values.out, { recursive: true });
  const file = join(values.out, 'tray-icons.png');
  const png = encodeIndexedPng(drawContactSheet(parseSizes(values.sizes)));
  writeFileSync(file, png);
  process.stdout.write(`${file}: ${Math.round(png.length / 1024)} KB\n`);
}

try {
  main();
} catch (error) {
  process.stderr.write(`icons: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
