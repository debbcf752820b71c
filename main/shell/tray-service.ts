// The tray as a small state-driven service: render() derives icon, title, tooltip and menu from
// the model and sets only what changed. A changed menu is built anew and set again: items changed
// in place are not shown on Linux (electron/electron#1473), nor anywhere reliably (#10951).
import { Menu, nativeImage, screen, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import { encodePng } from '../tray/png.ts';
import { drawTemplateIcon, drawTrayIcon, templateKey } from '../tray/tray-icon.ts';
import type { TrayIconModel, TrayMenuItem, TrayModel } from '../tray/tray-model.ts';

export type TrayActions = Readonly<{
  openPlace(favouriteId: number): void;
  refresh(): void;
  open(): void;
  settings(): void;
  quit(): void;
}>;

export type TrayFactory = (image: NativeImage) => Tray;

/**
 * Windows makes the tray's icon from the 1× representation alone, whatever else the image holds
 * (Tray::SetImage calls NativeImage::GetHICON, which converts image.AsBitmap(); more sizes are
 * electron/electron#33044, still open). So the 1× is drawn at the notification area's own pixel
 * size, 16 × the display scale (24 at 150 %), and Windows never resamples the digits.
 */
function windowsIconImage(icon: TrayIconModel, displayScale: number): NativeImage {
  const size = Math.max(16, Math.round(16 * displayScale));
  const image = nativeImage.createEmpty();
  image.addRepresentation({ scaleFactor: 1, width: size, height: size, buffer: encodePng(drawTrayIcon(icon, size)) });
  return image;
}

/**
 * One image with a drawing per scale factor, so each display gets pixels drawn for its own grid
 * instead of a blurred resize: 22 px on Linux StatusNotifier panels (44 at 2×; Chromium's item
 * sends the 1× pixmap only today, so the 2× waits for that), a 16 px template on macOS (32 at 2×)
 * beside the title. Windows: see windowsIconImage. `displayScale` is the primary display's, where
 * the taskbar is, unless given.
 */
export function iconImage(icon: TrayIconModel, template: boolean, platform: NodeJS.Platform = process.platform, displayScale?: number): NativeImage {
  if (!template && platform === 'win32') return windowsIconImage(icon, displayScale ?? screen.getPrimaryDisplay().scaleFactor);
  const base = template ? 16 : 22;
  const image = nativeImage.createEmpty();
  for (const scaleFactor of [1, 2]) {
    const size = base * scaleFactor;
    const bitmap = template ? drawTemplateIcon(size, icon) : drawTrayIcon(icon, size);
    image.addRepresentation({ scaleFactor, width: size, height: size, buffer: encodePng(bitmap) });
  }
  if (template) image.setTemplateImage(true);
  return image;
}

function menuTemplate(items: readonly TrayMenuItem[], actions: TrayActions): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'info':
        return { label: item.label, enabled: false };
      case 'place':
        return { label: item.label, click: () => actions.openPlace(item.favouriteId) };
      case 'action':
        return { label: item.label, enabled: item.enabled, click: () => actions[item.action]() };
      case 'submenu':
        return { label: item.label, submenu: menuTemplate(item.items, actions) };
    }
  });
}

export class TrayService {
  #tray: Tray | null = null;
  #factory: TrayFactory;
  #actions: TrayActions;
  #useTitle: boolean;
  #platform: NodeJS.Platform;
  #last: { icon: string; title: string | null; tooltip: string; menu: string } | null = null;

  constructor(options: Readonly<{ factory?: TrayFactory; actions: TrayActions; platform: NodeJS.Platform }>) {
    this.#factory = options.factory ?? ((image) => new Tray(image));
    this.#actions = options.actions;
    // Only macOS shows a title beside tray icons; elsewhere the temperature is drawn into the icon.
    this.#useTitle = options.platform === 'darwin';
    this.#platform = options.platform;
  }

  render(model: TrayModel): void {
    // Windows' icon is drawn for the display scale: a new scale is a new icon (display-scale.ts).
    const scale = this.#platform === 'win32' ? screen.getPrimaryDisplay().scaleFactor : 1;
    const iconKey = this.#useTitle ? templateKey(model.icon) : `${JSON.stringify(model.icon)} @${scale}`;
    const menuKey = JSON.stringify(model.menu);
    if (!this.#tray) {
      this.#tray = this.#factory(iconImage(model.icon, this.#useTitle, this.#platform));
      // Both open the window. 'double-click' exists on macOS and Windows only (electron.d.ts);
      // on Linux 'click' is any activation of the StatusNotifierItem, single or double.
      this.#tray.on('click', () => this.#actions.open());
      this.#tray.on('double-click', () => this.#actions.open());
    } else if (this.#last?.icon !== iconKey) {
      this.#tray.setImage(iconImage(model.icon, this.#useTitle, this.#platform));
    }
    if (this.#useTitle && this.#last?.title !== model.title) this.#tray.setTitle(model.title ?? '');
    if (this.#last?.tooltip !== model.tooltip) this.#tray.setToolTip(model.tooltip);
    if (this.#last?.menu !== menuKey) this.#tray.setContextMenu(Menu.buildFromTemplate(menuTemplate(model.menu, this.#actions)));
    this.#last = { icon: iconKey, title: model.title, tooltip: model.tooltip, menu: menuKey };
  }

  destroy(): void {
    this.#tray?.destroy();
    this.#tray = null;
    this.#last = null;
  }
}
