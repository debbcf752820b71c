// Service events as the window hears them. Shared by the shell and the browser harness.
import type { ServiceEvent } from '../core/service/service-types.ts';
import type { ApiKeyStatus, SkytrayEvent } from './ipc-contract.ts';
import { toSettingsState } from './settings-state.ts';

export function toWindowEvent(event: ServiceEvent, apiKey: ApiKeyStatus): SkytrayEvent {
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
      return { channel: 'settings:changed', payload: toSettingsState(event.settings, apiKey) };
    case 'error':
      return { channel: 'app:error', payload: event.error };
  }
}
