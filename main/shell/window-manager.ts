// The window exists only while it is open: a tray app must not keep a renderer alive in the
// background. It is created on demand, destroyed on close, and reopens where it was.
import { BrowserWindow, app, screen } from 'electron';
import type { EventChannel, EventChannels, SkytrayEvent } from '../ipc/ipc-contract.ts';
import { APP_ORIGIN } from './app-origin.ts';
import type { SenderFrame } from './ipc-main.ts';
import { SECURE_WEB_PREFERENCES, hardenWebContents } from './security.ts';
import { DEFAULT_SIZE, MIN_SIZE, loadBounds, placeOnDisplays, saveBounds } from './window-bounds.ts';

export type WindowManagerOptions = Readonly<{
  preloadPath: string;
  /** Where the window's position is remembered. */
  statePath: string;
  backgroundColor: string;
  platform: NodeJS.Platform;
}>;

export class WindowManager {
  #options: WindowManagerOptions;
  #window: BrowserWindow | null = null;
  #pending: (() => void)[] = [];

  constructor(options: WindowManagerOptions) {
    this.#options = options;
  }

  get isOpen(): boolean {
    return this.#window !== null;
  }

  /** The frames allowed to talk to main: the open window's top frame, if any. */
  trustedFrames(): readonly SenderFrame[] {
    return this.#window ? [this.#window.webContents.mainFrame] : [];
  }

  /** Opens the window (or brings it forward), then tells it what to show. */
  show<C extends EventChannel>(then?: Readonly<{ channel: C; payload: EventChannels[C] }>): void {
    const win = this.#window ?? this.#create();
    if (then) {
      const send = (): void => win.webContents.send(then.channel, then.payload);
      if (win.webContents.isLoading()) this.#pending.push(send);
      else send();
    }
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    // With LSUIElement Skytray is an accessory app on macOS: showing and focusing the window does
    // not make the app active, so it can open behind the app in front. `FocusOptions.steal`
    // (`@platform darwin`) makes it active even when another app is.
    if (this.#options.platform === 'darwin') app.focus({ steal: true });
  }

  sendEvent(event: SkytrayEvent): void {
    const contents = this.#window?.webContents;
    if (contents && !contents.isDestroyed()) contents.send(event.channel, event.payload);
  }

  close(): void {
    this.#window?.close();
  }

  #create(): BrowserWindow {
    const workAreas = screen.getAllDisplays().map((d) => d.workArea);
    const bounds = placeOnDisplays(loadBounds(this.#options.statePath), workAreas);
    const win = new BrowserWindow({
      ...(bounds ?? DEFAULT_SIZE),
      minWidth: MIN_SIZE.width,
      minHeight: MIN_SIZE.height,
      show: false,
      // i18n-ignore: the product name
      title: 'Skytray',
      backgroundColor: this.#options.backgroundColor,
      // No taskbar entry is wanted while closed; while open, the window behaves like any other.
      skipTaskbar: false,
      autoHideMenuBar: true,
      webPreferences: { ...SECURE_WEB_PREFERENCES, preload: this.#options.preloadPath },
    });
    hardenWebContents(win.webContents);
    win.webContents.on('did-finish-load', () => {
      for (const send of this.#pending.splice(0)) send();
    });
    win.once('ready-to-show', () => win.show());
    win.on('close', () => saveBounds(this.#options.statePath, win.getNormalBounds()));
    win.on('closed', () => {
      this.#window = null;
      this.#pending = [];
    });
    void win.loadURL(`${APP_ORIGIN}/index.html`);
    this.#window = win;
    return win;
  }
}
