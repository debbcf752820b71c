// The next days, one row each: the day, its icon, its chance of precipitation, and its range bar on
// the week's common scale (today's bar also marks the temperature now).
import type { Weather } from '../../main/core/model/model.ts';
import { formatPercent } from '../../main/wording/numbers.ts';
import { formatTemperature } from '../../main/wording/temperature.ts';
import { weekday } from '../../main/wording/time.ts';
import { h } from '../dom.ts';
import { conditionIconElement } from '../icons/icon-element.ts';
import { markerPlacement, rangePlacement, weekDomain } from './day-range.ts';

const DAYS_SHOWN = 7;

function rangeBar(from: number, to: number, now: number | null): HTMLElement {
  const fill = h('span', { class: 'range-fill' });
  // CSSOM, not a style attribute: the window's policy (style-src 'self') allows only the former.
  // Half the bar's height added at each end, so a day with one temperature is a dot, not nothing.
  fill.style.left = `calc(${from}% - 3px)`;
  fill.style.width = `calc(${to - from}% + 6px)`;
  // The colour runs cold to warm across the whole week, so each bar shows its own part of it.
  const share = to - from;
  fill.style.backgroundSize = share > 0 ? `${(100 / share) * 100}% 100%` : '100% 100%';
  fill.style.backgroundPosition = share < 100 ? `${(from / (100 - share)) * 100}% 0` : '0 0';
  const track = h('span', { class: 'range-track', 'aria-hidden': 'true' }, fill);
  if (now !== null) {
    const dot = h('span', { class: 'range-now' });
    dot.style.left = `${now}%`;
    track.append(dot);
  }
  return track;
}

export function daysList(w: Weather, today: string): HTMLElement {
  const days = w.daily.slice(0, DAYS_SHOWN);
  const week = weekDomain(days);
  return h(
    'ol',
    { class: 'days' },
    days.map((d) => {
      const isToday = d.date === today;
      const placement = rangePlacement(d, week);
      const low = formatTemperature(d.temperatureMin, '°');
      const high = formatTemperature(d.temperatureMax, '°');
      return h(
        'li',
        { class: 'day' },
        h('span', { class: 'day-name' }, isToday ? 'Today' : weekday(d.date)),
        conditionIconElement(d.condition.code, true, { size: 32 }),
        h(
          'span',
          { class: 'day-pop', title: 'Chance of precipitation' },
          d.precipitationProbabilityMax ? [h('span', { class: 'visually-hidden' }, 'precipitation '), formatPercent(d.precipitationProbabilityMax)] : '',
        ),
        h('span', { class: 'day-low' }, h('span', { class: 'visually-hidden' }, 'low '), low),
        placement
          ? rangeBar(placement.from, placement.to, isToday ? markerPlacement(w.current.temperature, week) : null)
          : h('span', { class: 'range-track empty', 'aria-hidden': 'true' }),
        h('span', { class: 'day-high' }, h('span', { class: 'visually-hidden' }, 'high '), high),
      );
    }),
  );
}
