// The 'electron' module as small fakes: just enough behaviour for the shell's tests, and records
// of what the shell did. Loaded for every test by test/setup/fake-electron.ts, so the real module
// (which downloads a binary) can never load.
import { EventEmitter } from 'node:events';

type Listener = (...args: any[]) => void;

class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export const app = new (class FakeApp extends EventEmitter {
  singleInstance = true;
  quitCount = 0;
  exitCode: number | null = null;
  userData = '';
  dock = { hidden: false, hide(): void { this.hidden = true; } };
  loginItem: unknown = null;
  requestSingleInstanceLock(): boolean { return this.singleInstance; }
  quit(): void {
    this.quitCount++;
    this.emit('before-quit', new FakeEvent());
  }
  exit(code: number): void { this.exitCode = code; }
  whenReady(): Promise<void> { return Promise.resolve(); }
  getPath(): string { return this.userData; }
  getVersion(): string { return '0.1.0'; }
  setLoginItemSettings(settings: unknown): void { this.loginItem = settings; }
})();

export class WebContents extends EventEmitter {
  sent: [string, unknown][] = [];
  mainFrame = { url: '', parent: null as unknown };
  loading = true;
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  isLoading(): boolean { return this.loading; }
  isDestroyed(): boolean { return this.destroyed; }
  send(channel: string, payload: unknown): void { this.sent.push([channel, payload]); }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void { this.windowOpenHandler = handler; }
}

export class BrowserWindow extends EventEmitter {
  static all: BrowserWindow[] = [];
  options: Record<string, any>;
  webContents = new WebContents();
  visible = false;
  destroyed = false;
  bounds: { x: number; y: number; width: number; height: number };
  constructor(options: Record<string, any>) {
    super();
    this.options = options;
    this.bounds = { x: options['x'] ?? 100, y: options['y'] ?? 100, width: options['width'], height: options['height'] };
    BrowserWindow.all.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.webContents.mainFrame.url = url;
    setImmediate(() => {
      this.webContents.loading = false;
      this.webContents.emit('did-finish-load');
      this.emit('ready-to-show');
    });
    return Promise.resolve();
  }
  show(): void { this.visible = true; }
  focus(): void {}
  isMinimized(): boolean { return false; }
  restore(): void {}
  isDestroyed(): boolean { return this.destroyed; }
  getNormalBounds(): { x: number; y: number; width: number; height: number } { return this.bounds; }
  close(): void {
    if (this.destroyed) return;
    this.emit('close', new FakeEvent());
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

export class NativeImage {
  representations: { scaleFactor: number; buffer: Buffer }[] = [];
  template = false;
  constructor(buffer: Buffer, scaleFactor: number) { this.representations.push({ scaleFactor, buffer }); }
  addRepresentation(r: { scaleFactor: number; buffer: Buffer }): void { this.representations.push(r); }
  setTemplateImage(on: boolean): void { this.template = on; }
}

export const nativeImage = {
  createFromBuffer: (buffer: Buffer, options?: { scaleFactor?: number }): NativeImage => new NativeImage(buffer, options?.scaleFactor ?? 1),
};

export class Tray extends EventEmitter {
  static all: Tray[] = [];
  image: NativeImage;
  imageSets = 0;
  tooltip = '';
  title: string | null = null;
  menu: { template: any[] } | null = null;
  menuSets = 0;
  destroyed = false;
  constructor(image: NativeImage) {
    super();
    this.image = image;
    Tray.all.push(this);
  }
  setImage(image: NativeImage): void { this.image = image; this.imageSets++; }
  setToolTip(tooltip: string): void { this.tooltip = tooltip; }
  setTitle(title: string): void { this.title = title; }
  setContextMenu(menu: { template: any[] }): void { this.menu = menu; this.menuSets++; }
  destroy(): void { this.destroyed = true; }
}

export const Menu = { buildFromTemplate: (template: any[]): { template: any[] } => ({ template }) };

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void { this.handlers.delete(channel); },
  /** What the renderer's invoke would get, sent from `frame`. */
  async invoke(channel: string, frame: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frame }, ...structuredClone(args));
  },
};

export const powerMonitor = new EventEmitter();

export const net = { online: true, isOnline(): boolean { return this.online; } };

export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as string,
  async isAsyncEncryptionAvailable(): Promise<boolean> { return this.available; },
  getSelectedStorageBackend(): string { return this.backend; },
  async encryptStringAsync(text: string): Promise<Buffer> { return Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`); },
  async decryptStringAsync(data: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    const text = data.toString();
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return { shouldReEncrypt: false, result: Buffer.from(text.slice(7), 'base64').toString() };
  },
};

export class Notification extends EventEmitter {
  static shown: Notification[] = [];
  static isSupported(): boolean { return true; }
  options: { title: string; body: string };
  constructor(options: { title: string; body: string }) {
    super();
    this.options = options;
  }
  show(): void { Notification.shown.push(this); }
}

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void { this.privileged.push(...schemes); },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void { this.handlers.set(scheme, handler); },
};

export const session = {
  defaultSession: {
    permissionRequest: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | (() => boolean),
    setPermissionRequestHandler(h: (c: unknown, p: string, cb: (ok: boolean) => void) => void): void { this.permissionRequest = h; },
    setPermissionCheckHandler(h: () => boolean): void { this.permissionCheck = h; },
  },
};

export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getAllDisplays(): { workArea: { x: number; y: number; width: number; height: number } }[] { return this.displays; },
};

export const nativeTheme = { shouldUseDarkColors: false };

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void { this.exposed.set(key, api); },
};

export const ipcRenderer = new (class extends EventEmitter {
  invoked: [string, unknown[]][] = [];
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, args]);
    return { ok: true, value: channel };
  }
})();

/** Back to a freshly started process. */
export function resetElectron(): void {
  app.removeAllListeners();
  Object.assign(app, { singleInstance: true, quitCount: 0, exitCode: null, userData: '', loginItem: null });
  app.dock.hidden = false;
  BrowserWindow.all = [];
  Tray.all = [];
  Notification.shown = [];
  ipcMain.handlers.clear();
  powerMonitor.removeAllListeners();
  net.online = true;
  Object.assign(safeStorage, { available: true, backend: 'gnome_libsecret' });
  protocol.privileged = [];
  protocol.handlers.clear();
  session.defaultSession.permissionRequest = null;
  session.defaultSession.permissionCheck = null;
  contextBridge.exposed.clear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoked = [];
}

export default { app, BrowserWindow, nativeImage, Tray, Menu, ipcMain, powerMonitor, net, safeStorage, Notification, protocol, session, screen, nativeTheme, contextBridge, ipcRenderer };
