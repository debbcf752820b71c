// The tray icons on one page for a person to check at a glance: one block per size, a row per
// condition and state, a column per temperature, on a light (#f0f0f0) and a dark (#202020) panel.
// Then the Severe and Extreme warning marks, and the macOS template in each state, tinted as
// macOS tints it: black on a light menu bar, white on a dark one.
import type { ConditionCode } from '../main/core/model/model.ts';
import type { Bitmap, Rgba } from '../main/tray/bitmap.ts';
import { ICON_SIZES } from '../main/tray/icon-layout.ts';
import type { TrayWarning } from '../main/tray/marks.ts';
import { drawTemplateIcon, drawTrayIcon } from '../main/tray/tray-icon.ts';
import type { TrayState } from '../main/tray/tray-model.ts';
import { LABEL_HEIGHT, drawLabel, labelWidth } from './label-font.ts';

const SHEET_TEMPERATURES: readonly (number | null)[] = [-40, -9, -1, 0, 7, 23, 99, 104, 120, null];

type Row = Readonly<{ label: string; condition: ConditionCode | null; night: boolean; state: TrayState; warning?: TrayWarning; template?: boolean }>;

const CONDITIONS: readonly [string, ConditionCode, boolean][] = [
  ['clear day', 'clear', false],
  ['clear night', 'clear', true],
  ['cloud', 'overcast', false],
  ['rain', 'rain', false],
  ['snow', 'snow', false],
  ['thunder', 'thunderstorm', false],
  ['fog', 'fog', false],
];

export const SHEET_ROWS: readonly Row[] = [
  ...(['ok', 'stale', 'offline'] as const).flatMap((state) =>
    CONDITIONS.map(([name, condition, night]): Row => ({ label: `${name} ${state === 'ok' ? 'fresh' : state}`, condition, night, state })),
  ),
  { label: 'no places', condition: null, night: false, state: 'empty' },
  { label: 'severe warning', condition: 'rain', night: false, state: 'ok', warning: 'severe' },
  { label: 'extreme warning', condition: 'thunderstorm', night: false, state: 'ok', warning: 'extreme' },
  { label: 'severe stale', condition: 'snow', night: false, state: 'stale', warning: 'severe' },
  { label: 'extreme offline', condition: 'rain', night: false, state: 'offline', warning: 'extreme' },
  ...(['ok', 'stale', 'offline'] as const).map((state): Row => ({
    label: `mac ${state === 'ok' ? 'fresh' : state}`,
    condition: 'clear',
    night: false,
    state,
    template: true,
  })),
  { label: 'mac extreme offline', condition: 'clear', night: false, state: 'offline', warning: 'extreme', template: true },
];

const PANELS: readonly [string, Rgba][] = [
  ['light panel f0f0f0', [0xf0, 0xf0, 0xf0, 255]],
  ['dark panel 202020', [0x20, 0x20, 0x20, 255]],
];

const PAGE: Rgba = [255, 255, 255, 255];
const INK: Rgba = [0, 0, 0, 255];
const GAP = 8;
const ROW_LABEL = Math.max(...SHEET_ROWS.map((r) => labelWidth(r.label))) + 2 * GAP;

/** One column's width at a size: the icon or its temperature label, whichever is wider. */
const columnWidth = (size: number): number => Math.max(size, labelWidth('none')) + GAP;
const rowHeight = (size: number): number => Math.max(size, LABEL_HEIGHT) + GAP / 2;
const halfWidth = (size: number): number => SHEET_TEMPERATURES.length * columnWidth(size) + GAP;
const blockHeight = (size: number): number => 2 * (LABEL_HEIGHT + GAP) + SHEET_ROWS.length * rowHeight(size) + 2 * GAP;

type Page = Readonly<{ bitmap: Bitmap; set(x: number, y: number, c: Rgba): void }>;

function createPage(width: number, height: number): Page {
  const rgba = new Uint8Array(width * height * 4);
  const set = (x: number, y: number, c: Rgba): void => {
    if (x >= 0 && y >= 0 && x < width && y < height && c[3] !== 0) rgba.set(c, (y * width + x) * 4);
  };
  for (let i = 0; i < width * height; i++) rgba.set(PAGE, i * 4);
  return { bitmap: { width, height, rgba }, set };
}

function fill(page: Page, x: number, y: number, w: number, h: number, c: Rgba): void {
  for (let dy = 0; dy < h; dy++) for (let dx = 0; dx < w; dx++) page.set(x + dx, y + dy, c);
}

/** Copies an icon onto the page; its transparent pixels let the panel show through. `tint` recolours a template. */
function blit(page: Page, icon: Bitmap, x: number, y: number, tint: Rgba | null = null): void {
  for (let dy = 0; dy < icon.height; dy++) {
    for (let dx = 0; dx < icon.width; dx++) {
      const i = (dy * icon.width + dx) * 4;
      const [r, g, b, a] = icon.rgba.subarray(i, i + 4);
      page.set(x + dx, y + dy, tint && a ? tint : ([r, g, b, a] as Rgba));
    }
  }
}

/** macOS tints a template for the menu bar: dark ink on a light bar, white on a dark one. */
const templateInk = (panel: Rgba): Rgba => (panel[0] > 128 ? INK : PAGE);

function drawRowIcon(page: Page, row: Row, temperature: number | null, size: number, at: readonly [number, number, Rgba]): void {
  const model = { temperature, condition: row.condition, night: row.night, state: row.state, warning: row.warning ?? null };
  if (row.template) blit(page, drawTemplateIcon(size, model), at[0], at[1], templateInk(at[2]));
  else blit(page, drawTrayIcon(model, size), at[0], at[1]);
}

function drawBlock(page: Page, size: number, top: number): void {
  drawLabel(page.set, `${size} px`, GAP, top, INK);
  const headTop = top + LABEL_HEIGHT + GAP;
  const rowsTop = headTop + LABEL_HEIGHT + GAP;
  PANELS.forEach(([name, colour], p) => {
    const left = ROW_LABEL + p * (halfWidth(size) + GAP);
    drawLabel(page.set, name, left, top, INK);
    fill(page, left, rowsTop - GAP / 2, halfWidth(size), SHEET_ROWS.length * rowHeight(size) + GAP, colour);
    SHEET_TEMPERATURES.forEach((t, c) => drawLabel(page.set, t === null ? 'none' : String(t), left + GAP + c * columnWidth(size), headTop, INK));
    SHEET_ROWS.forEach((row, r) => {
      const y = rowsTop + r * rowHeight(size);
      if (p === 0) drawLabel(page.set, row.label, GAP, y + Math.floor((size - LABEL_HEIGHT) / 2), INK);
      SHEET_TEMPERATURES.forEach((temperature, c) => {
        // With no places there is no temperature: one icon, in the "none" column. A template has no digits: one icon.
        if ((row.state === 'empty' && temperature !== null) || (row.template && c > 0)) return;
        drawRowIcon(page, row, temperature, size, [left + GAP + c * columnWidth(size), y, colour]);
      });
    });
  });
}

/** Every size in ICON_SIZES, one block under the other. */
export function drawContactSheet(sizes: readonly number[] = ICON_SIZES): Bitmap {
  const width = ROW_LABEL + 2 * (halfWidth(Math.max(...sizes)) + GAP);
  const height = sizes.reduce((sum, size) => sum + blockHeight(size), GAP);
  const page = createPage(width, height);
  let top = GAP;
  for (const size of sizes) {
    drawBlock(page, size, top);
    top += blockHeight(size);
  }
  return page.bitmap;
}
