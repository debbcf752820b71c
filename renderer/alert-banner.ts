// The selected place's official warnings: the worst one as a banner in its severity's colour, the
// others listed under it, each with its full text on demand. Saying that no service covers a place,
// or that the service failed, matters as much: an empty space would read as "no warnings".
import type { AlertSourceId, CapSeverity, WeatherAlert } from '../main/core/alerts/alert.ts';
import type { AlertsJson } from '../main/core/alerts/extras-view.ts';
import type { WeatherErrorCode, WeatherErrorInfo } from '../main/core/errors.ts';
import { weekdayClockIn } from '../main/wording/time.ts';
import { fill, h } from './dom.ts';

const TEXT = {
  title: 'Official warnings',
  uncovered: 'No official warnings service covers this place',
  unavailable: 'Warnings unavailable ({reason})',
  none: 'No warnings in force from {source}',
  more: 'More warnings for this place',
  details: 'Details',
  from: 'From {onset}',
  until: 'Until {expires}',
  fromUntil: 'From {onset} to {expires}',
  timesNote: 'Times are the place’s own.',
  issuer: 'Read the full warning from {issuer}',
  issuerUnnamed: 'Read the full warning from its issuer',
} as const;

/** The words a severity is shown with, beside its colour, so colour is never the only sign. */
const SEVERITY_WORDS: Readonly<Record<CapSeverity, string>> = {
  Extreme: 'Extreme',
  Severe: 'Severe',
  Moderate: 'Moderate',
  Minor: 'Minor',
  Unknown: 'Warning',
};

const SOURCE_NAMES: Readonly<Record<AlertSourceId, string>> = {
  nws: 'the National Weather Service',
  metalerts: 'MET Norway',
  meteoalarm: 'MeteoAlarm',
};

/** Why warnings could not be had, short enough for the brackets of "Warnings unavailable (…)". */
const REASONS: Readonly<Partial<Record<WeatherErrorCode, string>>> = {
  network: 'no connection to {provider}',
  timeout: '{provider} did not answer in time',
  'rate-limited': '{provider} asked Skytray to wait',
  server: '{provider} is having trouble',
  auth: '{provider} refused the request',
  malformed: '{provider} sent data Skytray does not understand',
  'too-large': '{provider} sent too much data',
};

const fillIn = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

function reasonFor(error: WeatherErrorInfo): string {
  const template = REASONS[error.code];
  return template ? fillIn(template, { provider: error.provider ?? 'the service' }) : error.message.replace(/\.$/, '');
}

function timesOf(alert: WeatherAlert, timeZone: string): string | null {
  const onset = alert.onset ?? alert.sent;
  const expires = alert.ends ?? alert.expires;
  const values = { onset: weekdayClockIn(onset, timeZone), expires: weekdayClockIn(expires, timeZone) };
  if (onset && expires) return fillIn(TEXT.fromUntil, values);
  if (onset) return fillIn(TEXT.from, values);
  if (expires) return fillIn(TEXT.until, values);
  return null;
}

export type AlertBannerOptions = Readonly<{ openLink: (url: string) => void }>;

export class AlertBanner {
  readonly el = h('section', { class: 'alerts', 'aria-labelledby': 'alerts-title', 'data-testid': 'alerts' });
  #openLink: (url: string) => void;

  constructor(options: AlertBannerOptions) {
    this.#openLink = options.openLink;
  }

  /** `alerts` null: not known yet, nothing is shown. Open details stay open when the same warning is drawn again. */
  draw(alerts: AlertsJson | null, timeZone: string): void {
    const open = new Set([...this.el.querySelectorAll('details[open]')].map((d) => d.getAttribute('data-alert-id')));
    this.el.hidden = alerts === null;
    if (!alerts) return fill(this.el);
    const title = h('h3', { id: 'alerts-title', class: 'visually-hidden' }, TEXT.title);
    const [first, ...rest] = alerts.active;
    const status = this.#status(alerts);
    fill(
      this.el,
      title,
      status,
      first ? this.#alert(first, timeZone, open, 'alert lead-alert') : null,
      rest.length
        ? h(
            'ul',
            { class: 'more-alerts', 'aria-label': TEXT.more },
            rest.map((alert) => h('li', {}, this.#alert(alert, timeZone, open, 'alert'))),
          )
        : null,
    );
  }

  #status(alerts: AlertsJson): HTMLElement | null {
    if (alerts.error)
      return h('p', { class: 'alerts-status unavailable', 'data-testid': 'alerts-status' }, fillIn(TEXT.unavailable, { reason: reasonFor(alerts.error) }));
    if (alerts.source === null) return h('p', { class: 'alerts-status', 'data-testid': 'alerts-status' }, TEXT.uncovered);
    if (alerts.active.length === 0)
      return h('p', { class: 'alerts-status', 'data-testid': 'alerts-status' }, fillIn(TEXT.none, { source: SOURCE_NAMES[alerts.source] }));
    return null;
  }

  #alert(alert: WeatherAlert, timeZone: string, open: ReadonlySet<string | null>, className: string): HTMLElement {
    const key = `${alert.source}:${alert.id}`;
    const times = timesOf(alert, timeZone);
    const paragraphs = (text: string | null, cls: string): HTMLElement[] =>
      (text ?? '')
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => h('p', { class: cls }, p));
    return h(
      'article',
      { class: `${className} severity-${alert.severity.toLowerCase()}`, 'data-severity': alert.severity },
      h('p', { class: 'alert-head' }, h('span', { class: 'alert-level' }, SEVERITY_WORDS[alert.severity]), h('strong', { class: 'alert-event' }, alert.event)),
      alert.headline ? h('p', { class: 'alert-headline' }, alert.headline) : null,
      h(
        'details',
        { 'data-alert-id': key, open: open.has(key) },
        h('summary', {}, TEXT.details),
        times ? h('p', { class: 'alert-times' }, times, ' ', h('span', { class: 'hint-inline' }, TEXT.timesNote)) : null,
        alert.area ? h('p', { class: 'alert-area' }, alert.area) : null,
        paragraphs(alert.description, 'alert-description'),
        paragraphs(alert.instruction, 'alert-instruction'),
        alert.link ? this.#issuerLink(alert.link, alert.issuer) : null,
      ),
    );
  }

  /** A real link (it says where it goes), opened by main in the system's browser, never in the window. */
  #issuerLink(url: string, issuer: string | null): HTMLElement {
    const label = issuer ? fillIn(TEXT.issuer, { issuer }) : TEXT.issuerUnnamed;
    return h(
      'p',
      {},
      h(
        'a',
        {
          href: url,
          class: 'issuer-link',
          rel: 'noreferrer noopener',
          onclick: (event: MouseEvent) => {
            event.preventDefault();
            this.#openLink(url);
          },
        },
        label,
      ),
    );
  }
}
