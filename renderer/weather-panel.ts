// The selected place: current conditions first (a large temperature and icon, the condition,
// feels-like, today's range and what comes next), then the next 48 hours as a chart, then the next
// days, all in the place's own time; how old the data is and whether it is stale or offline,
// always in view.
import type { FavouriteExtras } from '../main/core/alerts/extras-view.ts';
import type { PlaceSnapshot } from '../main/core/service/service-types.ts';
import type { QuarterHours, Weather } from '../main/core/model/model.ts';
import { AirPanel } from './air-panel.ts';
import { AlertBanner } from './alert-banner.ts';
import { UvAndRain } from './uv-and-rain.ts';
import { fill, h } from './dom.ts';
import { chartSeries, type ChartSeries } from './chart/chart-series.ts';
import { comingNext } from './chart/coming-next.ts';
import { daysList } from './chart/days-list.ts';
import { HourlyChart } from './chart/hourly-chart.ts';
import { conditionIconElement } from './icons/icon-element.ts';
import { conditionWords } from '../main/wording/condition.ts';
import { placeFreshnessLine } from '../main/wording/freshness.ts';
import { placeSurroundings } from '../main/wording/place.ts';
import type { Wording } from '../main/wording/wording.ts';
import { errorText } from '../main/wording/error-text.ts';

/** The chart's "now" and first hour move on: redraw the same data after this long. */
const REDRAW_AFTER_MS = 5 * 60_000;

export class WeatherPanel {
  readonly el = h('section', { class: 'weather', 'aria-labelledby': 'weather-title' });
  readonly #head = h('div', { class: 'weather-status' });
  readonly #current = h('div', { class: 'current' });
  readonly #chart = new HourlyChart('hourly');
  readonly #days = h('section', { class: 'daily', 'aria-labelledby': 'days-title' });
  readonly #attribution = h('p', { class: 'attribution' });
  readonly #air = new AirPanel();
  readonly #uvAndRain = new UvAndRain();
  readonly #visuals = h('div', { class: 'visuals' }, this.#current, this.#uvAndRain.el, this.#air.el, this.#chart.el, this.#days, this.#attribution);
  readonly #alerts: AlertBanner;
  #onRefresh: (id: number) => void;
  #onNotify: (id: number, on: boolean) => void;
  #drawn: Readonly<{ weather: Weather | null; at: number; wording: Wording | null }> = { weather: null, at: 0, wording: null };

  constructor(onRefresh: (id: number) => void, onNotify: (id: number, on: boolean) => void, openLink: (url: string) => void) {
    this.#onRefresh = onRefresh;
    this.#onNotify = onNotify;
    this.#alerts = new AlertBanner({ openLink });
    // The visuals stay in the page between draws, so the chart keeps its focus and chosen hour.
    fill(this.el, this.#head, this.#alerts.el, this.#visuals);
  }

  /** The warnings and air quality of the place drawn; null until they are known. */
  drawExtras(snapshot: PlaceSnapshot | null, extras: FavouriteExtras | null, wording: Wording): void {
    const place = snapshot?.favourite.place;
    const known = place && extras ? extras : null;
    this.#alerts.draw(known?.alerts ?? null, snapshot?.weather?.timezone ?? place?.timezone ?? 'UTC', wording);
    this.#air.draw(known?.airQuality ?? null, known?.airQualityIndex ?? 'european', wording);
  }

  draw(snapshot: PlaceSnapshot | null, online: boolean, wording: Wording): void {
    const { t } = wording;
    if (!snapshot) {
      fill(this.#head, h('h2', { id: 'weather-title', class: 'visually-hidden' }, t('window.forecast.title')));
      this.#visuals.hidden = true;
      return;
    }
    const { favourite, weather: w } = snapshot;
    const status = placeFreshnessLine({ ...snapshot, hasWeather: w !== null }, online, wording);
    const lastError = snapshot.lastError ? errorText(wording, snapshot.lastError) : null;
    fill(
      this.#head,
      h(
        'header',
        { class: 'weather-head' },
        h('div', {}, h('h2', { id: 'weather-title' }, favourite.place.name), h('p', { class: 'where' }, placeSurroundings(favourite.place))),
        h(
          'div',
          { class: 'row' },
          h(
            'button',
            {
              type: 'button',
              class: 'notify',
              'aria-pressed': favourite.notify ? 'true' : 'false',
              title: t('window.forecast.notifyTitle'),
              onclick: () => this.#onNotify(favourite.id, !favourite.notify),
            },
            t(favourite.notify ? 'window.forecast.notifying' : 'window.forecast.notify'),
          ),
          h(
            'button',
            { type: 'button', class: 'refresh-one', disabled: snapshot.refreshing, onclick: () => this.#onRefresh(favourite.id) },
            t(snapshot.refreshing ? 'window.forecast.refreshing' : 'window.forecast.refresh'),
          ),
        ),
      ),
      h('p', { class: `data-age${!online ? ' offline' : snapshot.stale ? ' stale' : ''}`, 'data-testid': 'data-age' }, status),
      lastError ? h('p', { class: 'inline-error', role: 'alert' }, w ? t('window.forecast.errorShowingLastGood', { error: lastError }) : lastError) : null,
    );
    this.#visuals.hidden = false;
    this.#visuals.classList.toggle('placeholder', !w);
    const now = Date.now();
    if (w === this.#drawn.weather && wording === this.#drawn.wording && now - this.#drawn.at < REDRAW_AFTER_MS) return;
    this.#drawn = { weather: w, at: now, wording };
    this.#drawVisuals(w, now, wording);
  }

  #drawVisuals(w: Weather | null, now: number, wording: Wording): void {
    this.#chart.el.hidden = !w;
    if (!w) {
      fill(this.#current);
      fill(this.#uvAndRain.el);
      fill(this.#days);
      this.#attribution.textContent = '';
      return;
    }
    const series = chartSeries(w, now);
    fill(this.#current, current(w, series, wording));
    const uv = uvAndQuarterHours(w);
    this.#uvAndRain.draw(uv.now, uv.max, uv.quarterHours, w.units.precipitation === 'in', now, wording);
    this.#chart.draw(series, now, wording);
    fill(this.#days, h('h3', { id: 'days-title' }, wording.t('window.forecast.nextDays')), daysList(w, w.current.time.slice(0, 10), wording));
    this.#attribution.textContent = wording.t('window.forecast.attribution', { provider: w.provider });
  }
}

/** UV and quarter-hours; weather saved before they existed has no such fields at all. */
function uvAndQuarterHours(w: Weather): Readonly<{ now: number | null; max: number | null; quarterHours: QuarterHours | null }> {
  const today = w.daily.find((d) => d.date === w.current.time.slice(0, 10));
  return { now: w.current.uvIndex ?? null, max: today?.uvIndexMax ?? null, quarterHours: w.quarterHours ?? null };
}

function current(w: Weather, series: ChartSeries, wording: Wording): HTMLElement[] {
  const { t } = wording;
  const c = w.current;
  const today = w.daily.find((d) => d.date === c.time.slice(0, 10));
  const next = comingNext(c.condition.code, series.hours, c.time.slice(0, 10), wording);
  // data-fact names each fact whatever the language its label is in.
  const fact = (label: string, value: string, name: string): HTMLElement =>
    h('div', { class: 'fact', 'data-fact': name }, h('dt', {}, label), h('dd', {}, value));
  return [
    h(
      'div',
      { class: 'lead' },
      conditionIconElement(c.condition.code, c.isDay, wording, { size: 96, animated: true, besideWords: true }),
      h(
        'div',
        { class: 'lead-words' },
        h('p', { class: 'lead-temp', 'data-testid': 'current-temperature' }, wording.temperature(c.temperature, w.units.temperature)),
        h('p', { class: 'lead-condition' }, conditionWords(c.condition.code, wording)),
        h(
          'p',
          { class: 'lead-feels' },
          h('span', {}, t('window.forecast.feelsLike', { temperature: wording.temperature(c.feelsLike, '°') })),
          today
            ? h(
                'span',
                {},
                t('window.forecast.highLow', { high: wording.temperature(today.temperatureMax, '°'), low: wording.temperature(today.temperatureMin, '°') }),
              )
            : null,
        ),
        next ? h('p', { class: 'lead-next', 'data-testid': 'coming-next' }, next) : null,
      ),
    ),
    h(
      'dl',
      { class: 'facts' },
      fact(t('window.forecast.wind'), wording.wind(c.windSpeed, w.units.windSpeed, c.windDirection), 'wind'),
      fact(t('window.forecast.humidity'), wording.percent(c.humidity), 'humidity'),
      fact(t('window.forecast.precipitation'), precipitationWords(c, w.units.precipitation, wording), 'precipitation'),
      fact(t('window.forecast.localTime'), wording.clock(c.time), 'local-time'),
      fact(t('window.forecast.sun'), t('window.forecast.sunriseSunset', { sunrise: wording.clock(w.sunrise), sunset: wording.clock(w.sunset) }), 'sun'),
    ),
  ];
}

/** "0.3 mm · 40%": the last hour's amount, and the chance of more when the service gives one. */
function precipitationWords(c: Weather['current'], unit: Weather['units']['precipitation'], wording: Wording): string {
  const amount = wording.precipitation(c.precipitation, unit);
  if (c.precipitationProbability === null) return amount;
  return wording.t('window.forecast.precipitationChance', { amount, chance: wording.percent(c.precipitationProbability) });
}
