// The settings for how the window speaks: the language, the clock and the units, each "Automatic"
// (follow the system, the language's custom, the region) until the person chooses; and the wind's
// unit, which can differ from the units' own (m/s with °C).
import type { WindSpeedUnit } from '../main/core/model/model.ts';
import type { Settings } from '../main/core/model/settings.ts';
import { LOCALES, type LocaleCode } from '../main/wording/locales.ts';
import type { Wording } from '../main/wording/wording.ts';
import { h } from './dom.ts';

/**
 * Each language in its own words, the same whatever language the window is in, so a person who
 * cannot read the current one still finds theirs (hence no catalogue keys).
 */
const OWN_NAMES: Readonly<Record<LocaleCode, string>> = {
  en: 'English', // i18n-ignore: its own name
  de: 'Deutsch', // i18n-ignore: its own name
  fr: 'Français', // i18n-ignore: its own name
  es: 'Español', // i18n-ignore: its own name
  it: 'Italiano', // i18n-ignore: its own name
  'pt-BR': 'Português (Brasil)', // i18n-ignore: its own name
  nl: 'Nederlands', // i18n-ignore: its own name
  pl: 'Polski', // i18n-ignore: its own name
  ja: '日本語', // i18n-ignore: its own name
  'zh-Hans': '简体中文', // i18n-ignore: its own name
  ar: 'العربية', // i18n-ignore: its own name
};

type Save = (patch: Partial<Settings>) => void;

/** The value of an "Automatic" option: a choice of null. */
const AUTOMATIC = '';

function select(id: string, label: string, options: HTMLOptionElement[], change: (value: string) => void): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, onchange: (e: Event) => change((e.target as HTMLSelectElement).value) }, options),
  );
}

const option = (value: string, text: string, selected: boolean, lang?: string): HTMLOptionElement => h('option', { value, selected, lang }, text);

export function languageField(settings: Settings, save: Save, wording: Wording): HTMLElement {
  const { t } = wording;
  return select(
    'language',
    t('window.settings.language'),
    [
      option(AUTOMATIC, t('window.settings.language.auto'), settings.language === null),
      ...LOCALES.map((code) => option(code, OWN_NAMES[code], settings.language === code, code)),
    ],
    (value) => save({ language: LOCALES.find((code) => code === value) ?? null }),
  );
}

export function clockField(settings: Settings, save: Save, wording: Wording): HTMLElement {
  const { t } = wording;
  return select(
    'clock',
    t('window.settings.clock'),
    [
      option(AUTOMATIC, t('window.settings.clock.auto'), settings.hourCycle === null),
      option('h12', t('window.settings.clock.h12'), settings.hourCycle === 'h12'),
      option('h23', t('window.settings.clock.h23'), settings.hourCycle === 'h23'),
    ],
    (value) => save({ hourCycle: value === 'h12' || value === 'h23' ? value : null }),
  );
}

type UnitsChoice = 'auto' | Settings['units'];

/** Automatic maps to `unitsChosen: false` (main then follows the region); a system sets units and so chooses. */
const UNITS_PATCH: Readonly<Record<UnitsChoice, Partial<Settings>>> = {
  auto: { unitsChosen: false },
  metric: { units: 'metric' },
  imperial: { units: 'imperial' },
};

export function unitsFieldset(settings: Settings, save: Save, error: HTMLElement, wording: Wording): HTMLElement {
  const { t } = wording;
  const chosen: UnitsChoice = settings.unitsChosen ? settings.units : 'auto';
  const words: Readonly<Record<UnitsChoice, string>> = {
    auto: t('window.settings.units.auto'),
    metric: t('window.settings.units.metric'),
    imperial: t('window.settings.units.imperial'),
  };
  return h(
    'fieldset',
    {},
    h('legend', {}, t('window.settings.units')),
    (Object.keys(UNITS_PATCH) as UnitsChoice[]).map((value) =>
      h(
        'label',
        { class: 'choice' },
        h('input', { type: 'radio', name: 'units', value, checked: value === chosen, onchange: () => save(UNITS_PATCH[value]) }),
        words[value],
      ),
    ),
    error,
  );
}

/** The window may not import the engine's code: the units main accepts, in the order shown. */
const WIND_SPEED_UNITS: readonly WindSpeedUnit[] = ['km/h', 'm/s', 'mph'];

/** The wind unit in force: the chosen one, else the units' own. */
const windUnitOf = (settings: Settings): WindSpeedUnit => settings.windUnit ?? (settings.units === 'imperial' ? 'mph' : 'km/h');

export function windUnitFieldset(settings: Settings, save: Save, error: HTMLElement, wording: Wording): HTMLElement {
  const { t } = wording;
  const words: Readonly<Record<WindSpeedUnit, string>> = {
    'km/h': t('window.settings.windUnit.kilometresPerHour'),
    'm/s': t('window.settings.windUnit.metresPerSecond'),
    mph: t('window.settings.windUnit.milesPerHour'),
  };
  const inForce = windUnitOf(settings);
  return h(
    'fieldset',
    {},
    h('legend', {}, t('window.settings.windUnit.legend')),
    WIND_SPEED_UNITS.map((unit) =>
      h(
        'label',
        { class: 'choice' },
        h('input', { type: 'radio', name: 'wind-unit', value: unit, checked: unit === inForce, onchange: () => save({ windUnit: unit }) }),
        words[unit],
      ),
    ),
    error,
  );
}

/** Quiet hours' `HH:MM` on the person's clock: "10:00 PM", "22:00". */
export const quietWords = (quiet: Readonly<{ start: string; end: string }>, wording: Wording): Readonly<{ start: string; end: string }> => ({
  // Any date: Wording.clock reads the wall-clock time of a local ISO time.
  start: wording.clock(`2000-01-01T${quiet.start}`),
  end: wording.clock(`2000-01-01T${quiet.end}`),
});
