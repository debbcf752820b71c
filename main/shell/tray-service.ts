// The tray as a small state-driven service: render() derives icon, title, tooltip and menu from
// the model and sets only what changed. A changed menu is built anew and set again: items changed
// in place are not shown on Linux (electron/electron#1473), nor anywhere reliably (#10951).
import { Menu, nativeImage, Tray, type MenuItemConstructorOptions, type NativeImage } from 'electron';
import { encodePng } from '../tray/png.ts';
import { drawTemplateIcon, drawTrayIcon } from '../tray/tray-icon.ts';
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
 * One image with a drawing per scale factor, so each display gets pixels drawn for its own grid
 * instead of a blurred resize (scale factors as in Electron's nativeImage docs, "High Resolution
 * Image"). Windows asks for 16 px at 100-400 % (20, 24, 32, 40, 48, 64); Linux StatusNotifier
 * panels for 22 px (44 at 2×); macOS for a 16 px template (32 at 2×) beside the title.
 */
export function iconImage(icon: TrayIconModel, template: boolean, platform: NodeJS.Platform = process.platform): NativeImage {
  const base = template ? 16 : platform === 'win32' ? 16 : 22;
  const scales = template || platform !== 'win32' ? [1, 2] : [1, 1.25, 1.5, 2, 2.5, 3, 4];
  const image = nativeImage.createEmpty();
  for (const scaleFactor of scales) {
    const size = base * scaleFactor;
    const bitmap = template ? drawTemplateIcon(size) : drawTrayIcon(icon, size);
    image.addRepresentation({ scaleFactor, width: size, height: size, buffer: encodePng(bitmap) });
  }
  if (template) image.setTemplateImage(true);
  return image;
}

export function menuTemplate(items: readonly TrayMenuItem[], actions: TrayActions): MenuItemConstructorOptions[] {
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
    }
  });
}

export class TrayService {
  #tray: Tray | null = null;
  #factory: TrayFactory;
  #actions: TrayActions;
  #useTitle: boolean;
  #last: { icon: string; title: string | null; tooltip: string; menu: string } | null = null;

  constructor(options: Readonly<{ factory?: TrayFactory; actions: TrayActions; platform: NodeJS.Platform }>) {
    this.#factory = options.factory ?? ((image) => new Tray(image));
    this.#actions = options.actions;
    // Only macOS shows a title beside tray icons; elsewhere the temperature is drawn into the icon.
    this.#useTitle = options.platform === 'darwin';
  }

  render(model: TrayModel): void {
    const iconKey = this.#useTitle ? 'template' : JSON.stringify(model.icon);
    const menuKey = JSON.stringify(model.menu);
    if (!this.#tray) {
      this.#tray = this.#factory(iconImage(model.icon, this.#useTitle));
      // Both open the window. 'double-click' exists on macOS and Windows only (electron.d.ts);
      // on Linux 'click' is any activation of the StatusNotifierItem, single or double.
      this.#tray.on('click', () => this.#actions.open());
      this.#tray.on('double-click', () => this.#actions.open());
    } else if (this.#last?.icon !== iconKey) {
      this.#tray.setImage(iconImage(model.icon, this.#useTitle));
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
