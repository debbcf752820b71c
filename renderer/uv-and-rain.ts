// Two small facts beside the current conditions: the UV index now and today's highest with the
// WHO's category, and the next two hours of precipitation by quarter-hour as a strip of bars with
// one sentence that says what the bars show.
import type { Wording } from '../main/wording/wording.ts';
import { fill, h } from './dom.ts';
import { WET_MM } from '../main/wording/rain-rule.ts';
import { FULL_BAR_MM, nextTwoHoursSentence, startOnPlaceClock, upcoming, uvCategory, type QuarterHoursInput } from './uv-and-rain-words.ts';

export class UvAndRain {
  readonly el = h('div', { class: 'uv-rain' });

  draw(uvNow: number | null, uvMax: number | null, quarterHours: QuarterHoursInput | null, inches: boolean, now: number, wording: Wording): void {
    fill(
      this.el,
      uvNow === null && uvMax === null ? null : uvCard(uvNow, uvMax, wording),
      quarterHours ? rainCard(quarterHours, { inches, now }, wording) : null,
    );
    this.el.hidden = this.el.childElementCount === 0;
  }
}

function uvLine(line: (values: Readonly<{ value: string; category: string }>) => string, value: number, cls: string, wording: Wording): HTMLElement {
  const category = uvCategory(value);
  const swatch = h('span', { class: 'uv-swatch', 'aria-hidden': 'true' });
  // Through the CSSOM: the window's policy refuses style attributes, not style properties.
  swatch.style.setProperty('--uv-colour', category.colour);
  return h('p', { class: cls, 'data-level': category.level }, swatch, line({ value: wording.number(value, 0), category: category.label(wording) }));
}

function uvCard(uvNow: number | null, uvMax: number | null, wording: Wording): HTMLElement {
  const { t } = wording;
  return h(
    'section',
    { class: 'uv card', 'aria-labelledby': 'uv-title', 'data-testid': 'uv' },
    h('h3', { id: 'uv-title' }, t('window.forecast.uvTitle')),
    uvNow === null ? null : uvLine((v) => t('window.forecast.uvNow', v), uvNow, 'uv-now', wording),
    uvMax === null ? null : uvLine((v) => t('window.forecast.uvMax', v), uvMax, 'uv-max', wording),
  );
}

function rainCard(q: QuarterHoursInput, { inches, now }: Readonly<{ inches: boolean; now: number }>, wording: Wording): HTMLElement {
  const { t, clock } = wording;
  const quarters = upcoming(q, inches, now);
  const bars = quarters.map((p) => {
    const bar = h('span', { class: `rain-bar${p.mm !== null && p.mm >= WET_MM ? ' wet' : ''}` });
    bar.style.setProperty('--fill', String(Math.min(1, (p.mm ?? 0) / FULL_BAR_MM)));
    return bar;
  });
  const first = quarters[0];
  const last = quarters.at(-1);
  return h(
    'section',
    { class: 'rain-next card', 'aria-labelledby': 'rain-next-title', 'data-testid': 'rain-next' },
    h('h3', { id: 'rain-next-title' }, t('window.forecast.rainTitle')),
    h('p', { class: 'rain-sentence', 'data-testid': 'rain-sentence' }, nextTwoHoursSentence(q, inches, now, wording)),
    // The sentence says what the bars show; the bars are for the eye.
    h('div', { class: 'rain-strip', 'aria-hidden': 'true' }, bars),
    first && last
      ? h('p', { class: 'rain-ends', 'aria-hidden': 'true' }, h('span', {}, clock(startOnPlaceClock(first))), h('span', {}, clock(last.time)))
      : null,
    q.source === 'interpolated' ? h('p', { class: 'hint' }, t('window.forecast.rainSpread')) : null,
  );
}
