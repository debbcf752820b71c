// What each invoke channel does, over the service and the key store, with arguments already
// narrowed by ipc-args.ts. No Electron here: the shell registers these with ipcMain after its
// sender check, the browser harness serves them over loopback, and tests call them directly.
import { WeatherError } from '../core/errors.ts';
import type { Logger } from '../core/logger.ts';
import { StoreError } from '../core/store/store-error.ts';
import type { WeatherService } from '../core/service/weather-service.ts';
import { IpcArgError, checkArgs, isInvokeChannel } from './ipc-args.ts';
import type { ApiKeyStatus, InvokeArgs, InvokeChannel, InvokeValue, Result, SettingsState } from './ipc-contract.ts';
import { isWarningLink } from './warning-links.ts';
import { toSettingsState } from './settings-state.ts';

/** The user's OpenWeatherMap key, kept by the shell (encrypted where the OS allows). */
export interface ApiKeyStore {
  status(): ApiKeyStatus;
  get(): string | null;
  set(key: string | null): Promise<ApiKeyStatus>;
}

export type HandlerDeps = Readonly<{
  service: WeatherService;
  apiKeys: ApiKeyStore;
  /** The diagnostics as text to paste into a bug report, with no secrets in it. */
  report: () => string;
  /** Shows the log file in the file manager: null when shown, else words for a person. */
  showLog: () => Promise<string | null>;
  logger: Logger;
  /** Opens a web page in the system's browser (Electron's shell.openExternal). @default refuses: nothing to open with */
  openExternal?: (url: string) => Promise<void>;
  /** The system's languages as main reads them, passed on to the window with the settings. @default none: the window follows its own */
  systemLanguages?: readonly string[];
}>;

/** One handler per invoke channel, taking the arguments the guards in ipc-args.ts let through. */
export type IpcHandlers = { readonly [C in InvokeChannel]: (...args: InvokeArgs<C>) => InvokeValue<C> | Promise<InvokeValue<C>> };

export function createHandlers({ service, apiKeys, report, showLog, openExternal, systemLanguages }: HandlerDeps): IpcHandlers {
  const settingsState = (): SettingsState => toSettingsState(service.getSettings(), apiKeys.status(), systemLanguages);
  return {
    'favourites:list': () => service.listFavourites(),
    'favourites:add': (place) => service.addFavourite(place),
    'favourites:remove': (id) => (service.removeFavourite(id), null),
    'favourites:restore': (removed) => service.restoreFavourite(removed),
    'favourites:move': (id, position) => (service.moveFavourite(id, position), null),
    'favourites:set-primary': (id) => (service.setPrimary(id), null),
    'favourites:set-notify': (id, notify) => (service.setNotify(id, notify), null),
    'places:search': (query, language) => service.searchPlaces(query, language),
    'weather:snapshots': () => service.getSnapshots(),
    'weather:refresh': (ids) => service.refresh(ids ?? undefined),
    'weather:extras': (ids) => service.placeExtras(ids ?? undefined),
    'weather:saved-extras': () => service.getExtras(),
    'app:open-link': async (url) => {
      if (!isWarningLink(service.getExtras(), url)) throw new IpcArgError('Skytray opens only the links of the warnings it shows.'); // i18n-ignore: IPC refusal for the log; the window words it from its code
      if (!openExternal) throw new IpcArgError('Links cannot be opened here.'); // i18n-ignore: IPC refusal for the log; the window words it from its code
      await openExternal(url);
      return null;
    },
    'settings:get': settingsState,
    'settings:update': (patch) => (service.updateSettings(patch), settingsState()),
    'settings:set-api-key': async (key) => {
      const status = await apiKeys.set(key);
      service.apiKeyChanged();
      return status;
    },
    'settings:test-api-key': (key) => service.testApiKey(key ?? apiKeys.get()),
    'settings:refresh-advice': () => service.refreshAdvice(),
    'app:status': () => service.status(),
    'diagnostics:get': () => service.diagnostics(),
    'diagnostics:report': () => report(),
    'diagnostics:show-log': () => showLog(),
  };
}

/**
 * Runs one request from the window: an unknown channel or bad arguments are refused before the
 * service sees them; every outcome is an envelope.
 */
export async function dispatch(handlers: IpcHandlers, channel: unknown, args: readonly unknown[], logger: Logger): Promise<Result<unknown>> {
  try {
    if (!isInvokeChannel(channel)) throw new IpcArgError(`Unknown request "${String(channel).slice(0, 60)}".`); // i18n-ignore: IPC refusal for the log; the window words it from its code
    const checked = checkArgs(channel, args);
    const handler = handlers[channel] as (...a: unknown[]) => unknown;
    return { ok: true, value: await handler(...checked) };
  } catch (error) {
    if (error instanceof WeatherError) return { ok: false, error: error.toInfo() };
    if (error instanceof IpcArgError || error instanceof StoreError) {
      return { ok: false, error: { code: error.code, message: error.message } };
    }
    logger.error(`${String(channel)} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Skytray. The details are in the log.' } }; // i18n-ignore: IPC refusal for the log; the window words it from its code
  }
}
