// The window's condition icons: the Meteocons drawings conditionIcon can name, copied into the app
// at build time (never fetched). The set is animated (SMIL); the copies the window shows by default
// are still, and the moving originals go to icons/animated/ for a window that asks for motion.
// Notifications get PNG copies of the still drawings: Electron's nativeImage reads no SVG.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { conditionIconFiles } from '../renderer/icons/condition-icon.ts';

const meteocons = dirname(fileURLToPath(import.meta.resolve('@bybas/weather-icons/package.json')));
const SOURCE = join(meteocons, 'production', 'fill', 'all');

/** SMIL animation elements, self-closed (as Meteocons writes them) or with content. */
const ANIMATION = /<(animate|animateTransform|animateMotion|set)\b[^>]*?(\/>|>[\s\S]*?<\/\1>)/g;

/**
 * The drawing at rest: without its animation elements each shape stays where it was drawn, which
 * is the frame the artist laid out. Throws when something still moves (CSS animation), so a new
 * version of the set cannot slip a moving icon past the build.
 */
export function stillSvg(svg: string, name: string): string {
  const still = svg.replace(ANIMATION, '');
  if (/<animate|<set\b|@keyframes|animation\s*:/.test(still)) throw new Error(`${name}: animation left after stripping SMIL`);
  if (!/^<svg\b[\s\S]*<\/svg>\s*$/.test(still)) throw new Error(`${name}: not a single <svg> document`);
  return still;
}

/** Writes `<out>/icons/*.svg` (still), `<out>/icons/animated/*.svg` and the set's licence beside them. */
export function writeConditionIcons(out: string): readonly string[] {
  const dir = join(out, 'icons');
  mkdirSync(join(dir, 'animated'), { recursive: true });
  const files = conditionIconFiles();
  for (const file of files) {
    const original = readFileSync(join(SOURCE, file), 'utf8');
    writeFileSync(join(dir, file), stillSvg(original, file));
    writeFileSync(join(dir, 'animated', file), original);
  }
  // MIT: the notice travels with every copy of the drawings.
  copyFileSync(join(meteocons, 'LICENSE'), join(dir, 'LICENSE-meteocons.txt'));
  return files;
}

/** Notification icon sizes: Windows toasts and Linux notification servers show about 48-64 px; @2x for high-DPI. */
export const NOTIFICATION_ICON_SIZES = { '': 64, '@2x': 128 } as const;

/**
 * Writes `<out>/notification-icons/<stem>.png` and `<stem>@2x.png` for every drawing conditionIcon
 * can name. Electron's nativeImage cannot read SVG, so the notifications need bitmaps; the still
 * copy is rasterised (a notification does not move). nativeImage.createFromPath picks up the
 * `@2x` file beside the named one on a high-DPI display.
 */
export function writeNotificationIcons(out: string): readonly string[] {
  const dir = join(out, 'notification-icons');
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const file of conditionIconFiles()) {
    const still = stillSvg(readFileSync(join(SOURCE, file), 'utf8'), file);
    const stem = file.replace(/\.svg$/, '');
    for (const [suffix, size] of Object.entries(NOTIFICATION_ICON_SIZES)) {
      const png = new Resvg(still, { fitTo: { mode: 'width', value: size } }).render().asPng();
      writeFileSync(join(dir, `${stem}${suffix}.png`), png);
      written.push(`${stem}${suffix}.png`);
    }
  }
  copyFileSync(join(meteocons, 'LICENSE'), join(dir, 'LICENSE-meteocons.txt'));
  return written;
}
