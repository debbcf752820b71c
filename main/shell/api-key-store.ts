// The OpenWeatherMap key, encrypted with the OS keychain through safeStorage and never logged.
// On Linux without a keychain safeStorage falls back to `basic_text`, which is barely better than
// plain text; the settings say so instead of pretending.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { safeStorage } from 'electron';
import type { Logger } from '../core/logger.ts';
import type { ApiKeyStatus, KeyStorage } from '../ipc/ipc-contract.ts';
import type { ApiKeyStore } from '../ipc/ipc-handlers.ts';

export function keyStorageKind(platform: NodeJS.Platform, encryptionAvailable: boolean, backend: string | null): KeyStorage {
  if (!encryptionAvailable) return 'unavailable';
  if (platform === 'linux' && (backend === 'basic_text' || backend === 'unknown')) return 'plain-text';
  return 'os-keychain';
}

export class SafeStorageKeyStore implements ApiKeyStore {
  #path: string;
  #logger: Logger;
  #storage: KeyStorage;
  #key: string | null = null;

  private constructor(path: string, logger: Logger, storage: KeyStorage) {
    this.#path = path;
    this.#logger = logger;
    this.#storage = storage;
  }

  /** Reads and decrypts the saved key, if any. Call after the app is ready. */
  static async open(path: string, platform: NodeJS.Platform, logger: Logger): Promise<SafeStorageKeyStore> {
    const available = await safeStorage.isAsyncEncryptionAvailable();
    const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null;
    const store = new SafeStorageKeyStore(path, logger, keyStorageKind(platform, available, backend));
    try {
      const { result } = await safeStorage.decryptStringAsync(readFileSync(path));
      store.#key = result || null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn('the saved OpenWeatherMap key could not be read; please enter it again');
    }
    return store;
  }

  status(): ApiKeyStatus {
    return { set: this.#key !== null, storage: this.#storage };
  }

  get(): string | null {
    return this.#key;
  }

  async set(key: string | null): Promise<ApiKeyStatus> {
    const trimmed = key?.trim() || null;
    if (trimmed === null) {
      rmSync(this.#path, { force: true });
    } else {
      if (this.#storage === 'unavailable') {
        // Without encryption the key lives in memory for this session only: never written in the clear.
        this.#logger.warn('no encryption available: the OpenWeatherMap key is kept until Skytray quits');
      } else {
        writeFileSync(this.#path, await safeStorage.encryptStringAsync(trimmed), { mode: 0o600 });
      }
    }
    this.#key = trimmed;
    return this.status();
  }
}
