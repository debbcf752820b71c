// The OpenWeatherMap key, encrypted with the OS keychain through safeStorage and never logged.
// The keychain is touched only when the key is needed: on Linux asking it can show a password
// prompt or block before the tray exists, and keyless users (Open-Meteo) never need it at all.
// On Linux without a keychain safeStorage falls back to `basic_text`, which is barely better than
// plain text; the settings say so instead of pretending.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { safeStorage } from 'electron';
import type { Logger } from '../core/logger.ts';
import type { ApiKeyStatus, KeyStorage } from '../ipc/ipc-contract.ts';
import type { ApiKeyStore } from '../ipc/ipc-handlers.ts';

export function keyStorageKind(platform: NodeJS.Platform, encryptionAvailable: boolean, backend: string | null): KeyStorage {
  if (!encryptionAvailable) return 'unavailable';
  if (platform === 'linux' && (backend === 'basic_text' || backend === 'unknown')) return 'plain-text';
  return 'os-keychain';
}

export type KeyStoreOptions = Readonly<{
  path: string;
  platform: NodeJS.Platform;
  logger: Logger;
  /** Called when a saved key has been read after the engine first asked for it. */
  onLoaded?: () => void;
}>;

export class SafeStorageKeyStore implements ApiKeyStore {
  #options: KeyStoreOptions;
  #key: string | null = null;
  /** Null until the keychain has been asked whether it can encrypt. */
  #available: boolean | null = null;
  #loading: Promise<void> | null = null;
  #loaded = false;

  constructor(options: KeyStoreOptions) {
    this.#options = options;
  }

  status(): ApiKeyStatus {
    // Before the keychain is asked, say what it will most likely be; getSelectedStorageBackend
    // (`@platform linux`) only reports the backend Chromium chose and prompts for nothing.
    const backend = this.#options.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
    const set = this.#loaded ? this.#key !== null : existsSync(this.#options.path);
    return { set, storage: keyStorageKind(this.#options.platform, this.#available ?? true, backend) };
  }

  /** The key, if it has been read; the first call starts reading it (see onLoaded). */
  get(): string | null {
    if (!this.#loaded) void this.load();
    return this.#key;
  }

  /** Reads and decrypts the saved key once; re-encrypts it when the OS asks for that. */
  load(): Promise<void> {
    this.#loading ??= this.#read().finally(() => {
      this.#loaded = true;
      if (this.#key !== null) this.#options.onLoaded?.();
    });
    return this.#loading;
  }

  async set(key: string | null): Promise<ApiKeyStatus> {
    await this.load();
    const trimmed = key?.trim() || null;
    if (trimmed === null) {
      rmSync(this.#options.path, { force: true });
    } else if (!(await this.#encryptionAvailable())) {
      // Without encryption the key lives in memory for this session only: never written in the clear.
      this.#options.logger.warn('no encryption available: the OpenWeatherMap key is kept until Skytray quits');
    } else {
      writeFileSync(this.#options.path, await safeStorage.encryptStringAsync(trimmed), { mode: 0o600 });
    }
    this.#key = trimmed;
    return this.status();
  }

  async #encryptionAvailable(): Promise<boolean> {
    this.#available ??= await safeStorage.isAsyncEncryptionAvailable();
    return this.#available;
  }

  async #read(): Promise<void> {
    let sealed: Buffer;
    try {
      sealed = readFileSync(this.#options.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        this.#options.logger.warn('the saved OpenWeatherMap key could not be read; please enter it again');
      return;
    }
    try {
      await this.#encryptionAvailable();
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(sealed);
      this.#key = result || null;
      // The OS rotated its key or offers a stronger one (DecryptStringAsyncReturnValue docs):
      // seal the key again so it stays readable.
      if (shouldReEncrypt && this.#key) writeFileSync(this.#options.path, await safeStorage.encryptStringAsync(this.#key), { mode: 0o600 });
    } catch {
      this.#options.logger.warn('the saved OpenWeatherMap key could not be decrypted; please enter it again');
    }
  }
}
