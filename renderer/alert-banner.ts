// The selected place's official warnings: the worst one as a banner in its severity's colour, the
// others listed under it, each with its full text on demand. Saying that no service covers a place,
// or that the service failed, matters as much: an empty space would read as "no warnings".
import type { WeatherAlert } from '../main/core/alerts/alert.ts';
import type { AlertsJson } from '../main/core/alerts/extras-view.ts';
import type { WeatherErrorCode, WeatherErrorInfo } from '../main/core/errors.ts';
import { legacyEnglish } from '../main/wording/english.ts';
import { weekdayClockIn } from '../main/wording/time.ts';
import { fill, h } from './dom.ts';

const { t } = legacyEnglish;

/** Why warnings could not be had, short enough for the brackets of "Warnings unavailable (…)". */
const REASONS: Readonly<Partial<Record<WeatherErrorCode, (provider: string) => string>>> = {
  network: (provider) => t('window.warnings.reason.network', { provider }),
  timeout: (provider) => t('window.warnings.reason.timeout', { provider }),
  'rate-limited': (provider) => t('window.warnings.reason.rateLimited', { provider }),
  server: (provider) => t('window.warnings.reason.server', { provider }),
  auth: (provider) => t('window.warnings.reason.auth', { provider }),
  malformed: (provider) => t('window.warnings.reason.malformed', { provider }),
  'too-large': (provider) => t('window.warnings.reason.tooLarge', { provider }),
};

function reasonFor(error: WeatherErrorInfo): string {
  const reason = REASONS[error.code];
  return reason ? reason(error.provider ?? t('window.warnings.reason.unnamed')) : error.message.replace(/\.$/, '');
}

function timesOf(alert: WeatherAlert, timeZone: string): string | null {
  const onset = alert.onset ?? alert.sent;
  const expires = alert.ends ?? alert.expires;
  if (onset && expires) return t('window.warnings.fromUntil', { onset: weekdayClockIn(onset, timeZone), expires: weekdayClockIn(expires, timeZone) });
  if (onset) return t('window.warnings.from', { onset: weekdayClockIn(onset, timeZone) });
  if (expires) return t('window.warnings.until', { expires: weekdayClockIn(expires, timeZone) });
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
    const title = h('h3', { id: 'alerts-title', class: 'visually-hidden' }, t('window.warnings.title'));
    const [first, ...rest] = alerts.active;
    const status = this.#status(alerts);
    fill(
      this.el,
      title,
      status,
      // i18n-ignore: CSS classes
      first ? this.#alert(first, timeZone, open, 'alert lead-alert') : null,
      rest.length
        ? h(
            'ul',
            { class: 'more-alerts', 'aria-label': t('window.warnings.more') },
            rest.map((alert) => h('li', {}, this.#alert(alert, timeZone, open, 'alert'))),
          )
        : null,
    );
  }

  #status(alerts: AlertsJson): HTMLElement | null {
    if (alerts.error)
      return h(
        'p',
        { class: 'alerts-status unavailable', 'data-testid': 'alerts-status' },
        t('window.warnings.unavailable', { reason: reasonFor(alerts.error) }),
      );
    if (alerts.source === null) return h('p', { class: 'alerts-status', 'data-testid': 'alerts-status' }, t('window.warnings.uncovered'));
    if (alerts.active.length === 0)
      return h('p', { class: 'alerts-status', 'data-testid': 'alerts-status' }, t('window.warnings.none', { source: alerts.source }));
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
      h(
        'p',
        { class: 'alert-head' },
        h('span', { class: 'alert-level' }, t(`window.warnings.severity.${alert.severity}`)),
        h('strong', { class: 'alert-event' }, alert.event),
      ),
      alert.headline ? h('p', { class: 'alert-headline' }, alert.headline) : null,
      h(
        'details',
        { 'data-alert-id': key, open: open.has(key) },
        h('summary', {}, t('window.warnings.details')),
        times ? h('p', { class: 'alert-times' }, times, ' ', h('span', { class: 'hint-inline' }, t('window.warnings.timesNote'))) : null,
        alert.area ? h('p', { class: 'alert-area' }, alert.area) : null,
        paragraphs(alert.description, 'alert-description'),
        paragraphs(alert.instruction, 'alert-instruction'),
        alert.link ? this.#issuerLink(alert.link, alert.issuer) : null,
      ),
    );
  }

  /** A real link (it says where it goes), opened by main in the system's browser, never in the window. */
  #issuerLink(url: string, issuer: string | null): HTMLElement {
    const label = issuer ? t('window.warnings.issuer', { issuer }) : t('window.warnings.issuerUnnamed');
    return h(
      'p',
      {},
      h(
        'a',
        {
          href: url,
          class: 'issuer-link',
          // i18n-ignore: link relations
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
