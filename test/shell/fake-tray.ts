// Tray, Menu and nativeImage as Electron 45 documents them (https://electronjs.org/docs/api/tray,
// https://electronjs.org/docs/api/native-image), platform differences included.
import { EventEmitter } from 'node:events';
import { inflateSync, crc32 } from 'node:zlib';
import { isMac, isWindows } from './fake-platform.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a well-formed 8-bit RGBA PNG, or null: what Chromium would refuse. */
function decodePngSize(buffer: Buffer): { width: number; height: number } | null {
  if (buffer.length < 8 || !buffer.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  let offset = 8;
  let size: { width: number; height: number } | null = null;
  const data: Buffer[] = [];
  while (offset + 12 <= buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('ascii', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (body.length !== length || crc32(buffer.subarray(offset + 4, offset + 8 + length)) !== buffer.readUInt32BE(offset + 8 + length)) return null;
    if (type === 'IHDR') size = { width: body.readUInt32BE(0), height: body.readUInt32BE(4) };
    if (type === 'IDAT') data.push(body);
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (!size || data.length === 0) return null;
  try {
    const rows = inflateSync(Buffer.concat(data));
    return rows.length === size.height * (size.width * 4 + 1) ? size : null;
  } catch {
    return null;
  }
}

export class NativeImage {
  representations: { scaleFactor: number; width: number; height: number }[] = [];
  template = false;
  addRepresentation(options: { scaleFactor?: number; buffer?: Buffer }): void {
    const size = options.buffer ? decodePngSize(options.buffer) : null;
    if (size) this.representations.push({ scaleFactor: options.scaleFactor ?? 1, ...size });
  }
  isEmpty(): boolean {
    return this.representations.length === 0;
  }
  getSize(): { width: number; height: number } {
    const first = this.representations[0];
    return first ? { width: first.width, height: first.height } : { width: 0, height: 0 };
  }
  setTemplateImage(on: boolean): void {
    this.template = on;
  }
}

export const nativeImage = {
  /** "Tries to decode as PNG or JPEG first": a buffer that does not decode gives an empty image. */
  createFromBuffer(buffer: Buffer, options?: { scaleFactor?: number }): NativeImage {
    const image = new NativeImage();
    image.addRepresentation({ scaleFactor: options?.scaleFactor ?? 1, buffer });
    return image;
  },
  createEmpty: (): NativeImage => new NativeImage(),
};

/** What Menu.buildFromTemplate was given, as far as the tests look at it. */
export type FakeMenuItem = { label?: string; enabled?: boolean; type?: string; click?: () => void; submenu?: FakeMenuItem[] };

export class Tray extends EventEmitter {
  static all: Tray[] = [];
  image: NativeImage;
  imageSets = 0;
  tooltip = '';
  title: string | null = null;
  menu: { template: FakeMenuItem[] } | null = null;
  menuSets = 0;
  destroyed = false;
  constructor(image: NativeImage) {
    super();
    this.image = image;
    Tray.all.push(this);
  }
  setImage(image: NativeImage): void {
    this.image = image;
    this.imageSets++;
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }
  /** `@platform darwin`: nothing happens elsewhere. */
  setTitle(title: string): void {
    if (isMac()) this.title = title;
  }
  setContextMenu(menu: { template: FakeMenuItem[] }): void {
    this.menu = menu;
    this.menuSets++;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  /** A click; on Linux "an activation, which might not necessarily be left mouse click". */
  userClick(): void {
    this.emit('click', {}, { x: 0, y: 0, width: 16, height: 16 }, { x: 0, y: 0 });
  }
  /** 'double-click' is `@platform darwin,win32`: on Linux a double activation is just a click. */
  userDoubleClick(): void {
    if (isMac() || isWindows()) this.emit('double-click', {}, { x: 0, y: 0, width: 16, height: 16 });
    else this.userClick();
  }
}

export const Menu = { buildFromTemplate: (template: FakeMenuItem[]): { template: FakeMenuItem[] } => ({ template }) };
