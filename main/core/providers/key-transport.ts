// An API key goes with every request: it may only travel encrypted, or stay on this computer.
import { WeatherError } from '../errors.ts';

/** 127.0.0.0/8, ::1 and localhost: a self-hosted service or a test server on this machine. */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host === '::1') return true;
  const octets = host.split('.');
  return octets.length === 4 && octets[0] === '127' && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
}

/** The origin, when a key may be sent to it; otherwise a clear error saying why not. */
export function keyOrigin(origin: string, provider: string): URL {
  const url = new URL(origin);
  if (url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname))) return url;
  throw new WeatherError(
    'invalid-input',
    `${provider} sends your API key with every request, so its URL must use https (or point to this computer, like http://127.0.0.1): got ${url.origin}.`,
    { provider, detail: { kind: 'api-key-needs-https', origin: url.origin } },
  );
}
