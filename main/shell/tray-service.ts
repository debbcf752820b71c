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

export function iconImage(icon: TrayIconModel, template: boolean): NativeImage {
  const at16 = template ? drawTemplateIcon(16) : drawTrayIcon(icon, 16);
  const at32 = template ? drawTemplateIcon(32) : drawTrayIcon(icon, 32);
  const image = nativeImage.createFromBuffer(encodePng(at16), { scaleFactor: 1 });
  image.addRepresentation({ scaleFactor: 2, buffer: encodePng(at32) });
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
