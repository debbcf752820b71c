// The next days, one row each: the day, its icon, its chance of precipitation, and its range bar on
// the week's common scale (today's bar also marks the temperature now).
import type { Weather } from '../../main/core/model/model.ts';
import type { Wording } from '../../main/wording/wording.ts';
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

/**
 * A value seen bare ("3°") and heard as a whole phrase ("low 3°"): the phrase's word order is the
 * language's own, so it is not the bare value with a word stuck in front.
 */
const spoken = (phrase: string, shown: string): HTMLElement[] => [h('span', { class: 'visually-hidden' }, phrase), h('span', { 'aria-hidden': 'true' }, shown)];

export function daysList(w: Weather, today: string, wording: Wording): HTMLElement {
  const { t } = wording;
  const days = w.daily.slice(0, DAYS_SHOWN);
  const week = weekDomain(days);
  return h(
    'ol',
    { class: 'days' },
    days.map((d) => {
      const isToday = d.date === today;
      const placement = rangePlacement(d, week);
      const low = wording.temperature(d.temperatureMin, '°');
      const high = wording.temperature(d.temperatureMax, '°');
      const chance = wording.percent(d.precipitationProbabilityMax);
      return h(
        'li',
        { class: 'day' },
        h('span', { class: 'day-name' }, isToday ? t('window.days.today') : wording.weekday(d.date)),
        conditionIconElement(d.condition.code, true, wording, { size: 32 }),
        h(
          'span',
          { class: 'day-pop', title: t('window.days.chanceTitle') },
          d.precipitationProbabilityMax ? spoken(t('window.days.chance', { chance }), chance) : '',
        ),
        h('span', { class: 'day-low' }, spoken(t('window.days.low', { temperature: low }), low)),
        placement
          ? rangeBar(placement.from, placement.to, isToday ? markerPlacement(w.current.temperature, week) : null)
          : h('span', { class: 'range-track empty', 'aria-hidden': 'true' }),
        h('span', { class: 'day-high' }, spoken(t('window.days.high', { temperature: high }), high)),
      );
    }),
  );
}
