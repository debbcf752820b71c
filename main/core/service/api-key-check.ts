// "Does this OpenWeatherMap key work?", answered with one geocoding request and nothing saved.
import type { Dispatcher } from 'undici';
import type { Clock } from '../clock.ts';
import { toWeatherError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { KeyTestResult } from './service-types.ts';
import { providerConfigFor, type Settings } from '../model/settings.ts';
import { createWeatherClient, type WeatherClient } from './weather-client.ts';

export type KeyCheckContext = Readonly<{ settings: Settings; dispatcher: Dispatcher; userAgent: string; clock: Clock; logger: Logger }>;

export async function testOpenWeatherMapKey(key: string | null, context: KeyCheckContext): Promise<KeyTestResult> {
  // The messages are codes for the log: the window words the outcome itself (keyTestWords).
  if (key === null || key.trim() === '') return { ok: false, message: 'no-key', error: null };
  let client: WeatherClient | null = null;
  try {
    client = createWeatherClient({
      config: providerConfigFor({ ...context.settings, provider: 'openweathermap' }, () => key.trim()),
      dispatcher: context.dispatcher,
      userAgent: context.userAgent,
      clock: context.clock,
      logger: context.logger,
      // One honest answer, not four attempts: a person is waiting on this button.
      retry: { maxAttempts: 1, backoff: { baseMs: 0, capMs: 0 }, maxRetryAfterMs: 0 },
    });
    // i18n-ignore: a probe query sent to the service, never shown
    await client.fetcher.search('London', { count: 1, language: 'en' });
    return { ok: true, message: 'accepted', error: null };
  } catch (error) {
    const refused = toWeatherError(error);
    return { ok: false, message: refused.message, error: refused.toInfo() };
  } finally {
    client?.close();
  }
}
