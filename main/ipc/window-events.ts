// Service events as the window hears them. Shared by the shell and the browser harness.
import type { FavouriteExtras } from '../core/alerts/extras-view.ts';
import type { ServiceEvent } from '../core/service/service-types.ts';
import type { ApiKeyStatus, SkytrayEvent } from './ipc-contract.ts';
import { toSettingsState } from './settings-state.ts';

/** `systemLanguages`: main's list of the system's languages, for the window to word itself alike. */
export function toWindowEvent(event: ServiceEvent, apiKey: ApiKeyStatus, systemLanguages?: readonly string[]): SkytrayEvent {
  switch (event.type) {
    case 'snapshot-updated':
      return { channel: 'weather:updated', payload: event.snapshot };
    case 'favourites-changed':
      return { channel: 'favourites:changed', payload: [...event.favourites] };
    case 'refresh-progress':
      return { channel: 'refresh:progress', payload: event.progress };
    case 'refresh-finished':
      return { channel: 'refresh:finished', payload: event.summary };
    case 'online-changed':
      return { channel: 'app:online', payload: event.online };
    case 'settings-changed':
      return { channel: 'settings:changed', payload: toSettingsState(event.settings, apiKey, systemLanguages) };
    case 'error':
      return { channel: 'app:error', payload: event.error };
  }
}

/** The favourites `ids` whose warnings or air quality changed, from all of them as they are now. */
export function extrasEvent(all: readonly FavouriteExtras[], ids: readonly number[]): SkytrayEvent {
  return { channel: 'extras:updated', payload: all.filter((e) => ids.includes(e.favouriteId)) };
}
