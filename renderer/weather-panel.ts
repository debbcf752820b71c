// The selected place: current conditions, the next 24 hours, the next 7 days, in the place's own
// time; how old the data is and whether it is stale or offline, always in view.
import type { PlaceSnapshot } from '../main/core/service/service-types.ts';
import type { Weather } from '../main/core/model/model.ts';
import { fill, h } from './dom.ts';
import { conditionSymbol, conditionWords } from '../main/wording/condition.ts';
import { placeFreshnessLine } from '../main/wording/freshness.ts';
import { formatPercent } from '../main/wording/numbers.ts';
import { placeSurroundings } from '../main/wording/place.ts';
import { formatPrecipitation } from '../main/wording/precipitation.ts';
import { formatTemperature } from '../main/wording/temperature.ts';
import { localClock, weekday } from '../main/wording/time.ts';
import { formatWind } from '../main/wording/wind.ts';

export class WeatherPanel {
  readonly el = h('section', { class: 'weather', 'aria-labelledby': 'weather-title' });
  #onRefresh: (id: number) => void;
  #onNotify: (id: number, on: boolean) => void;

  constructor(onRefresh: (id: number) => void, onNotify: (id: number, on: boolean) => void) {
    this.#onRefresh = onRefresh;
    this.#onNotify = onNotify;
  }

  draw(snapshot: PlaceSnapshot | null, online: boolean): void {
    if (!snapshot) {
      fill(this.el, h('h2', { id: 'weather-title', class: 'visually-hidden' }, 'Weather'));
      return;
    }
    const { favourite, weather: w } = snapshot;
    const status = placeFreshnessLine({ ...snapshot, hasWeather: w !== null }, online);
    fill(
      this.el,
      h('header', { class: 'weather-head' },
        h('div', {}, h('h2', { id: 'weather-title' }, favourite.place.name), h('p', { class: 'where' }, placeSurroundings(favourite.place))),
        h('div', { class: 'row' },
          h('button', { type: 'button', class: 'notify', 'aria-pressed': favourite.notify ? 'true' : 'false', title: 'Rain and severe weather notifications for this place', onclick: () => this.#onNotify(favourite.id, !favourite.notify) }, favourite.notify ? 'Notifying ✓' : 'Notify me'),
          h('button', { type: 'button', class: 'refresh-one', disabled: snapshot.refreshing, onclick: () => this.#onRefresh(favourite.id) }, snapshot.refreshing ? 'Refreshing…' : 'Refresh'),
        ),
      ),
      h('p', { class: `data-age${!online ? ' offline' : snapshot.stale ? ' stale' : ''}`, 'data-testid': 'data-age' }, status),
      snapshot.lastError ? h('p', { class: 'inline-error', role: 'alert' }, snapshot.lastError.message, w ? ' Showing the last good data.' : '') : null,
      w ? current(w) : h('div', { class: 'current placeholder', 'aria-hidden': 'true' }),
      w ? hourly(w) : h('div', { class: 'hourly placeholder', 'aria-hidden': 'true' }),
      w ? daily(w) : h('div', { class: 'daily placeholder', 'aria-hidden': 'true' }),
      w ? h('p', { class: 'attribution' }, w.attribution) : null,
    );
  }
}

function current(w: Weather): HTMLElement {
  const c = w.current;
  const fact = (label: string, value: string): HTMLElement => h('div', { class: 'fact' }, h('dt', {}, label), h('dd', {}, value));
  return h('div', { class: 'current' },
    h('p', { class: 'now' },
      h('span', { class: 'glyph big', 'aria-hidden': 'true' }, conditionSymbol(c.condition.icon)),
      h('span', { class: 'temp', 'data-testid': 'current-temperature' }, formatTemperature(c.temperature, w.units.temperature)),
      h('span', { class: 'condition' }, conditionWords(c.condition.code)),
    ),
    h('dl', { class: 'facts' },
      fact('Feels like', formatTemperature(c.feelsLike, w.units.temperature)),
      fact('Wind', formatWind(c.windSpeed, w.units.windSpeed, c.windDirection)),
      fact('Humidity', formatPercent(c.humidity)),
      fact('Precipitation', `${formatPrecipitation(c.precipitation, w.units.precipitation)}${c.precipitationProbability === null ? '' : ` · ${formatPercent(c.precipitationProbability)}`}`),
      fact('Local time', localClock(c.time)),
      fact('Sun', `${localClock(w.sunrise)} – ${localClock(w.sunset)}`),
    ),
  );
}

function hourly(w: Weather): HTMLElement {
  const hours = w.hourly.slice(0, Math.ceil(24 / w.hourlyStepHours));
  return h('section', { class: 'hourly', 'aria-label': 'Next 24 hours' },
    h('h3', {}, 'Next 24 hours'),
    // It scrolls sideways: focusable, so keyboard users can scroll it too.
    h('ol', { class: 'strip', tabindex: 0, 'aria-label': 'Hourly forecast, scrollable' }, hours.map((p) =>
      h('li', {},
        h('span', { class: 'time' }, localClock(p.time)),
        h('span', { class: 'glyph', 'aria-hidden': 'true' }, conditionSymbol(p.condition.icon)),
        h('span', { class: 'visually-hidden' }, conditionWords(p.condition.code)),
        h('span', { class: 'temp' }, formatTemperature(p.temperature, '°')),
        h('span', { class: 'pop' }, p.precipitationProbability ? formatPercent(p.precipitationProbability) : ''),
      ))),
  );
}

function daily(w: Weather): HTMLElement {
  return h('section', { class: 'daily', 'aria-label': 'Next 7 days' },
    h('h3', {}, 'Next days'),
    h('ol', {}, w.daily.slice(0, 7).map((d, i) =>
      h('li', {},
        h('span', { class: 'day' }, i === 0 ? 'Today' : weekday(d.date)),
        h('span', { class: 'glyph', 'aria-hidden': 'true' }, conditionSymbol(d.condition.icon)),
        h('span', { class: 'condition' }, conditionWords(d.condition.code)),
        h('span', { class: 'pop' }, d.precipitationProbabilityMax ? formatPercent(d.precipitationProbabilityMax) : ''),
        h('span', { class: 'range' }, `${formatTemperature(d.temperatureMin, '°')} / ${formatTemperature(d.temperatureMax, '°')}`),
      ))),
  );
}
