// The shell's smaller parts: tray rendering, protocol and security, login item, key store,
// notifications, sleep and network.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../main/core/logger.ts';
import { SafeStorageKeyStore, keyStorageKind } from '../../main/shell/api-key-store.ts';
import { resolveAppFile, serveApp } from '../../main/shell/app-protocol.ts';
import { applyLaunchAtLogin, autostartEntry } from '../../main/shell/login-item.ts';
import { Notifier } from '../../main/shell/notifier.ts';
import { watchPowerAndNetwork } from '../../main/shell/power-and-network.ts';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents } from '../../main/shell/security.ts';
import { TrayService } from '../../main/shell/tray-service.ts';
import { placeOnDisplays } from '../../main/shell/window-state.ts';
import { DEFAULT_SETTINGS } from '../../main/core/model/settings.ts';
import { buildTrayModel } from '../../main/tray/tray-model.ts';
import { place } from '../support/engine.ts';
import { startTestService } from '../support/service.ts';
import { STATUS, snapshotsFor } from '../support/snapshots.ts';
import { Notification, Tray, WebContents, app, powerMonitor, protocol, resetElectron, safeStorage, session } from './fake-electron.ts';

let dir: string;
beforeEach(() => {
  resetElectron();
  dir = mkdtempSync(join(tmpdir(), 'skytray-shell-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const noActions = { openPlace: () => {}, refresh: () => {}, open: () => {}, settings: () => {}, quit: () => {} };

describe('tray service', () => {
  it('sets icon, tooltip and menu, sets again only what changed, and always re-sets a changed menu', () => {
    const tray = new TrayService({ actions: noActions, platform: 'linux', factory: (image) => new Tray(image as never) as never });
    const snapshots = snapshotsFor(2);
    tray.render(buildTrayModel({ snapshots, status: STATUS, hasTitle: false }));
    const fake = Tray.all[0]!;
    expect(fake.image.representations.map((r) => r.scaleFactor)).toEqual([1, 2]);
    expect(fake.menuSets).toBe(1);
    tray.render(buildTrayModel({ snapshots, status: STATUS, hasTitle: false }));
    expect([fake.imageSets, fake.menuSets]).toEqual([0, 1]);
    tray.render(buildTrayModel({ snapshots, status: { ...STATUS, online: false }, hasTitle: false }));
    expect([fake.imageSets, fake.menuSets]).toEqual([1, 2]);
    expect(fake.title).toBeNull();
  });

  it('on macOS uses a template icon and the title for the temperature', () => {
    const tray = new TrayService({ actions: noActions, platform: 'darwin', factory: (image) => new Tray(image as never) as never });
    const model = buildTrayModel({ snapshots: snapshotsFor(1), status: STATUS, hasTitle: true });
    tray.render(model);
    expect(Tray.all[0]?.image.template).toBe(true);
    expect(Tray.all[0]?.title).toBe(model.title);
  });

  it('menu items and clicks (single or double) call the actions', () => {
    const calls: string[] = [];
    const actions = { openPlace: (id: number) => calls.push(`place ${id}`), refresh: () => calls.push('refresh'), open: () => calls.push('open'), settings: () => calls.push('settings'), quit: () => calls.push('quit') };
    const tray = new TrayService({ actions, platform: 'linux', factory: (image) => new Tray(image as never) as never });
    tray.render(buildTrayModel({ snapshots: snapshotsFor(2), status: STATUS, hasTitle: false }));
    const fake = Tray.all[0]!;
    for (const item of fake.menu!.template) item.click?.();
    fake.emit('click');
    fake.emit('double-click');
    expect(calls).toEqual(['place 1', 'place 2', 'refresh', 'open', 'settings', 'quit', 'open', 'open']);
  });
});

describe('app protocol and security', () => {
  it('serves only files inside the renderer folder', () => {
    const root = join(dir, 'renderer');
    expect(resolveAppFile('skytray://app/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('skytray://app/app.js', root)).toBe(join(root, 'app.js'));
    // The URL parser already resolves dot segments: these stay inside the folder.
    expect(resolveAppFile('skytray://app/../secret.js', root)).toBe(join(root, 'secret.js'));
    expect(resolveAppFile('skytray://app/%2e%2e/%2e%2e/etc/passwd.js', root)).toBe(join(root, 'etc', 'passwd.js'));
    // Encoded slashes would escape after decoding: refused. So are other origins, NULs, other types.
    for (const hostile of ['skytray://app/..%2f..%2fsecret.js', 'skytray://app/%2e%2e%2fsecret.js', 'skytray://other/app.js', 'skytray://user@app/app.js', 'file:///etc/passwd', 'skytray://app/a%00.js', 'skytray://app/notes.txt', 'skytray://app/%E0%A4%A.js']) {
      expect(resolveAppFile(hostile, root), hostile).toBeNull();
    }
  });

  it('answers with the strict Content-Security-Policy', async () => {
    const root = join(dir, 'renderer');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(root);
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    serveApp(root);
    const handler = protocol.handlers.get('skytray')!;
    const ok = await handler(new Request('skytray://app/index.html'));
    expect(ok.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
    expect((await handler(new Request('skytray://app/missing.js'))).status).toBe(404);
  });

  it('denies permissions, navigation away and new windows', () => {
    hardenSession(session.defaultSession as never);
    let granted: boolean | null = null;
    session.defaultSession.permissionRequest!(null, 'geolocation', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(session.defaultSession.permissionCheck!()).toBe(false);
    const contents = new WebContents();
    hardenWebContents(contents as never);
    const away = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    contents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.defaultPrevented).toBe(true);
    const inside = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    contents.emit('will-navigate', inside, 'skytray://app/index.html');
    expect(inside.defaultPrevented).toBe(false);
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('puts the window back only where a display still is', () => {
    const screenA = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(placeOnDisplays({ x: 100, y: 100, width: 420, height: 640 }, [screenA])).toEqual({ x: 100, y: 100, width: 420, height: 640 });
    expect(placeOnDisplays({ x: 3000, y: 100, width: 420, height: 640 }, [screenA])).toBeNull(); // that monitor is gone
    expect(placeOnDisplays({ x: 1800, y: 900, width: 420, height: 640 }, [screenA])).toEqual({ x: 1500, y: 440, width: 420, height: 640 });
    expect(placeOnDisplays(null, [screenA])).toBeNull();
  });
});

describe('launch at login', () => {
  it('writes and removes an XDG autostart entry on Linux', () => {
    const context = { platform: 'linux' as const, env: { XDG_CONFIG_HOME: dir }, home: '/nowhere', executable: '/opt/My Apps/Skytray.AppImage' };
    applyLaunchAtLogin(true, context);
    const file = join(dir, 'autostart', 'skytray.desktop');
    expect(readFileSync(file, 'utf8')).toBe(autostartEntry('/opt/My Apps/Skytray.AppImage'));
    expect(readFileSync(file, 'utf8')).toContain('Exec="/opt/My Apps/Skytray.AppImage" --hidden');
    applyLaunchAtLogin(false, context);
    expect(existsSync(file)).toBe(false);
  });

  it('uses the OS switch on macOS and Windows', () => {
    applyLaunchAtLogin(true, { platform: 'darwin', env: {}, home: dir, executable: '/Applications/Skytray.app' });
    expect(app.loginItem).toEqual({ openAtLogin: true, args: ['--hidden'] });
  });
});

describe('API key store', () => {
  it('keeps the key encrypted on disk and reads it back', async () => {
    const path = join(dir, 'key.bin');
    const store = await SafeStorageKeyStore.open(path, 'linux', silentLogger);
    expect(await store.set('  abc123  ')).toEqual({ set: true, storage: 'os-keychain' });
    expect(readFileSync(path, 'utf8')).not.toContain('abc123');
    expect((statSync(path).mode & 0o777).toString(8)).toBe('600');
    const again = await SafeStorageKeyStore.open(path, 'linux', silentLogger);
    expect(again.get()).toBe('abc123');
    await again.set(null);
    expect(existsSync(path)).toBe(false);
  });

  it('says when Linux falls back to plain text, and never writes the key without encryption', async () => {
    expect(keyStorageKind('linux', true, 'basic_text')).toBe('plain-text');
    expect(keyStorageKind('darwin', true, null)).toBe('os-keychain');
    safeStorage.available = false;
    const path = join(dir, 'key.bin');
    const store = await SafeStorageKeyStore.open(path, 'linux', silentLogger);
    expect(await store.set('abc123')).toEqual({ set: true, storage: 'unavailable' });
    expect(existsSync(path)).toBe(false);
    expect(store.get()).toBe('abc123');
  });

  it('asks for the key again when the saved one cannot be decrypted', async () => {
    const path = join(dir, 'key.bin');
    writeFileSync(path, 'garbage');
    const store = await SafeStorageKeyStore.open(path, 'linux', silentLogger);
    expect(store.status()).toEqual({ set: false, storage: 'os-keychain' });
  });
});

describe('notifications', () => {
  it('shows at most one per place and condition per cooldown, and none when not opted in', async () => {
    const clicked: number[] = [];
    const notifier = new Notifier((id) => clicked.push(id));
    const [s] = snapshotsFor(1);
    const hourly = s!.weather!.hourly.map((h, i) => (i === 1 ? { ...h, precipitationProbability: 90, condition: { code: 'rain' as const, text: 'Rain', icon: 'rain', severe: false } } : h));
    const weather = { ...s!.weather!, current: { ...s!.weather!.current, precipitation: 0, condition: { code: 'overcast' as const, text: 'Overcast', icon: 'overcast', severe: false } }, hourly };
    const optedIn = { ...s!, favourite: { ...s!.favourite, notify: true }, weather };
    const settings = { ...DEFAULT_SETTINGS.notifications, enabled: true, quietHours: null };
    const now = Date.parse(hourly[0]!.time) + 5 * 60_000;
    expect(notifier.check([{ ...optedIn, favourite: { ...optedIn.favourite, notify: false } }], settings, now)).toBe(0);
    expect(notifier.check([optedIn], settings, now)).toBe(1);
    expect(Notification.shown[0]?.options.title).toBe('Rain soon in Berlin');
    expect(Notification.shown[0]?.options.body).toMatch(/^Rain starting in about \d+ minutes \(90% chance\)\.$/);
    expect(notifier.check([optedIn], settings, now + 60_000)).toBe(0);
    Notification.shown[0]?.emit('click');
    expect(clicked).toEqual([1]);
    // A thunderstorm now: once, not again within the cooldown, again after it.
    const storm = { ...optedIn, weather: { ...weather, current: { ...weather.current, condition: { code: 'thunderstorm' as const, text: 'Thunderstorm', icon: 'thunderstorm', severe: true } } } };
    expect(notifier.check([storm], settings, now)).toBe(1);
    expect(Notification.shown[1]?.options).toMatchObject({ title: 'Thunderstorm in Berlin', body: 'Thunderstorm now.' });
    expect(notifier.check([storm], settings, now + (settings.cooldownMinutes - 1) * 60_000)).toBe(0);
    expect(notifier.check([storm], settings, now + settings.cooldownMinutes * 60_000)).toBe(1);
    // Never in quiet hours (here: all day).
    const quiet = { ...settings, quietHours: { start: '00:00', end: '23:59' } };
    expect(new Notifier(() => {}).check([storm], quiet, now)).toBe(0);
  });
});

describe('sleep and network', () => {
  it('sleep pauses refreshing; waking up brings exactly one refresh', async () => {
    const t = await startTestService();
    try {
      for (const name of ['Berlin', 'Tokyo', 'Lima']) t.service.addFavourite(place(name));
      await t.settle();
      const stop = watchPowerAndNetwork(t.service);
      powerMonitor.emit('suspend');
      const before = t.server.requests.length;
      await t.run(6 * 3600_000);
      expect(t.server.requests.length).toBe(before);
      powerMonitor.emit('resume');
      await t.run(60_000);
      expect(t.server.requests.length - before).toBe(1);
      stop();
      expect(powerMonitor.listenerCount('resume')).toBe(0);
    } finally {
      await t.close();
    }
  });
});
