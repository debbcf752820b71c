// Settings, saved as they change; a refused value shows its reason next to the control.
import type { Settings } from '../main/core/model/settings.ts';
import type { LogLevel } from '../main/core/model/log-level.ts';
import type { SettingsState, SkytrayApi } from '../main/ipc/ipc-contract.ts';
import { announce, fill, h } from './dom.ts';
import { extrasFieldset } from './settings-extras.ts';

const STORAGE_NOTE = {
  'os-keychain': 'Stored encrypted by your system’s keychain.',
  'plain-text':
    'Your system has no keychain Skytray can use, so the key is stored only lightly obscured (Electron’s basic_text storage). Anyone with access to your files could read it.',
  unavailable: 'No encryption is available, so the key is kept in memory only and must be entered again after Skytray restarts.',
} as const;

export class SettingsPanel {
  readonly el = h('section', { class: 'settings', 'aria-labelledby': 'settings-title' });
  #api: SkytrayApi;
  #onSaved: (state: SettingsState) => void;
  /** Messages shown beside controls, kept across redraws (a save redraws the panel). */
  #messages = new Map<string, string>();

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
    this.#say(errorEl.id, result.ok ? '' : result.error.message);
    if (result.ok) {
      this.#onSaved(result.value);
      announce('Saved');
    }
  }

  draw(state: SettingsState | null): void {
    if (!state) return;
    const focused = document.activeElement instanceof HTMLElement && this.el.contains(document.activeElement) ? document.activeElement : null;
    const focusKey = focused
      ? focused.id || (focused instanceof HTMLInputElement && focused.type === 'radio' ? `radio:${focused.value}` : null) || focused.textContent
      : null;
    this.#drawPanel(state);
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

  #drawPanel(state: SettingsState): void {
    const s = state.settings;
    const unitsError = fieldError('units-error');
    fill(
      this.el,
      h('h2', { id: 'settings-title' }, 'Settings'),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Units'),
        radio('units', 'metric', 'Metric (°C, km/h, mm)', s.units === 'metric', () => void this.#save({ units: 'metric' }, unitsError)),
        radio('units', 'imperial', 'Imperial (°F, mph, in)', s.units === 'imperial', () => void this.#save({ units: 'imperial' }, unitsError)),
        unitsError,
      ),
      this.#interval(state),
      this.#provider(s),
      this.#apiKey(state),
      this.#addresses(s),
      this.#notifications(state),
      this.#extras(s),
      this.#startUp(s),
    );
  }

  #extras(s: Settings): HTMLElement {
    const error = fieldError('extras-error');
    return extrasFieldset(s, (patch) => void this.#save(patch, error), check, error);
  }

  #startUp(s: Settings): HTMLElement {
    const error = fieldError('startup-error');
    return h(
      'fieldset',
      {},
      h('legend', {}, 'Start-up and window'),
      check('login', 'Start Skytray when I log in', s.launchAtLogin, (on) => void this.#save({ launchAtLogin: on }, error)),
      check('taskbar', 'Keep the window in the taskbar', s.keepWindowInTaskbar, (on) => void this.#save({ keepWindowInTaskbar: on }, error)),
      h(
        'p',
        { class: 'hint', id: 'taskbar-hint' },
        'Closing the window then minimises it instead of leaving Skytray only in the tray. Skytray does this by itself where no tray icon can be seen.',
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'log-level' }, 'Log detail'),
        h(
          'select',
          { id: 'log-level', onchange: (e: Event) => void this.#save({ logLevel: (e.target as HTMLSelectElement).value as LogLevel }, error) },
          ...Object.entries(LOG_DETAIL).map(([level, label]) => h('option', { value: level, selected: s.logLevel === level }, label)),
        ),
      ),
      error,
    );
  }

  #interval({ settings, limits }: SettingsState): HTMLElement {
    const error = fieldError('interval-error');
    const { min, max } = limits.refreshIntervalMinutes;
    return h(
      'div',
      { class: 'field' },
      h('label', { for: 'interval' }, 'Refresh every (minutes)'),
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
      this.#budgetHint(),
      error,
    );
  }

  /** How the places and the interval fit the day's calls: a warning, not a refusal, when they do not. */
  #budgetHint(): HTMLElement {
    const hint = h('p', { id: 'interval-hint', class: 'hint', role: 'status' });
    void this.#api.getRefreshAdvice().then((result) => {
      if (!result.ok || !result.value) return;
      hint.textContent = result.value.message;
      hint.className = result.value.fits ? 'hint' : 'hint warning';
    });
    return hint;
  }

  #provider(s: Settings): HTMLElement {
    const error = fieldError('provider-error');
    return h(
      'div',
      { class: 'field' },
      h('label', { for: 'provider' }, 'Weather service'),
      h(
        'select',
        { id: 'provider', onchange: (e: Event) => void this.#save({ provider: (e.target as HTMLSelectElement).value as Settings['provider'] }, error) },
        h('option', { value: 'open-meteo', selected: s.provider === 'open-meteo' }, 'Open-Meteo (no key needed)'),
        h('option', { value: 'openweathermap', selected: s.provider === 'openweathermap' }, 'OpenWeatherMap (your own key)'),
      ),
      error,
    );
  }

  #apiKey(state: SettingsState): HTMLElement {
    const { apiKey } = state;
    const keyInput = h('input', {
      id: 'owm-key',
      type: 'password',
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: 200,
      placeholder: apiKey.set ? '•••••••• (saved)' : 'Your API key',
      'aria-describedby': 'key-storage key-message',
    });
    return h(
      'div',
      { class: 'field key' },
      h('label', { for: 'owm-key' }, 'OpenWeatherMap API key'),
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
              this.#say('key-message', result.ok ? (result.value.set ? 'Key saved.' : 'Key removed.') : result.error.message);
              keyInput.value = '';
              if (result.ok) this.#onSaved({ ...state, apiKey: result.value });
            },
          },
          'Save key',
        ),
        h(
          'button',
          {
            type: 'button',
            onclick: async () => {
              this.#say('key-message', 'Testing…');
              const result = await this.#api.testApiKey(keyInput.value.trim() || null);
              this.#say('key-message', result.ok ? result.value.message : result.error.message);
            },
          },
          'Test key',
        ),
      ),
      h('p', { id: 'key-storage', class: `hint${apiKey.storage === 'os-keychain' ? '' : ' warning'}` }, STORAGE_NOTE[apiKey.storage]),
      h('p', { class: 'key-message', id: 'key-message', role: 'status' }),
    );
  }

  #addresses(s: Settings): HTMLElement {
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
          placeholder: 'Public service',
          onchange: (e: Event) => void this.#save({ [key]: (e.target as HTMLInputElement).value.trim() || null }, error),
        }),
      );
    return h(
      'details',
      {},
      h('summary', {}, 'Service addresses (for a self-hosted Open-Meteo)'),
      urlField('om-forecast', 'Open-Meteo forecast', s.openMeteoForecastUrl, 'openMeteoForecastUrl'),
      urlField('om-geocoding', 'Open-Meteo geocoding', s.openMeteoGeocodingUrl, 'openMeteoGeocodingUrl'),
      urlField('owm-url', 'OpenWeatherMap', s.openWeatherMapUrl, 'openWeatherMapUrl'),
      error,
    );
  }

  #notifications({ settings, limits }: SettingsState): HTMLElement {
    const error = fieldError('notify-error');
    const n = settings.notifications;
    const quiet = limits.quietHours;
    const save = (patch: Partial<Settings['notifications']>): void => void this.#save({ notifications: { ...n, ...patch } }, error);
    return h(
      'fieldset',
      {},
      h('legend', {}, 'Notifications'),
      check('notify-enabled', 'Allow notifications (then press “Notify me” on each place you want them for)', n.enabled, (on) => save({ enabled: on })),
      check('notify-rain', 'Rain starting soon', n.rainSoon, (on) => save({ rainSoon: on })),
      check('notify-severe', 'Thunderstorms, heavy snow, freezing rain', n.severe, (on) => save({ severe: on })),
      check('quiet', `Quiet from ${quiet.start} to ${quiet.end}`, n.quietHours !== null, (on) => save({ quietHours: on ? quiet : null })),
      error,
    );
  }
}

/** Every level the log knows, in the words the window uses for it. */
const LOG_DETAIL: Readonly<Record<LogLevel, string>> = {
  error: 'Errors only',
  warn: 'Warnings and errors',
  info: 'Normal',
  debug: 'Everything (for a bug report)',
};

const fieldError = (id: string): HTMLElement => h('p', { class: 'field-error', id, role: 'alert' });

const radio = (name: string, value: string, label: string, checked: boolean, onchange: () => void): HTMLElement =>
  h('label', { class: 'choice' }, h('input', { type: 'radio', name, value, checked, onchange }), label);

const check = (id: string, label: string, checked: boolean, onchange: (on: boolean) => void): HTMLElement =>
  h(
    'label',
    { class: 'choice', for: id },
    h('input', { id, type: 'checkbox', checked, onchange: (e: Event) => onchange((e.target as HTMLInputElement).checked) }),
    label,
  );
