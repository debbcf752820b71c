// The 'electron' module as small fakes: just enough behaviour for the shell's tests, and records
// of what the shell did. Loaded for every test by test/setup/fake-electron.ts, so the real module
// (which downloads a binary) can never load.
import { EventEmitter } from 'node:events';
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fakePlatform, isMac, isWindows, setPlatform } from './fake-platform.ts';
import { Notification, dialog, net, powerMonitor, proxyRules, resetOsServices, safeStorage, session, shell } from './fake-os-services.ts';
import { Menu, NativeImage, Tray, nativeImage } from './fake-tray.ts';
import { screen } from './fake-screen.ts';
import { AppWithLanguages, defaultLanguages } from './fake-languages.ts';

export { Menu, NativeImage, Notification, Tray, dialog, nativeImage, net, powerMonitor, proxyRules, safeStorage, screen, session, shell };

type Listener = (...args: any[]) => void;

class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

/** `Electron.Settings` fields each OS reads (electron.d.ts: type/serviceName macOS, path/args/enabled/name Windows). */
const LOGIN_FIELDS: Record<string, string[]> = { darwin: ['openAtLogin', 'type', 'serviceName'], win32: ['openAtLogin', 'path', 'args', 'enabled', 'name'] };

class FakeApp extends AppWithLanguages {
  singleInstance = true;
  lockReleased = false;
  quitCount = 0;
  exitCode: number | null = null;
  userData = '';
  /** macOS Logs folder; elsewhere logs live inside userData (app.setAppLogsPath docs). */
  macLogs = '';
  dockHidden = false;
  /** Calls of dock.show(): each one can bounce the Dock icon and reorder it. */
  dockShows = 0;
  /** Each app.focus() call's options. */
  focusCalls: unknown[] = [];
  loginItem: Record<string, unknown> | null = null;
  /** macOS: whether this launch came from the login item (LoginItemSettings.wasOpenedAtLogin). */
  openedAtLogin = false;
  appUserModelId: string | null = null;
  /** Chromium's lock lives in userData: unwritable, it is refused as if held (electron/electron#33547, #33559). */
  requestSingleInstanceLock(): boolean {
    try {
      mkdirSync(this.userData, { recursive: true });
      accessSync(this.userData, constants.W_OK);
    } catch {
      return false;
    }
    return this.singleInstance;
  }
  releaseSingleInstanceLock(): void {
    this.lockReleased = true;
  }
  quit(): void {
    this.quitCount++;
    this.emit('before-quit', new FakeEvent());
  }
  exit(code: number): void {
    this.exitCode = code;
    // "All windows will be closed immediately without asking the user", and the lock goes with the process.
    this.lockReleased = true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  /** On every OS; `FocusOptions.steal` is `@platform darwin` (electron.d.ts). */
  focus(options?: { steal: boolean }): void {
    this.focusCalls.push(options);
  }
  /** "On failure, an Error is thrown"; 'logs' is created on first use (app.setAppLogsPath docs). */
  getPath(name: string): string {
    if (name !== 'logs') return this.userData;
    const logs = isMac() && this.macLogs ? this.macLogs : join(this.userData, 'logs');
    mkdirSync(logs, { recursive: true });
    return logs;
  }
  getVersion(): string {
    return '0.1.0';
  }
  /** `Dock` on macOS, `undefined` on all other platforms. */
  get dock(): { hide(): void; show(): Promise<void> } | undefined {
    if (!isMac()) return undefined;
    return { hide: () => void (this.dockHidden = true), show: async () => void ((this.dockHidden = false), this.dockShows++) };
  }
  /** `@platform win32`. */
  get setAppUserModelId(): ((id: string) => void) | undefined {
    return isWindows() ? (id: string) => void (this.appUserModelId = id) : undefined;
  }
  /** `@platform darwin,win32`; each OS reads only its own fields. */
  get setLoginItemSettings(): ((settings: Record<string, unknown>) => void) | undefined {
    const fields = LOGIN_FIELDS[fakePlatform.current];
    if (!fields) return undefined;
    return (settings) => void (this.loginItem = Object.fromEntries(Object.entries(settings).filter(([k]) => fields.includes(k))));
  }
  get getLoginItemSettings(): (() => Record<string, unknown>) | undefined {
    if (!LOGIN_FIELDS[fakePlatform.current]) return undefined;
    const openAtLogin = this.loginItem?.['openAtLogin'] === true;
    return () =>
      isMac()
        ? { openAtLogin, wasOpenedAtLogin: this.openedAtLogin, status: openAtLogin ? 'enabled' : 'not-registered' }
        : { openAtLogin, executableWillLaunchAtLogin: openAtLogin, launchItems: [] };
  }
  /**
   * The user starts Skytray again while it runs. Every OS emits 'second-instance' for a second
   * process; on macOS, opening the running app (Finder, Dock, Spotlight) starts no second process
   * and emits 'activate' (`@platform darwin`) instead.
   */
  userRelaunches(): void {
    if (isMac()) this.emit('activate', new FakeEvent(), false);
    else this.emit('second-instance', new FakeEvent(), [], '/', null);
  }
}

export const app = new FakeApp();

export class WebContents extends EventEmitter {
  sent: [string, unknown][] = [];
  mainFrame = { url: '', parent: null as unknown };
  loading = true;
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  isLoading(): boolean {
    return this.loading;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
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
    this.bounds = { x: Number(options['x'] ?? 100), y: Number(options['y'] ?? 100), width: Number(options['width']), height: Number(options['height']) };
    BrowserWindow.all.push(this);
    app.emit('browser-window-created', new FakeEvent(), this);
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
  minimized = false;
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {}
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return this.bounds;
  }
  /** The user (or code) closes it; a 'close' listener may preventDefault() to keep it. */
  close(): void {
    if (this.destroyed) return;
    const event = new FakeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }
  /** Gone at once: no 'close' event (BrowserWindow docs: destroy()). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

export const ipcMain = {
  handlers: new Map<string, Listener>(),
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  },
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  },
  /** What the renderer's invoke would get, sent from `frame`. */
  async invoke(channel: string, frame: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frame }, ...structuredClone(args));
  },
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    this.handlers.set(scheme, handler);
  },
};

export const nativeTheme = { shouldUseDarkColors: false };

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

export const ipcRenderer = new (class extends EventEmitter {
  invoked: [string, unknown[]][] = [];
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, args]);
    return { ok: true, value: channel };
  }
})();

/** Back to a freshly started process. */
export function resetElectron(platform: 'darwin' | 'win32' | 'linux' = 'linux'): void {
  setPlatform(platform);
  app.removeAllListeners();
  Object.assign(app, {
    singleInstance: true,
    lockReleased: false,
    quitCount: 0,
    exitCode: null,
    userData: '',
    macLogs: '',
    dockHidden: false,
    dockShows: 0,
    focusCalls: [],
    loginItem: null,
    openedAtLogin: false,
    appUserModelId: null,
    languages: defaultLanguages(platform),
    aboutPanel: null,
  });
  BrowserWindow.all = [];
  Tray.all = [];
  ipcMain.handlers.clear();
  resetOsServices();
  screen.reset();
  protocol.privileged = [];
  protocol.handlers.clear();
  contextBridge.exposed.clear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoked = [];
}

export default {
  app,
  BrowserWindow,
  nativeImage,
  Tray,
  Menu,
  ipcMain,
  powerMonitor,
  net,
  safeStorage,
  Notification,
  protocol,
  session,
  screen,
  nativeTheme,
  contextBridge,
  ipcRenderer,
  dialog,
  shell,
};
