// The settings as the window gets them, from `settings:get`, `settings:update` and the
// `settings:changed` event alike: the renderer may not import the engine's constants, so the ranges
// its inputs allow travel with the values.
import { DEFAULT_QUIET_HOURS, REFRESH_MINUTES, type Settings } from '../core/model/settings.ts';
import type { ApiKeyStatus, SettingsLimits, SettingsState } from './ipc-contract.ts';

const SETTINGS_LIMITS: SettingsLimits = { refreshIntervalMinutes: REFRESH_MINUTES, quietHours: DEFAULT_QUIET_HOURS };

export function toSettingsState(settings: Settings, apiKey: ApiKeyStatus, systemLanguages?: readonly string[]): SettingsState {
  return { settings, apiKey, limits: SETTINGS_LIMITS, ...(systemLanguages ? { systemLanguages } : {}) };
}
