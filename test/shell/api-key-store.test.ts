// The OpenWeatherMap key: encrypted on disk, read only when OpenWeatherMap needs it (the keychain
// can prompt or block on Linux), re-encrypted when the OS asks for it.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/core/logger.ts';
import { SafeStorageKeyStore, keyStorageKind } from '../../main/shell/api-key-store.ts';
import { Tray, resetElectron, safeStorage } from './fake-electron.ts';
import { appFixture, type AppFixture } from './start-app.ts';

let dir: string;
let f: AppFixture | null = null;
beforeEach(() => {
  resetElectron('linux');
  dir = mkdtempSync(join(tmpdir(), 'skytray-keys-'));
});
afterEach(async () => {
  await f?.close();
  f = null;
  rmSync(dir, { recursive: true, force: true });
});

const store = (path = join(dir, 'key.bin'), onLoaded?: () => void): SafeStorageKeyStore =>
  new SafeStorageKeyStore({ path, platform: 'linux', logger: silentLogger, ...(onLoaded ? { onLoaded } : {}) });
const keychainCalls = (): string[] => safeStorage.calls.filter((c) => c !== 'getSelectedStorageBackend');

describe('API key store', () => {
  it('keeps the key encrypted on disk and reads it back', async () => {
    const path = join(dir, 'key.bin');
    expect(await store(path).set('  abc123  ')).toEqual({ set: true, storage: 'os-keychain' });
    expect(readFileSync(path, 'utf8')).not.toContain('abc123');
    expect((statSync(path).mode & 0o777).toString(8)).toBe('600');
    const again = store(path);
    await again.load();
    expect(again.get()).toBe('abc123');
    await again.set(null);
    expect(existsSync(path)).toBe(false);
  });

  it('says when Linux falls back to plain text, and never writes the key without encryption', async () => {
    expect(keyStorageKind('linux', true, 'basic_text')).toBe('plain-text');
    expect(keyStorageKind('darwin', true, null)).toBe('os-keychain');
    safeStorage.available = false;
    const path = join(dir, 'key.bin');
    const keys = store(path);
    expect(await keys.set('abc123')).toEqual({ set: true, storage: 'unavailable' });
    expect(existsSync(path)).toBe(false);
    expect(keys.get()).toBe('abc123');
  });

  it('asks for the key again when the saved one cannot be decrypted', async () => {
    const path = join(dir, 'key.bin');
    writeFileSync(path, 'garbage');
    const keys = store(path);
    await keys.load();
    expect(keys.status()).toEqual({ set: false, storage: 'os-keychain' });
  });

  it('re-encrypts the saved key when the OS says it should', async () => {
    const path = join(dir, 'key.bin');
    await store(path).set('abc123');
    safeStorage.reEncrypt = true;
    safeStorage.calls = [];
    const keys = store(path);
    await keys.load();
    expect(keys.get()).toBe('abc123');
    expect(safeStorage.calls).toContain('encryptStringAsync');
  });

  it('reads the key when first asked for it, and says so once it is there', async () => {
    const path = join(dir, 'key.bin');
    await store(path).set('abc123');
    safeStorage.calls = [];
    let loaded = 0;
    const keys = store(path, () => loaded++);
    expect(keys.status().set).toBe(true); // from the file's presence: no keychain yet
    expect(keychainCalls()).toEqual([]);
    expect(keys.get()).toBeNull(); // starts reading
    await keys.load();
    expect([keys.get(), loaded]).toEqual(['abc123', 1]);
  });
});

describe('the keychain at start-up', () => {
  it('a keyless user (Open-Meteo, no key saved) never touches the keychain', async () => {
    f = await appFixture('linux');
    await f.seed(['Berlin']);
    const { service } = await f.start();
    await service.refresh();
    f.running?.windows.show();
    expect(keychainCalls()).toEqual([]);
  });

  it('an OpenWeatherMap user: the first refresh waits for the saved key, the tray does not', async () => {
    f = await appFixture('linux');
    await f.seed(['Berlin'], { provider: 'openweathermap', openWeatherMapUrl: f.server.origin });
    await store(join(f.dir, 'openweathermap-key.bin')).set('abc123');
    safeStorage.calls = [];
    let unlock = (): void => {};
    safeStorage.decryptGate = new Promise<void>((resolve) => (unlock = resolve));
    const { service } = await f.start(['--hidden']);
    expect(Tray.all).toHaveLength(1);
    await f.clock.advance(60_000); // the keyring has not answered yet
    expect(service.getSnapshots()[0]?.lastError).toBeNull();
    expect(f.server.requests).toHaveLength(0);
    unlock();
    await new Promise((r) => setTimeout(r, 20));
    await f.clock.advance(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(keychainCalls()).toContain('decryptStringAsync');
    // OpenWeatherMap's requests, not the air quality and warnings asked alongside.
    const forecasts = f.server.requests.filter((r) => /^\/(data|geo)\//.test(r.path));
    expect(forecasts.length).toBeGreaterThan(0);
    expect(forecasts.every((r) => r.query.get('appid') === 'abc123')).toBe(true);
    expect(service.getSnapshots()[0]?.lastError).toBeNull();
  });
});
