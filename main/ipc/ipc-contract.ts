// Every message between the window and the main process, in one place. Imports types only and
// nothing from Electron or Node: main, the preload, the browser harness and the renderer all
// derive from this file.
import type { Favourite } from '../core/model/favourite.ts';
import type { Place } from '../core/model/model.ts';
import type { Diagnostics, KeyTestResult, PlaceSnapshot, RefreshProgress, RefreshSummary, ServiceStatus } from '../core/service/service-types.ts';

export type { KeyTestResult };
import type { Settings } from '../core/model/settings.ts';

/** Where the OpenWeatherMap key is kept, as the settings view explains it. */
export type KeyStorage = 'os-keychain' | 'plain-text' | 'unavailable';

export type ApiKeyStatus = Readonly<{ set: boolean; storage: KeyStorage }>;

export type SettingsView = Readonly<{ settings: Settings; apiKey: ApiKeyStatus }>;

export type IpcError = Readonly<{ code: string; message: string }>;

/** Every invoke answers with an envelope: Electron would pass only the message of a thrown error. */
export type Result<T> = Readonly<{ ok: true; value: T }> | Readonly<{ ok: false; error: IpcError }>;

/** Invoke channels: `domain:verb` -> the arguments and the answer. */
export type InvokeChannels = {
  'favourites:list': { args: []; value: Favourite[] };
  'favourites:add': { args: [place: Place]; value: Favourite };
  'favourites:remove': { args: [id: number]; value: null };
  'favourites:move': { args: [id: number, position: number]; value: null };
  'favourites:set-primary': { args: [id: number]; value: null };
  'favourites:set-notify': { args: [id: number, notify: boolean]; value: null };
  'places:search': { args: [query: string]; value: Place[] };
  'weather:snapshots': { args: []; value: PlaceSnapshot[] };
  'weather:refresh': { args: [ids: number[] | null]; value: RefreshSummary };
  'settings:get': { args: []; value: SettingsView };
  'settings:update': { args: [patch: Partial<Settings>]; value: SettingsView };
  'settings:set-api-key': { args: [key: string | null]; value: ApiKeyStatus };
  'settings:test-api-key': { args: [key: string | null]; value: KeyTestResult };
  'app:status': { args: []; value: ServiceStatus };
  'diagnostics:get': { args: []; value: Diagnostics };
  'diagnostics:report': { args: []; value: string };
};

export type InvokeChannel = keyof InvokeChannels;

/** Events from main to the window: `domain:happened` -> the payload. */
export type EventChannels = {
  'weather:updated': PlaceSnapshot;
  'favourites:changed': Favourite[];
  'refresh:progress': RefreshProgress;
  'refresh:finished': RefreshSummary;
  'app:online': boolean;
  'settings:changed': SettingsView;
  'app:error': IpcError;
  /** The tray asked the window to show one place, or the settings. */
  'window:show-place': number;
  'window:show-settings': null;
  /** A one-time note from the shell to show in the window (e.g. where the tray icon is). */
  'app:notice': Readonly<{ id: string; message: string }>;
};

export type EventChannel = keyof EventChannels;

export type SkytrayEvent = { [C in EventChannel]: Readonly<{ channel: C; payload: EventChannels[C] }> }[EventChannel];

/** The API the preload exposes as `window.skytray`: one method per invoke channel. */
export const API_METHODS = {
  listFavourites: 'favourites:list',
  addFavourite: 'favourites:add',
  removeFavourite: 'favourites:remove',
  moveFavourite: 'favourites:move',
  setPrimary: 'favourites:set-primary',
  setNotify: 'favourites:set-notify',
  searchPlaces: 'places:search',
  getSnapshots: 'weather:snapshots',
  refresh: 'weather:refresh',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  setApiKey: 'settings:set-api-key',
  testApiKey: 'settings:test-api-key',
  getStatus: 'app:status',
  getDiagnostics: 'diagnostics:get',
  getDiagnosticsReport: 'diagnostics:report',
} as const satisfies Record<string, InvokeChannel>;

export type ApiMethod = keyof typeof API_METHODS;

export type SkytrayApi = {
  [M in ApiMethod]: (...args: InvokeChannels[(typeof API_METHODS)[M]]['args']) => Promise<Result<InvokeChannels[(typeof API_METHODS)[M]]['value']>>;
} & {
  /** Listens to every event; returns the function that stops listening. */
  onEvent(listener: (event: SkytrayEvent) => void): () => void;
};

export const INVOKE_CHANNELS = Object.values(API_METHODS) as readonly InvokeChannel[];

export const EVENT_CHANNELS: readonly EventChannel[] = [
  'weather:updated', 'favourites:changed', 'refresh:progress', 'refresh:finished', 'app:online',
  'settings:changed', 'app:error', 'window:show-place', 'window:show-settings', 'app:notice',
];

/** The origin the window is served from; the only one allowed to talk to main. */
export const APP_ORIGIN = 'skytray://app';

/**
 * Whether `url` is on our origin. Compared by scheme and host: WHATWG URL gives a custom scheme an
 * opaque origin ("null") outside Electron, so `new URL(url).origin` cannot be compared.
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'skytray:' && parsed.host === 'app' && parsed.username === '' && parsed.password === '' && parsed.port === '';
  } catch {
    return false;
  }
}
