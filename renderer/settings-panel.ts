// Settings, saved as they change; a refused value shows its reason next to the control.
import type { Settings } from '../main/core/model/settings.ts';
import type { SettingsState, SkytrayApi } from '../main/ipc/ipc-contract.ts';
import { announce, fill, h } from './dom.ts';

const STORAGE_NOTE = {
  'os-keychain': 'Stored encrypted by your system’s keychain.',
  'plain-text': 'Your system has no keychain Skytray can use, so the key is stored only lightly obscured (Electron’s basic_text storage). Anyone with access to your files could read it.',
  unavailable: 'No encryption is available, so the key is kept in memory only and must be entered again after Skytray restarts.',
} as const;

export class SettingsPanel {
  readonly el = h('section', { class: 'settings', 'aria-labelledby': 'settings-title' });
  #api: SkytrayApi;
  #onSaved: (view: SettingsState) => void;
  /** Messages shown beside controls, kept across redraws (a save redraws the panel). */
  #messages = new Map<string, string>();

  constructor(api: SkytrayApi, onSaved: (view: SettingsState) => void) {
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

  draw(view: SettingsState | null): void {
    if (!view) return;
    const focused = document.activeElement instanceof HTMLElement && this.el.contains(document.activeElement) ? document.activeElement : null;
    const focusKey = focused ? (focused.id || (focused instanceof HTMLInputElement && focused.type === 'radio' ? `radio:${focused.value}` : null) || focused.textContent) : null;
    this.#drawPanel(view);
    for (const [id, text] of this.#messages) {
      const el = document.getElementById(id);
      if (el) el.textContent = text;
    }
    if (focusKey) {
      const target = document.getElementById(focusKey)
        ?? (focusKey.startsWith('radio:') ? this.el.querySelector<HTMLElement>(`input[type="radio"][value="${focusKey.slice(6)}"]`) : null)
        ?? [...this.el.querySelectorAll<HTMLElement>('button')].find((b) => b.textContent === focusKey);
      target?.focus();
    }
  }

  #drawPanel(view: SettingsState): void {
    const s = view.settings;
    const error = (id: string): HTMLElement => h('p', { class: 'field-error', id, role: 'alert' });
    const unitsError = error('units-error');
    const intervalError = error('interval-error');
    const providerError = error('provider-error');
    const urlError = error('url-error');
    const notifyError = error('notify-error');
    const keyMessage = h('p', { class: 'key-message', id: 'key-message', role: 'status' });
    const keyInput = h('input', { id: 'owm-key', type: 'password', autocomplete: 'off', spellcheck: 'false', maxlength: 200, placeholder: view.apiKey.set ? '•••••••• (saved)' : 'Your API key', 'aria-describedby': 'key-storage key-message' });
    const radio = (name: string, value: string, label: string, checked: boolean, onchange: () => void): HTMLElement =>
      h('label', { class: 'choice' }, h('input', { type: 'radio', name, value, checked, onchange }), label);
    const check = (id: string, label: string, checked: boolean, onchange: (on: boolean) => void): HTMLElement =>
      h('label', { class: 'choice', for: id }, h('input', { id, type: 'checkbox', checked, onchange: (e: Event) => onchange((e.target as HTMLInputElement).checked) }), label);
    const urlField = (id: string, label: string, value: string | null, key: 'openMeteoForecastUrl' | 'openMeteoGeocodingUrl' | 'openWeatherMapUrl'): HTMLElement =>
      h('div', { class: 'field' }, h('label', { for: id }, label),
        h('input', { id, type: 'url', value: value ?? '', placeholder: 'Public service', onchange: (e: Event) => void this.#save({ [key]: (e.target as HTMLInputElement).value.trim() || null }, urlError) }));
    const n = s.notifications;
    fill(
      this.el,
      h('h2', { id: 'settings-title' }, 'Settings'),
      h('fieldset', {}, h('legend', {}, 'Units'),
        radio('units', 'metric', 'Metric (°C, km/h, mm)', s.units === 'metric', () => void this.#save({ units: 'metric' }, unitsError)),
        radio('units', 'imperial', 'Imperial (°F, mph, in)', s.units === 'imperial', () => void this.#save({ units: 'imperial' }, unitsError)),
        unitsError),
      h('div', { class: 'field' }, h('label', { for: 'interval' }, 'Refresh every (minutes)'),
        h('input', { id: 'interval', type: 'number', min: 5, max: 180, step: 1, value: s.refreshIntervalMinutes, 'aria-describedby': 'interval-error',
          onchange: (e: Event) => void this.#save({ refreshIntervalMinutes: Number((e.target as HTMLInputElement).value) }, intervalError) }),
        intervalError),
      h('div', { class: 'field' }, h('label', { for: 'provider' }, 'Weather service'),
        h('select', { id: 'provider', onchange: (e: Event) => void this.#save({ provider: (e.target as HTMLSelectElement).value as Settings['provider'] }, providerError) },
          h('option', { value: 'open-meteo', selected: s.provider === 'open-meteo' }, 'Open-Meteo (no key needed)'),
          h('option', { value: 'openweathermap', selected: s.provider === 'openweathermap' }, 'OpenWeatherMap (your own key)')),
        providerError),
      h('div', { class: 'field key' }, h('label', { for: 'owm-key' }, 'OpenWeatherMap API key'), keyInput,
        h('div', { class: 'row' },
          h('button', { type: 'button', onclick: async () => {
            const result = await this.#api.setApiKey(keyInput.value.trim() || null);
            this.#say('key-message', result.ok ? (result.value.set ? 'Key saved.' : 'Key removed.') : result.error.message);
            keyInput.value = '';
            if (result.ok) this.#onSaved({ ...view, apiKey: result.value });
          } }, 'Save key'),
          h('button', { type: 'button', onclick: async () => {
            this.#say('key-message', 'Testing…');
            const result = await this.#api.testApiKey(keyInput.value.trim() || null);
            this.#say('key-message', result.ok ? result.value.message : result.error.message);
          } }, 'Test key')),
        h('p', { id: 'key-storage', class: `hint${view.apiKey.storage === 'os-keychain' ? '' : ' warning'}` }, STORAGE_NOTE[view.apiKey.storage]),
        keyMessage),
      h('details', {}, h('summary', {}, 'Service addresses (for a self-hosted Open-Meteo)'),
        urlField('om-forecast', 'Open-Meteo forecast', s.openMeteoForecastUrl, 'openMeteoForecastUrl'),
        urlField('om-geocoding', 'Open-Meteo geocoding', s.openMeteoGeocodingUrl, 'openMeteoGeocodingUrl'),
        urlField('owm-url', 'OpenWeatherMap', s.openWeatherMapUrl, 'openWeatherMapUrl'),
        urlError),
      h('fieldset', {}, h('legend', {}, 'Notifications'),
        check('notify-enabled', 'Allow notifications (then press “Notify me” on each place you want them for)', n.enabled, (on) => void this.#save({ notifications: { ...n, enabled: on } }, notifyError)),
        check('notify-rain', 'Rain starting soon', n.rainSoon, (on) => void this.#save({ notifications: { ...n, rainSoon: on } }, notifyError)),
        check('notify-severe', 'Thunderstorms, heavy snow, freezing rain', n.severe, (on) => void this.#save({ notifications: { ...n, severe: on } }, notifyError)),
        check('quiet', 'Quiet from 22:00 to 07:00', n.quietHours !== null, (on) => void this.#save({ notifications: { ...n, quietHours: on ? { start: '22:00', end: '07:00' } : null } }, notifyError)),
        notifyError),
      h('fieldset', {}, h('legend', {}, 'Start-up'),
        check('login', 'Start Skytray when I log in', s.launchAtLogin, (on) => void this.#save({ launchAtLogin: on }, unitsError))),
    );
  }
}
