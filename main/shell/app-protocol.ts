// The window is served from skytray://app/, not file://: one origin we control, so the CSP and the
// IPC sender check have something exact to hold on to.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { protocol } from 'electron';
import { isAppUrl } from './app-origin.ts';
import { CONTENT_SECURITY_POLICY } from './security.ts';

const APP_SCHEME = 'skytray';

const TYPES: Record<string, string> = {
  // i18n-ignore: HTTP headers and bodies of the app protocol, read by the browser only
  '.html': 'text/html; charset=utf-8',
  // i18n-ignore: HTTP headers and bodies of the app protocol, read by the browser only
  '.js': 'text/javascript; charset=utf-8',
  // i18n-ignore: HTTP headers and bodies of the app protocol, read by the browser only
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** The file under `root` a request asks for, or null when it asks for anything else. */
export function resolveAppFile(requestUrl: string, root: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const url = new URL(requestUrl);
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = normalize(join(root, path === '/' ? 'index.html' : path));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  return TYPES[extname(file)] ? file : null;
}

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: false } }]);
}

export function serveApp(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, root);
    // i18n-ignore: HTTP headers and bodies of the app protocol, read by the browser only
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      // i18n-ignore: HTTP headers and bodies of the app protocol, read by the browser only
      return new Response('Not found', { status: 404 });
    }
  });
}
