// The shell's smaller parts: protocol and security, window placement, sleep and network.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveAppFile, serveApp } from '../../main/shell/app-protocol.ts';
import { watchPowerAndNetwork } from '../../main/shell/power-and-network.ts';
import { CONTENT_SECURITY_POLICY, hardenSession, hardenWebContents } from '../../main/shell/security.ts';
import { placeOnDisplays } from '../../main/shell/window-bounds.ts';
import { place } from '../support/engine.ts';
import { startTestService } from '../support/service.ts';
import { WebContents, powerMonitor, protocol, resetElectron, session } from './fake-electron.ts';

let dir: string;
beforeEach(() => {
  resetElectron();
  dir = mkdtempSync(join(tmpdir(), 'skytray-shell-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('app protocol and security', () => {
  it('serves only files inside the renderer folder', () => {
    const root = join(dir, 'renderer');
    expect(resolveAppFile('skytray://app/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('skytray://app/app.js', root)).toBe(join(root, 'app.js'));
    // The URL parser already resolves dot segments: these stay inside the folder.
    expect(resolveAppFile('skytray://app/../secret.js', root)).toBe(join(root, 'secret.js'));
    expect(resolveAppFile('skytray://app/%2e%2e/%2e%2e/etc/passwd.js', root)).toBe(join(root, 'etc', 'passwd.js'));
    // Encoded slashes would escape after decoding: refused. So are other origins, NULs, other types.
    for (const hostile of [
      'skytray://app/..%2f..%2fsecret.js',
      'skytray://app/%2e%2e%2fsecret.js',
      'skytray://other/app.js',
      'skytray://user@app/app.js',
      'file:///etc/passwd',
      'skytray://app/a%00.js',
      'skytray://app/notes.txt',
      'skytray://app/%E0%A4%A.js',
    ]) {
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
    const away = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    contents.emit('will-navigate', away, 'https://evil.example/');
    expect(away.defaultPrevented).toBe(true);
    const inside = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
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
