// Settings, saved as they change; a refused value shows its reason next to the control.
import type { Settings } from '../main/core/model/settings.ts';
import type { LogLevel } from '../main/core/model/log-level.ts';
import type { ApiKeyStatus, SettingsState, SkytrayApi } from '../main/ipc/ipc-contract.ts';
import type { MessageKey } from '../main/wording/messages/en.ts';
import type { Wording } from '../main/wording/wording.ts';
import { budgetWords } from './budget-words.ts';
import { announce, fill, h } from './dom.ts';
import { errorWords, keyTestWords } from './error-words.ts';
import { extrasFieldset } from './settings-extras.ts';
import { clockField, languageField, quietWords, unitsFieldset, windUnitFieldset } from './settings-language.ts';

const STORAGE_NOTE = {
  'os-keychain': 'window.settings.key.storage.osKeychain',
  'plain-text': 'window.settings.key.storage.plainText',
  unavailable: 'window.settings.key.storage.unavailable',
} as const satisfies Record<ApiKeyStatus['storage'], MessageKey>;

export class SettingsPanel {
  readonly el = h('section', { class: 'settings', 'aria-labelledby': 'settings-title' });
  #api: SkytrayApi;
  #onSaved: (state: SettingsState) => void;
  /** Messages shown beside controls, kept across redraws (a save redraws the panel). */
  #messages = new Map<string, string>();
  /** The words of the last draw: messages shown between draws are in them. */
  #wording: Wording | null = null;

  constructor(api: SkytrayApi, onSaved: (state: SettingsState) => void) {
    this.#api = api;
    this.#onSaved = onSaved;
  }

  #say(id: string, text: string): void {
    this.#messages.set(id, text);
    const el = document.getElementById(id);
    if (el) el.textContent = text;
  }

  async #save(patch: Partial<Settings>, errorEl: HTMLElement): Promise<void> {
    const result = await this.#api.updateSettings(patch);
    this.#say(errorEl.id, result.ok || !this.#wording ? '' : errorWords(this.#wording, result.error));
    if (result.ok) {
      this.#onSaved(result.value);
      // After the redraw: a new language says it in its own words.
      if (this.#wording) announce(this.#wording.t('window.settings.saved'));
    }
  }

  draw(state: SettingsState | null, wording: Wording): void {
    if (!state) return;
    // Messages from before a change of language were in the old one: they are not kept.
    if (this.#wording && this.#wording !== wording) this.#messages.clear();
    this.#wording = wording;
    const focused = document.activeElement instanceof HTMLElement && this.el.contains(document.activeElement) ? document.activeElement : null;
    const focusKey = focused
      ? focused.id || (focused instanceof HTMLInputElement && focused.type === 'radio' ? `radio:${focused.value}` : null) || focused.textContent
      : null;
    this.#drawPanel(state, wording);
    for (const [id, text] of this.#messages) {
      const el = document.getElementById(id);
      if (el) el.textContent = text;
    }
    if (focusKey) {
      const target =
        document.getElementById(focusKey) ??
        (focusKey.startsWith('radio:') ? this.el.querySelector<HTMLElement>(`input[type="radio"][value="${focusKey.slice(6)}"]`) : null) ??
        [...this.el.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === focusKey);
      target?.focus();
    }
  }

  #drawPanel(state: SettingsState, wording: Wording): void {
    const s = state.settings;
    const unitsError = fieldError('units-error');
    const windError = fieldError('wind-error');
    const languageError = fieldError('language-error');
    const saveLanguage = (patch: Partial<Settings>): void => void this.#save(patch, languageError);
    fill(
      this.el,
      h('h2', { id: 'settings-title' }, wording.t('window.settings.title')),
      h('div', { class: 'field-group' }, languageField(s, saveLanguage, wording), clockField(s, saveLanguage, wording), languageError),
      unitsFieldset(s, (patch) => void this.#save(patch, unitsError), unitsError, wording),
      windUnitFieldset(s, (patch) => void this.#save(patch, windError), windError, wording),
      this.#interval(state, wording),
      this.#provider(s, wording),
      this.#apiKey(state, wording),
      this.#addresses(s, wording),
      this.#notifications(state, wording),
      this.#extras(s, wording),
      this.#startUp(s, wording),
    );
  }

  #extras(s: Settings, wording: Wording): HTMLElement {
    const error = fieldError('extras-error');
    return extrasFieldset(s, (patch) => void this.#save(patch, error), check, error, wording);
  }

  #startUp(s: Settings, { t }: Wording): HTMLElement {
    const error = fieldError('startup-error');
    return h(
      'fieldset',
      {},
      h('legend', {}, t('window.settings.startUp')),
      check('login', t('window.settings.startUp.login'), s.launchAtLogin, (on) => void this.#save({ launchAtLogin: on }, error)),
      check('taskbar', t('window.settings.startUp.taskbar'), s.keepWindowInTaskbar, (on) => void this.#save({ keepWindowInTaskbar: on }, error)),
      h('p', { class: 'hint', id: 'taskbar-hint' }, t('window.settings.startUp.taskbarHint')),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'log-level' }, t('window.settings.logLevel')),
        h(
          'select',
          { id: 'log-level', onchange: (e: Event) => void this.#save({ logLevel: (e.target as HTMLSelectElement).value as LogLevel }, error) },
          ...Object.entries(LOG_DETAIL).map(([level, key]) => h('option', { value: level, selected: s.logLevel === level }, t(key))),
        ),
      ),
      error,
    );
  }

  #interval({ settings, limits }: SettingsState, wording: Wording): HTMLElement {
    const { t } = wording;
    const error = fieldError('interval-error');
    const { min, max } = limits.refreshIntervalMinutes;
    return h(
      'div',
      { class: 'field' },
      h('label', { for: 'interval' }, t('window.settings.interval')),
      h('input', {
        id: 'interval',
        type: 'number',
        min,
        max,
        step: 1,
        value: settings.refreshIntervalMinutes,
        'aria-describedby': 'interval-hint interval-error',
        onchange: (e: Event) => void this.#save({ refreshIntervalMinutes: Number((e.target as HTMLInputElement).value) }, error),
      }),
      this.#budgetHint(max, wording),
      error,
    );
  }

  /** How the places and the interval fit the day's calls: a warning, not a refusal, when they do not. */
  #budgetHint(longestMinutes: number, wording: Wording): HTMLElement {
    const hint = h('p', { id: 'interval-hint', class: 'hint', role: 'status' });
    void this.#api.getRefreshAdvice().then((result) => {
      if (!result.ok || !result.value) return;
      hint.textContent = budgetWords(result.value, longestMinutes, wording);
      hint.className = result.value.fits ? 'hint' : 'hint warning';
    });
    return hint;
  }

  #provider(s: Settings, { t }: Wording): HTMLElement {
    const error = fieldError('provider-error');
    return h(
      'div',
      { class: 'field' },
      h('label', { for: 'provider' }, t('window.settings.provider')),
      h(
        'select',
        { id: 'provider', onchange: (e: Event) => void this.#save({ provider: (e.target as HTMLSelectElement).value as Settings['provider'] }, error) },
        h('option', { value: 'open-meteo', selected: s.provider === 'open-meteo' }, t('window.settings.provider.openMeteo')),
        h('option', { value: 'openweathermap', selected: s.provider === 'openweathermap' }, t('window.settings.provider.openWeatherMap')),
      ),
      error,
    );
  }

  #apiKey(state: SettingsState, wording: Wording): HTMLElement {
    const { apiKey } = state;
    const { t } = wording;
    const keyInput = h('input', {
      id: 'owm-key',
      type: 'password',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: 200,
      placeholder: t(apiKey.set ? 'window.settings.key.placeholderSaved' : 'window.settings.key.placeholder'),
      'aria-describedby': 'key-storage key-message',
    });
    return h(
      'div',
      { class: 'field key' },
      h('label', { for: 'owm-key' }, t('window.settings.key.label')),
      keyInput,
      h(
        'div',
        { class: 'row' },
        h(
          'button',
          {
            type: 'button',
            onclick: async () => {
              const result = await this.#api.setApiKey(keyInput.value.trim() || null);
              this.#say(
                'key-message',
                result.ok ? t(result.value.set ? 'window.settings.key.saved' : 'window.settings.key.removed') : errorWords(wording, result.error),
              );
              keyInput.value = '';
              if (result.ok) this.#onSaved({ ...state, apiKey: result.value });
            },
          },
          t('window.settings.key.save'),
        ),
        h(
          'button',
          {
            type: 'button',
            onclick: async () => {
              this.#say('key-message', t('window.settings.key.testing'));
              const result = await this.#api.testApiKey(keyInput.value.trim() || null);
              this.#say('key-message', result.ok ? keyTestWords(result.value, wording) : errorWords(wording, result.error));
            },
          },
          t('window.settings.key.test'),
        ),
      ),
      h('p', { id: 'key-storage', class: `hint${apiKey.storage === 'os-keychain' ? '' : ' warning'}` }, t(STORAGE_NOTE[apiKey.storage])),
      h('p', { class: 'key-message', id: 'key-message', role: 'status' }),
    );
  }

  #addresses(s: Settings, { t }: Wording): HTMLElement {
    const error = fieldError('url-error');
    const urlField = (
      id: string,
      label: string,
      value: string | null,
      key: 'openMeteoForecastUrl' | 'openMeteoGeocodingUrl' | 'openWeatherMapUrl',
    ): HTMLElement =>
      h(
        'div',
        { class: 'field' },
        h('label', { for: id }, label),
        h('input', {
          id,
          type: 'url',
          value: value ?? '',
          placeholder: t('window.settings.addresses.public'),
          onchange: (e: Event) => void this.#save({ [key]: (e.target as HTMLInputElement).value.trim() || null }, error),
        }),
      );
    return h(
      'details',
      {},
      h('summary', {}, t('window.settings.addresses')),
      urlField('om-forecast', t('window.settings.addresses.forecast'), s.openMeteoForecastUrl, 'openMeteoForecastUrl'),
      urlField('om-geocoding', t('window.settings.addresses.geocoding'), s.openMeteoGeocodingUrl, 'openMeteoGeocodingUrl'),
      // i18n-ignore: the service's name
      urlField('owm-url', 'OpenWeatherMap', s.openWeatherMapUrl, 'openWeatherMapUrl'),
      error,
    );
  }

  #notifications({ settings, limits }: SettingsState, wording: Wording): HTMLElement {
    const { t } = wording;
    const error = fieldError('notify-error');
    const n = settings.notifications;
    const quiet = limits.quietHours;
    const save = (patch: Partial<Settings['notifications']>): void => void this.#save({ notifications: { ...n, ...patch } }, error);
    return h(
      'fieldset',
      {},
      h('legend', {}, t('window.settings.notifications')),
      check('notify-enabled', t('window.settings.notifications.enabled'), n.enabled, (on) => save({ enabled: on })),
      check('notify-rain', t('window.settings.notifications.rain'), n.rainSoon, (on) => save({ rainSoon: on })),
      check('notify-severe', t('window.settings.notifications.severe'), n.severe, (on) => save({ severe: on })),
      check('quiet', t('window.settings.notifications.quiet', quietWords(quiet, wording)), n.quietHours !== null, (on) =>
        save({ quietHours: on ? quiet : null }),
      ),
      error,
    );
  }
}

/** Every level the log knows, in the words the window uses for it. */
const LOG_DETAIL = {
  error: 'window.settings.logLevel.error',
  warn: 'window.settings.logLevel.warn',
  info: 'window.settings.logLevel.info',
  debug: 'window.settings.logLevel.debug',
} as const satisfies Record<LogLevel, MessageKey>;

const fieldError = (id: string): HTMLElement => h('p', { class: 'field-error', id, role: 'alert' });

const check = (id: string, label: string, checked: boolean, onchange: (on: boolean) => void): HTMLElement =>
  h(
    'label',
    { class: 'choice', for: id },
    h('input', { id, type: 'checkbox', checked, onchange: (e: Event) => onchange((e.target as HTMLInputElement).checked) }),
    label,
  );
