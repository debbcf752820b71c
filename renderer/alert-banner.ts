// The selected place's official warnings: the worst one as a banner in its severity's colour, the
// others listed under it, each with its full text on demand. Saying that no service covers a place,
// or that the service failed, matters as much: an empty space would read as "no warnings".
import type { WeatherAlert } from '../main/core/alerts/alert.ts';
import type { AlertsJson } from '../main/core/alerts/extras-view.ts';
import type { WeatherErrorCode, WeatherErrorInfo } from '../main/core/errors.ts';
import { errorText } from '../main/wording/error-text.ts';
import type { Wording } from '../main/wording/wording.ts';
import { dayAndTimeIn } from './day-and-time.ts';
import { fill, h } from './dom.ts';

type Reason = 'network' | 'timeout' | 'rateLimited' | 'server' | 'auth' | 'malformed' | 'tooLarge';
const REASONS: Readonly<Partial<Record<WeatherErrorCode, Reason>>> = {
  network: 'network',
  timeout: 'timeout',
  'rate-limited': 'rateLimited',
  server: 'server',
  auth: 'auth',
  malformed: 'malformed',
  'too-large': 'tooLarge',
};

/** Why warnings or air quality could not be had, short enough for the brackets of "Warnings unavailable (…)". */
export function shortReason(error: WeatherErrorInfo, wording: Wording): string {
  const reason = REASONS[error.code];
  if (!reason) return errorText(wording, error).replace(/[.。]$/, '');
  return wording.t(`window.warnings.reason.${reason}`, { provider: error.provider ?? wording.t('window.warnings.reason.unnamed') });
}

function timesOf(alert: WeatherAlert, timeZone: string, wording: Wording): string | null {
  const { t } = wording;
  const at = (instant: string): string => dayAndTimeIn(instant, timeZone, wording);
  const onset = alert.onset ?? alert.sent;
  const expires = alert.ends ?? alert.expires;
  if (onset && expires) return t('window.warnings.fromUntil', { onset: at(onset), expires: at(expires) });
  if (onset) return t('window.warnings.from', { onset: at(onset) });
  if (expires) return t('window.warnings.until', { expires: at(expires) });
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
  draw(alerts: AlertsJson | null, timeZone: string, wording: Wording): void {
    const { t } = wording;
    const open = new Set([...this.el.querySelectorAll('details[open]')].map((d) => d.getAttribute('data-alert-id')));
    this.el.hidden = alerts === null;
    if (!alerts) return fill(this.el);
    const title = h('h3', { id: 'alerts-title', class: 'visually-hidden' }, t('window.warnings.title'));
    const [first, ...rest] = alerts.active;
    const status = this.#status(alerts, wording);
    fill(
      this.el,
      title,
      status,
      // i18n-ignore: CSS classes
      first ? this.#alert(first, { timeZone, open, className: 'alert lead-alert' }, wording) : null,
      rest.length
        ? h(
            'ul',
            { class: 'more-alerts', 'aria-label': t('window.warnings.more') },
            rest.map((alert) => h('li', {}, this.#alert(alert, { timeZone, open, className: 'alert' }, wording))),
          )
        : null,
    );
  }

  #status(alerts: AlertsJson, wording: Wording): HTMLElement | null {
    const { t } = wording;
    if (alerts.error)
      return h(
        'p',
        { class: 'alerts-status unavailable', 'data-testid': 'alerts-status' },
        t('window.warnings.unavailable', { reason: shortReason(alerts.error, wording) }),
      );
    if (alerts.source === null) return h('p', { class: 'alerts-status', 'data-testid': 'alerts-status' }, t('window.warnings.uncovered'));
    if (alerts.active.length === 0)
      return h('p', { class: 'alerts-status', 'data-testid': 'alerts-status' }, t('window.warnings.none', { source: alerts.source }));
    return null;
  }

  #alert(
    alert: WeatherAlert,
    { timeZone, open, className }: Readonly<{ timeZone: string; open: ReadonlySet<string | null>; className: string }>,
    wording: Wording,
  ): HTMLElement {
    const { t } = wording;
    const key = `${alert.source}:${alert.id}`;
    const times = timesOf(alert, timeZone, wording);
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
        alert.link ? this.#issuerLink(alert.link, alert.issuer, wording) : null,
      ),
    );
  }

  /** A real link (it says where it goes), opened by main in the system's browser, never in the window. */
  #issuerLink(url: string, issuer: string | null, { t }: Wording): HTMLElement {
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
