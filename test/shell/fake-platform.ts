// The OS the fake 'electron' pretends to run on. Tests choose it; Electron's own typings
// (node_modules/electron/electron.d.ts, `@platform` tags) say what exists where.
export type FakePlatform = 'darwin' | 'win32' | 'linux';

export const fakePlatform = { current: 'linux' as FakePlatform };

export function setPlatform(platform: FakePlatform): void {
  fakePlatform.current = platform;
}

export const isMac = (): boolean => fakePlatform.current === 'darwin';
export const isWindows = (): boolean => fakePlatform.current === 'win32';
