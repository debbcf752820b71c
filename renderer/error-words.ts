// A refusal or a failed fetch in the person's language. Main's messages are English for its logs;
// a weather error carries its code, service and status, which word it here instead.
import type { WeatherErrorCode } from '../main/core/errors.ts';
import type { KeyTestResult } from '../main/core/service/service-types.ts';
import type { IpcError } from '../main/ipc/ipc-contract.ts';
import type { StoreErrorCode } from '../main/core/store/store-error.ts';
import { errorText } from '../main/wording/error-text.ts';
import { storeText } from '../main/wording/store-text.ts';
import type { Wording } from '../main/wording/wording.ts';

const WEATHER_CODES: ReadonlySet<string> = new Set<WeatherErrorCode>([
  'network',
  'timeout',
  'rate-limited',
  'server',
  'bad-request',
  'auth',
  'not-found',
  'malformed',
  'too-large',
  'aborted',
  'invalid-input',
]);

const isWeatherCode = (code: string): code is WeatherErrorCode => WEATHER_CODES.has(code);

/** The database's codes that no weather error shares (its not-found and invalid-input do). */
const STORE_CODES: ReadonlySet<string> = new Set<StoreErrorCode>(['newer-schema', 'disk', 'corrupt', 'busy']);

const isStoreCode = (code: string): code is StoreErrorCode => STORE_CODES.has(code);

/**
 * The words for an error. A refused setting (invalid input with no detail) keeps main's sentence:
 * it names the rule broken, which the general "could not use a value" would lose.
 */
export function errorWords(wording: Wording, error: IpcError): string {
  if (error.code === 'internal') return wording.t('window.places.internalError');
  if (error.code === 'forbidden') return wording.t('error.request.forbidden');
  // The window's own arguments refused before the engine saw them (IpcArgError): no provider field,
  // which every WeatherError's info has. Its message names the argument, for the log.
  if (error.code === 'invalid-input' && error.provider === undefined) return wording.t('error.request.invalid');
  if (isStoreCode(error.code)) return storeText(wording, { code: error.code });
  if (!isWeatherCode(error.code) || error.provider === undefined) return error.message;
  if (error.code === 'invalid-input' && !error.detail) return error.message;
  return errorText(wording, { code: error.code, provider: error.provider, status: error.status ?? null, detail: error.detail ?? null });
}

/** What the key test found, from its outcome rather than main's English. */
export function keyTestWords(result: KeyTestResult, wording: Wording): string {
  if (result.ok) return wording.t('window.settings.key.accepted');
  return result.error ? errorText(wording, result.error) : wording.t('window.settings.key.enterFirst');
}
