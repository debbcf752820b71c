// Where the window was, remembered across launches, and put back only where a display still is.
import { readFileSync, writeFileSync } from 'node:fs';

export type Bounds = Readonly<{ x: number; y: number; width: number; height: number }>;

export const DEFAULT_SIZE = { width: 420, height: 640 } as const;
/** The smallest the window may be, and the smallest it is put back at. */
export const MIN_SIZE = { width: 340, height: 420 } as const;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function parseBounds(json: unknown): Bounds | null {
  if (typeof json !== 'object' || json === null) return null;
  const { x, y, width, height } = json as Record<string, unknown>;
  return isInt(x) && isInt(y) && isInt(width) && isInt(height) && width > 0 && height > 0 ? { x, y, width, height } : null;
}

/**
 * The saved bounds if most of the title bar is still on some display (screens come and go), sized
 * to fit that display; otherwise null, and the window opens at its default place.
 */
export function placeOnDisplays(saved: Bounds | null, workAreas: readonly Bounds[]): Bounds | null {
  if (!saved) return null;
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: 32 };
  const area = workAreas.find((a) => {
    const w = Math.min(titleBar.x + titleBar.width, a.x + a.width) - Math.max(titleBar.x, a.x);
    const h = Math.min(titleBar.y + titleBar.height, a.y + a.height) - Math.max(titleBar.y, a.y);
    return w >= Math.min(120, titleBar.width / 2) && h >= 16;
  });
  if (!area) return null;
  const width = Math.max(MIN_SIZE.width, Math.min(saved.width, area.width));
  const height = Math.max(MIN_SIZE.height, Math.min(saved.height, area.height));
  return {
    x: Math.min(Math.max(saved.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(saved.y, area.y), area.y + area.height - height),
    width,
    height,
  };
}

export function loadBounds(path: string): Bounds | null {
  try {
    return parseBounds(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return null;
  }
}

export function saveBounds(path: string, bounds: Bounds): void {
  try {
    writeFileSync(path, JSON.stringify(bounds));
  } catch {
    // Losing the window position is not worth bothering anyone about.
  }
}
