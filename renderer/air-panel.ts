// The selected place's air: one index (European or US, as the settings choose) with that index's
// own category name and colour, then the pollutants behind it and any pollen, with their units.
import type { AirQualityJson } from '../main/core/alerts/extras-view.ts';
import type { AirQuality } from '../main/core/providers/air-quality.ts';
import { airQualityCategoryWords, airQualityIndexName } from '../main/wording/air-quality.ts';
import { UNKNOWN } from '../main/wording/numbers.ts';
import type { Wording } from '../main/wording/wording.ts';
import { shortReason } from './alert-banner.ts';
import { fill, h } from './dom.ts';

/** Symbols as air-quality services print them (not words to translate); the full name is the abbreviation's title. */
const POLLUTANTS = [
  ['pm2_5', 'PM2.5', (w) => w.t('window.air.pm2_5')], // i18n-ignore: a symbol
  ['pm10', 'PM10', (w) => w.t('window.air.pm10')], // i18n-ignore: a symbol
  ['ozone', 'O₃', (w) => w.t('window.air.ozone')],
  ['nitrogenDioxide', 'NO₂', (w) => w.t('window.air.nitrogenDioxide')],
] as const satisfies readonly (readonly [keyof AirQuality, string, (wording: Wording) => string])[];

const pollenName = (kind: keyof AirQuality['pollen'], w: Wording): string => w.t(`window.air.pollen.${kind}`);

const microgrammes = (value: number | null, w: Wording): string => (value === null ? UNKNOWN : w.t('window.air.microgrammes', { value: w.number(value, 1) }));
const grains = (value: number, w: Wording): string => w.t('window.air.grains', { value: w.number(value, 0) });

export class AirPanel {
  readonly el = h('section', { class: 'air', 'aria-labelledby': 'air-title', 'data-testid': 'air' });

  /** `air` null: not known yet, nothing is shown. */
  draw(air: AirQualityJson | null, scale: 'european' | 'us', wording: Wording): void {
    const { t } = wording;
    this.el.hidden = air === null;
    if (!air) return fill(this.el);
    const title = h('h3', { id: 'air-title' }, t('window.air.title'));
    if (!air.reading) {
      const reason = air.error ? shortReason(air.error, wording) : UNKNOWN;
      return fill(this.el, title, h('p', { class: 'air-status', 'data-testid': 'air-status' }, t('window.air.unavailable', { reason })));
    }
    const r = air.reading;
    const pollen = Object.entries(r.pollen) as [keyof AirQuality['pollen'], number][];
    fill(
      this.el,
      title,
      indexLine(r, scale, wording),
      h('h4', { class: 'air-sub' }, t('window.air.pollutants')),
      h(
        'dl',
        { class: 'facts air-facts' },
        POLLUTANTS.map(([key, label, name]) => fact(h('abbr', { title: name(wording) }, label), microgrammes(r[key], wording))),
      ),
      pollen.length ? h('h4', { class: 'air-sub' }, t('window.air.pollen')) : null,
      pollen.length
        ? h(
            'dl',
            { class: 'facts air-facts pollen' },
            pollen.map(([kind, count]) => fact(pollenName(kind, wording), grains(count, wording))),
          )
        : null,
      h('p', { class: 'attribution' }, t('window.air.attribution')),
    );
  }
}

function indexLine(r: AirQuality, scale: 'european' | 'us', wording: Wording): HTMLElement {
  const { t } = wording;
  const value = scale === 'european' ? r.europeanAqi : r.usAqi;
  const category = scale === 'european' ? r.europeanCategory : r.usCategory;
  const name = airQualityIndexName(scale, wording);
  const words =
    scale === 'european'
      ? r.europeanCategory && airQualityCategoryWords({ index: scale, level: r.europeanCategory.level }, wording)
      : r.usCategory && airQualityCategoryWords({ index: scale, level: r.usCategory.level }, wording);
  if (value === null || category === null || !words) return h('p', { class: 'aqi' }, h('span', { class: 'aqi-scale' }, name), t('window.air.noIndex'));
  const swatch = h('span', { class: 'aqi-swatch', 'aria-hidden': 'true' });
  // Through the CSSOM: the window's policy refuses style attributes, not style properties.
  swatch.style.setProperty('--aqi-colour', category.colour);
  return h(
    'p',
    { class: `aqi aqi-${scale}`, 'data-testid': 'aqi', 'data-level': category.level },
    h('span', { class: 'aqi-scale' }, name),
    swatch,
    h('strong', { class: 'aqi-value' }, t('window.air.index', { value: wording.number(value, 0), category: words })),
  );
}

const fact = (label: string | HTMLElement, value: string): HTMLElement => h('div', { class: 'fact' }, h('dt', {}, label), h('dd', {}, value));
