// safeStorage, Notification, dialog, shell, session, powerMonitor and net as Electron 45 documents
// them (https://electronjs.org/docs/api/safe-storage, .../notification, .../dialog, .../shell,
// .../session, .../power-monitor, .../net), with records of what the shell did.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { fakePlatform, isWindows } from './fake-platform.ts';

type Backend = 'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

/** The keychain. Every call is counted: touching it can prompt or block on Linux. */
export const safeStorage = {
  available: true,
  backend: 'gnome_libsecret' as Backend,
  /** What the next decrypt reports: the OS rotated its key, or a better one became available. */
  reEncrypt: false,
  /** While set, decryption waits for it: a keyring that takes its time (or a password prompt). */
  decryptGate: null as Promise<void> | null,
  calls: [] as string[],
  async isAsyncEncryptionAvailable(): Promise<boolean> {
    this.calls.push('isAsyncEncryptionAvailable');
    return this.available;
  },
  /** Deprecated in 45 in favour of isAsyncEncryptionAvailable, still present. */
  isEncryptionAvailable(): boolean {
    this.calls.push('isEncryptionAvailable');
    return this.available;
  },
  async encryptStringAsync(text: string): Promise<Buffer> {
    this.calls.push('encryptStringAsync');
    if (!this.available) throw new Error('Error while encrypting the text provided to safeStorage.encryptString. Encryption is not available.');
    return Buffer.from(`sealed:${Buffer.from(text).toString('base64')}`);
  },
  async decryptStringAsync(data: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    this.calls.push('decryptStringAsync');
    await this.decryptGate;
    const text = data.toString();
    if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return { shouldReEncrypt: this.reEncrypt, result: Buffer.from(text.slice(7), 'base64').toString() };
  },
};
/** `@platform linux` only: the method does not exist elsewhere. */
Object.defineProperty(safeStorage, 'getSelectedStorageBackend', {
  enumerable: true,
  get: () =>
    fakePlatform.current === 'linux'
      ? (): Backend => {
          safeStorage.calls.push('getSelectedStorageBackend');
          return safeStorage.backend;
        }
      : undefined,
});

type Activation = { type: string; arguments: string };

export class Notification extends EventEmitter {
  static shown: Notification[] = [];
  static supported = true;
  static activationHandler: ((details: Activation) => void) | null = null;
  /** Activations that came before a handler was registered (handleActivation replays them). */
  static pendingActivations: Activation[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }
  /**
   * `@platform win32` (electron.d.ts): called for every click "regardless of whether the original
   * Notification object is still in memory", at once for activations that came before.
   */
  static get handleActivation(): ((callback: (details: Activation) => void) => void) | undefined {
    if (!isWindows()) return undefined;
    return (callback) => {
      Notification.activationHandler = callback;
      for (const details of Notification.pendingActivations.splice(0)) callback(details);
    };
  }
  /**
   * Windows: the user clicks a toast in the Action Center, whether or not its object still exists.
   * Electron's launch arguments are `type=click&tag=<id>` (windows_toast_notification.cc, as read in
   * RocketChat/Rocket.Chat.Electron#3464).
   */
  static clickInActionCenter(id: string): void {
    const details = { type: 'click', arguments: `type=click&tag=${id}` };
    if (Notification.activationHandler) Notification.activationHandler(details);
    else Notification.pendingActivations.push(details);
  }
  options: { title: string; body: string; id?: string; icon?: unknown };
  /** "Defaults to a random UUID if not provided or if an empty string is passed" (darwin, win32). */
  readonly id: string;
  constructor(options: { title: string; body: string; id?: string; icon?: unknown }) {
    super();
    this.options = options;
    this.id = options.id || randomUUID();
  }
  show(): void {
    Notification.shown.push(this);
  }
  /** The user clicks the toast while it shows; on Windows the activation callback hears of it too. */
  click(): void {
    this.emit('click', {});
    if (isWindows()) Notification.clickInActionCenter(this.id);
  }
  /** The user dismissed it, or it timed out ('close' "is not guaranteed to be emitted in all cases"). */
  dismiss(): void {
    this.emit('close', { reason: 'userCanceled' });
  }
  /** Windows: 'close' "via system timeout"; the toast stays in the Action Center and can still be clicked. */
  timeOut(): void {
    this.emit('close', {});
  }
}

export const dialog = {
  errorBoxes: [] as { title: string; content: string }[],
  /** "Can be called safely before the ready event"; on Linux before ready it prints to stderr. */
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  },
};

export const shell = {
  shownInFolder: [] as string[],
  opened: [] as string[],
  showItemInFolder(fullPath: string): void {
    this.shownInFolder.push(fullPath);
  },
  async openPath(path: string): Promise<string> {
    this.opened.push(path);
    return '';
  },
};

/** What `session.resolveProxy` answers, in Chromium's PAC form ("DIRECT", "PROXY host:port; DIRECT"). */
export const proxyRules = { answer: (_url: string): string => 'DIRECT', asked: [] as string[] };

export const session = {
  defaultSession: {
    permissionRequest: null as null | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | (() => boolean),
    setPermissionRequestHandler(h: (c: unknown, p: string, cb: (ok: boolean) => void) => void): void {
      this.permissionRequest = h;
    },
    setPermissionCheckHandler(h: () => boolean): void {
      this.permissionCheck = h;
    },
    async resolveProxy(url: string): Promise<string> {
      proxyRules.asked.push(url);
      return proxyRules.answer(url);
    },
  },
};

export const powerMonitor = new EventEmitter();

export const net = {
  online: true,
  isOnline(): boolean {
    return this.online;
  },
};

export function resetOsServices(): void {
  Object.assign(safeStorage, { available: true, backend: 'gnome_libsecret', reEncrypt: false, decryptGate: null, calls: [] });
  Notification.shown = [];
  Notification.supported = true;
  Notification.activationHandler = null;
  Notification.pendingActivations = [];
  dialog.errorBoxes = [];
  shell.shownInFolder = [];
  shell.opened = [];
  proxyRules.answer = () => 'DIRECT';
  proxyRules.asked = [];
  session.defaultSession.permissionRequest = null;
  session.defaultSession.permissionCheck = null;
  powerMonitor.removeAllListeners();
  net.online = true;
}
