// The settings in force: what is saved, plus this run's overrides (the CLI's flags), which are
// never saved. Every change is checked by the settings' own rules before anything is written.
import { applySettingsPatch, type Settings } from '../model/settings.ts';
import type { Store } from '../store/store.ts';

export type SettingsChange = Readonly<{
  next: Settings;
  /** Where the weather comes from changed: the provider, or one of its URLs. */
  providerChanged: boolean;
  /** What a fetch returns changed (provider, units or wind unit): the data held is stale at once. */
  dataChanged: boolean;
}>;

const PROVIDER_KEYS = ['provider', 'openMeteoForecastUrl', 'openMeteoGeocodingUrl', 'openWeatherMapUrl'] as const;

export class ServiceSettings {
  #store: Store;
  #overrides: Partial<Settings>;
  #saved: Settings;
  #current: Settings;

  constructor(store: Store, overrides: Partial<Settings>) {
    this.#store = store;
    this.#overrides = overrides;
    this.#saved = store.loadSettings();
    this.#current = applySettingsPatch(this.#saved, overrides);
  }

  get current(): Settings {
    return this.#current;
  }

  /** Saves `patch`; a value the settings do not allow is refused and nothing is saved. */
  update(patch: Partial<Settings>): SettingsChange {
    const previous = this.#current;
    const saved = applySettingsPatch(this.#saved, patch);
    this.#store.saveSettings(saved);
    this.#saved = saved;
    const next = applySettingsPatch(saved, this.#overrides);
    this.#current = next;
    const providerChanged = PROVIDER_KEYS.some((k) => previous[k] !== next[k]);
    return { next, providerChanged, dataChanged: providerChanged || previous.units !== next.units || previous.windUnit !== next.windUnit };
  }
}
