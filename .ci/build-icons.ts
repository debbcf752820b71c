// The window's condition icons: the Meteocons drawings conditionIcon can name, copied into the app
// at build time (never fetched). The set is animated (SMIL); the copies the window shows by default
// are still, and the moving originals go to icons/animated/ for a window that asks for motion.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
