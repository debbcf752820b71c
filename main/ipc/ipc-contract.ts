// Every message between the window and the main process, in one place: one map per direction.
// Imports types only and nothing from Electron or Node: main, the preload, the browser harness and
// the renderer all derive from this file. Adding a channel is one entry in a map below and one
// handler; a channel without a method name, an argument guard or a handler is a type error.
import type { FavouriteExtras } from '../core/alerts/extras-view.ts';
import type { WeatherErrorDetail } from '../core/errors.ts';
import type { Favourite } from '../core/model/favourite.ts';
import type { Place } from '../core/model/model.ts';
import type { Settings } from '../core/model/settings.ts';
import type { LocaleCode } from '../wording/locales.ts';
import type { RefreshAdvice } from '../core/fetch/call-budget-advice.ts';
import type { Diagnostics, KeyTestResult, PlaceSnapshot, RefreshProgress, RefreshSummary, ServiceStatus } from '../core/service/service-types.ts';

/** Where the OpenWeatherMap key is kept, as the settings panel explains it. */
export type KeyStorage = 'os-keychain' | 'plain-text' | 'unavailable';

export type ApiKeyStatus = Readonly<{ set: boolean; storage: KeyStorage }>;

type Range = Readonly<{ min: number; max: number }>;

/** What the window's settings inputs allow: the same bounds main checks a change against. */
export type SettingsLimits = Readonly<{
  refreshIntervalMinutes: Range;
  /** The quiet hours the "Quiet" switch turns on. */
  quietHours: Readonly<{ start: string; end: string }>;
}>;

/** The settings as the window gets them: the values, the key's status and the allowed ranges. */
export type SettingsState = Readonly<{
  settings: Settings;
  apiKey: ApiKeyStatus;
  limits: SettingsLimits;
  /**
   * The system's languages as main reads them (app.getPreferredSystemLanguages()), most preferred
   * first: the window words itself from the same list as the tray and the notifications, which
   * navigator.languages (Chromium's own list) need not match. Absent where main has no system
   * (the browser harness): the window then follows navigator.languages.
   */
  systemLanguages?: readonly string[] | undefined;
}>;

/**
 * A refusal: `message` is English (for logs); a weather error also carries its service, status and
 * detail, from which the window words it in the person's language.
 */
export type IpcError = Readonly<{ code: string; message: string; provider?: string | null; status?: number | null; detail?: WeatherErrorDetail }>;

/** Every invoke answers with an envelope: Electron would pass only the message of a thrown error. */
export type Result<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: IpcError }>;

/** Invoke channels, window to main: `domain:verb` -> the arguments and the answer. */
type InvokeChannels = {
  'favourites:list': { args: []; value: Favourite[] };
  'favourites:add': { args: [place: Place]; value: Favourite };
  'favourites:remove': { args: [id: number]; value: null };
  /** Undo of a removal: the favourite as the window had it comes back where it was. */
  'favourites:restore': { args: [removed: Favourite]; value: Favourite };
  'favourites:move': { args: [id: number, position: number]; value: null };
  'favourites:set-primary': { args: [id: number]; value: null };
  'favourites:set-notify': { args: [id: number, notify: boolean]; value: null };
  /** Places for what a person typed, named in the window's language where the service knows the name. */
  'places:search': { args: [query: string, language: LocaleCode]; value: Place[] };
  'weather:snapshots': { args: []; value: PlaceSnapshot[] };
  'weather:refresh': { args: [ids: number[] | null]; value: RefreshSummary };
  /** Official warnings and air quality of the given favourites (null: all), asked now and saved. */
  'weather:extras': { args: [ids: number[] | null]; value: FavouriteExtras[] };
  /** Every favourite's last good warnings and air quality, asking no one. */
  'weather:saved-extras': { args: []; value: FavouriteExtras[] };
  /**
   * Opens a warning's link from its issuer in the system's browser: only a link a 'weather:extras'
   * answer gave the window, so the window can send the user nowhere else.
   */
  'app:open-link': { args: [url: string]; value: null };
  'settings:get': { args: []; value: SettingsState };
  'settings:update': { args: [patch: Partial<Settings>]; value: SettingsState };
  'settings:set-api-key': { args: [key: string | null]; value: ApiKeyStatus };
  'settings:test-api-key': { args: [key: string | null]; value: KeyTestResult };
  /** Whether the places kept and the refresh interval fit the day's calls; null when no budget applies. */
  'settings:refresh-advice': { args: []; value: RefreshAdvice | null };
  'app:status': { args: []; value: ServiceStatus };
  'diagnostics:get': { args: []; value: Diagnostics };
  'diagnostics:report': { args: []; value: string };
  /** Shows the log file in the system's file manager; null when shown, else why it could not be. */
  'diagnostics:show-log': { args: []; value: string | null };
};

export type InvokeChannel = keyof InvokeChannels;
export type InvokeArgs<C extends InvokeChannel> = InvokeChannels[C]['args'];
export type InvokeValue<C extends InvokeChannel> = InvokeChannels[C]['value'];

/** Events, main to window: `domain:happened` -> the payload. */
export type EventChannels = {
  'weather:updated': PlaceSnapshot;
  /** The favourites whose warnings or air quality changed, as they are now. */
  'extras:updated': FavouriteExtras[];
  'favourites:changed': Favourite[];
  'refresh:progress': RefreshProgress;
  'refresh:finished': RefreshSummary;
  'app:online': boolean;
  'settings:changed': SettingsState;
  'app:error': IpcError;
  /** The tray asked the window to show one place, or the settings. */
  'window:show-place': number;
  'window:show-settings': null;
  /** A one-time note from the shell to show in the window (e.g. where the tray icon is). */
  'app:notice': Readonly<{ id: string; message: string }>;
};

export type EventChannel = keyof EventChannels;

export type SkytrayEvent = { [C in EventChannel]: Readonly<{ channel: C; payload: EventChannels[C] }> }[EventChannel];

/** The preload's method for each invoke channel; `satisfies` makes a missing or extra one an error. */
const METHOD_NAMES = {
  'favourites:list': 'listFavourites',
  'favourites:add': 'addFavourite',
  'favourites:remove': 'removeFavourite',
  'favourites:restore': 'restoreFavourite',
  'favourites:move': 'moveFavourite',
  'favourites:set-primary': 'setPrimary',
  'favourites:set-notify': 'setNotify',
  'places:search': 'searchPlaces',
  'weather:snapshots': 'getSnapshots',
  'weather:refresh': 'refresh',
  'weather:extras': 'getExtras',
  'weather:saved-extras': 'getSavedExtras',
  'app:open-link': 'openLink',
  'settings:get': 'getSettings',
  'settings:update': 'updateSettings',
  'settings:set-api-key': 'setApiKey',
  'settings:test-api-key': 'testApiKey',
  'settings:refresh-advice': 'getRefreshAdvice',
  'app:status': 'getStatus',
  'diagnostics:get': 'getDiagnostics',
  'diagnostics:report': 'getDiagnosticsReport',
  'diagnostics:show-log': 'showLogFile',
} as const satisfies { [C in InvokeChannel]: string };

type MethodNames = typeof METHOD_NAMES;

/** The API the preload exposes as `window.skytray`: method name -> its invoke channel. */
export const API_METHODS = Object.fromEntries(Object.entries(METHOD_NAMES).map(([channel, method]) => [method, channel])) as {
  readonly [C in InvokeChannel as MethodNames[C]]: C;
};

export const INVOKE_CHANNELS = Object.keys(METHOD_NAMES) as readonly InvokeChannel[];

export type SkytrayApi = {
  readonly [C in InvokeChannel as MethodNames[C]]: (...args: InvokeArgs<C>) => Promise<Result<InvokeValue<C>>>;
} & {
  /** Listens to every event; returns the function that stops listening. */
  onEvent(listener: (event: SkytrayEvent) => void): () => void;
};

/** How requests and events travel between the window and main; the rest of the API comes from the contract. */
export type IpcTransport = Readonly<{
  invoke(channel: InvokeChannel, args: readonly unknown[]): Promise<unknown>;
  /** Hands every event's channel and payload to `listener`; returns the function that stops it. */
  onEvent(listener: (event: SkytrayEvent) => void): () => void;
}>;

/** The window's API over a transport: the preload uses Electron IPC, the browser harness loopback HTTP. */
export function createSkytrayApi(transport: IpcTransport): SkytrayApi {
  const methods = Object.fromEntries(Object.entries(API_METHODS).map(([method, channel]) => [method, (...args: unknown[]) => transport.invoke(channel, args)]));
  // Sound by construction: one function per method name, each invoking that method's channel.
  return { ...methods, onEvent: (listener: (event: SkytrayEvent) => void) => transport.onEvent(listener) } as unknown as SkytrayApi;
}

const EVENT_NAMES = {
  'weather:updated': true,
  'extras:updated': true,
  'favourites:changed': true,
  'refresh:progress': true,
  'refresh:finished': true,
  'app:online': true,
  'settings:changed': true,
  'app:error': true,
  'window:show-place': true,
  'window:show-settings': true,
  'app:notice': true,
} as const satisfies { [C in EventChannel]: true };

export const EVENT_CHANNELS = Object.keys(EVENT_NAMES) as readonly EventChannel[];
