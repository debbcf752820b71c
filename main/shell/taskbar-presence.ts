// Where the tray cannot be seen (or the user asks for it), Skytray stays reachable from the
// taskbar: on Windows and Linux closing the window minimises it instead of destroying it; on
// macOS the Dock icon stays, and clicking it ('activate') opens the window again.
// Hooked through app 'browser-window-created', so the window's own code need not know.
import { app, type BrowserWindow } from 'electron';

export type TaskbarPresenceOptions = Readonly<{
  platform: NodeJS.Platform;
  /** Read on every close: the user may change the setting while Skytray runs. */
  keepInTaskbar: () => boolean;
  quitting: () => boolean;
}>;

export class TaskbarPresence {
  #options: TaskbarPresenceOptions;
  /** Whether the Dock icon is wanted, as last applied; null before the first update. */
  #inDock: boolean | null = null;
  #onCreated = (_event: unknown, win: BrowserWindow): void => {
    win.on('close', (event) => {
      if (this.#options.platform === 'darwin' || this.#options.quitting() || !this.#options.keepInTaskbar()) return;
      event.preventDefault();
      win.minimize();
    });
  };

  constructor(options: TaskbarPresenceOptions) {
    this.#options = options;
    app.on('browser-window-created', this.#onCreated);
    this.update();
  }

  /**
   * Shows or hides the Dock icon to match, only when that changes: it is called on every settings
   * change, and each dock.show() is a call into the Dock for nothing. `app.dock` is `undefined`
   * outside macOS.
   */
  update(): void {
    const inDock = this.#options.keepInTaskbar();
    if (inDock === this.#inDock) return;
    this.#inDock = inDock;
    if (inDock) void app.dock?.show();
    else app.dock?.hide();
  }

  stop(): void {
    app.off('browser-window-created', this.#onCreated);
  }
}
