// The person's language in the main process: one Wording built from the system's preferred
// languages and the Settings' choice, rebuilt when that choice changes, and handed to whatever
// shows words (notifications, dialogs, the tray) through `current` and `subscribe`.
//
// The system's languages come from app.getPreferredSystemLanguages() on every OS: Windows'
// GlobalizationPreferences, macOS's NSLocale preferredLanguages, and on Linux GLib's
// g_get_language_names(), which reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG and so can differ
// from the desktop's own setting (electron shell/common/language_util_linux.cc). Under the C
// locale that list is empty (nextcloud/talk-desktop#1070): chooseLocale then gives English.
import { app } from 'electron';
import { unitsFor, type Units } from '../core/model/model.ts';
import type { Settings } from '../core/model/settings.ts';
import type { WeatherService } from '../core/service/weather-service.ts';
import { chooseLocale, formatLocaleFor } from '../wording/locales.ts';
import { regionUnits } from '../wording/region-units.ts';
import { wordingFor, type Wording } from '../wording/wording.ts';

/** What the system says about the person's languages and region. */
export type SystemLocale = Readonly<{
  /** Most preferred first, with regions where the system has them ('fr-CA', 'zh-Hans-FI'). */
  preferred: readonly string[];
  /** The regional format (app.getSystemLocale(): 'fi-FI'), or '' when unknown. */
  regional: string;
}>;

/** Asked once app is ready: getSystemLocale() "must be called after the ready event" (app docs). */
export function systemLocale(source: Pick<typeof app, 'getPreferredSystemLanguages' | 'getSystemLocale'> = app): SystemLocale {
  return { preferred: source.getPreferredSystemLanguages(), regional: source.getSystemLocale() };
}

type LanguageChoice = Pick<Settings, 'language' | 'hourCycle'>;

export class AppWording {
  #system: SystemLocale;
  #choice: LanguageChoice;
  #current: Wording;
  #listeners = new Set<(wording: Wording) => void>();

  constructor(system: SystemLocale, choice: LanguageChoice) {
    this.#system = system;
    this.#choice = { language: choice.language, hourCycle: choice.hourCycle };
    this.#current = this.#build();
  }

  /** The system's languages this Wording is chosen from: the window chooses from the same. */
  get systemLanguages(): readonly string[] {
    return this.#system.preferred;
  }

  /** The Wording in force now: pass it on at the moment of use, never keep it. */
  get current(): Wording {
    return this.#current;
  }

  /** Calls `listener` with each new Wording after a change of language or clock; returns the way to stop. */
  subscribe(listener: (wording: Wording) => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  /** The Settings changed: a new Wording when the language or the clock did; true if so. */
  settingsChanged(settings: LanguageChoice): boolean {
    if (settings.language === this.#choice.language && settings.hourCycle === this.#choice.hourCycle) return false;
    this.#choice = { language: settings.language, hourCycle: settings.hourCycle };
    this.#current = this.#build();
    for (const listener of this.#listeners) listener(this.#current);
    return true;
  }

  /**
   * The units the person's region uses, for as long as they have not chosen: from the system's
   * regional format where it names a region, else from their own language's tag. The language
   * chosen in Settings does not move them: a person reading German in Chicago still has Fahrenheit.
   */
  regionUnits(): Units {
    const { preferred, regional } = this.#system;
    const tag = hasRegion(regional) ? regional : formatLocaleFor(preferred, chooseLocale(preferred));
    return regionUnits(tag).units;
  }

  #build(): Wording {
    return wordingFor(this.#system.preferred, { locale: this.#choice.language, hourCycle: this.#choice.hourCycle });
  }
}

function hasRegion(tag: string): boolean {
  try {
    return !!tag && !!new Intl.Locale(tag.replaceAll('_', '-').split('.')[0] ?? '').region;
  } catch {
    return false;
  }
}

/**
 * Until the person chooses units, the engine uses their region's: now, and again whenever the
 * Settings change (a language change can change nothing here, "back to automatic" can). The wind
 * goes with them: the region's custom where it is not the system's own (m/s in Finland, mph with
 * Celsius in Britain), else null. Their own choice is never overwritten. Returns the way to stop.
 */
export function followRegionUnits(service: Pick<WeatherService, 'getSettings' | 'updateSettings' | 'subscribe'>, wording: AppWording): () => void {
  // The update emits a change of its own: not followed again, so units this run overrides (which
  // no saved value changes) cannot set off an endless round.
  let updating = false;
  const follow = (settings: Settings): void => {
    const region = wording.regionUnits();
    const windUnit = region.windSpeed === unitsFor(region.system).windSpeed ? null : region.windSpeed;
    if (updating || settings.unitsChosen || (settings.units === region.system && settings.windUnit === windUnit)) return;
    updating = true;
    try {
      service.updateSettings({ units: region.system, windUnit, unitsChosen: false });
    } finally {
      updating = false;
    }
  };
  follow(service.getSettings());
  return service.subscribe((event) => {
    if (event.type === 'settings-changed') follow(event.settings);
  });
}

/** Keeps `wording` in step with the Settings. Returns the way to stop. */
export function watchLanguage(service: Pick<WeatherService, 'subscribe'>, wording: AppWording): () => void {
  return service.subscribe((event) => {
    if (event.type === 'settings-changed') wording.settingsChanged(event.settings);
  });
}
