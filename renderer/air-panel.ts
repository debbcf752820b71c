// The selected place's air: one index (European or US, as the settings choose) with that index's
// own category name and colour, then the pollutants behind it and any pollen, with their units.
import type { AirQualityJson } from '../main/core/alerts/extras-view.ts';
import type { AirQuality } from '../main/core/providers/air-quality.ts';
import type { Place } from '../main/core/model/model.ts';
import { airQualityIndexName, airQualityScaleFor, type AirQualityScale } from '../main/wording/air-quality.ts';
import { formatNumber, UNKNOWN } from '../main/wording/numbers.ts';
import { fill, h } from './dom.ts';

const TEXT = {
  title: 'Air quality',
  index: '{value} · {category}',
  noIndex: 'No index for this place right now',
  unavailable: 'Air quality unavailable ({reason})',
  pollen: 'Pollen',
  measured: 'Pollutants',
  microgrammes: '{value} µg/m³',
  grains: '{value} grains/m³',
} as const;

/** Short labels, as air-quality services print them; the full name is the abbreviation's title. */
const POLLUTANTS = [
  ['pm2_5', 'PM2.5', 'Fine particles, 2.5 µm and smaller'],
  ['pm10', 'PM10', 'Particles, 10 µm and smaller'],
  ['ozone', 'O₃', 'Ozone'],
  ['nitrogenDioxide', 'NO₂', 'Nitrogen dioxide'],
] as const satisfies readonly (readonly [keyof AirQuality, string, string])[];

const POLLEN_NAMES: Readonly<Record<keyof AirQuality['pollen'], string>> = {
  alder: 'Alder',
  birch: 'Birch',
  grass: 'Grass',
  mugwort: 'Mugwort',
  olive: 'Olive',
  ragweed: 'Ragweed',
};

/** Which index to show for a place. */
export const scaleFor = (setting: AirQualityScale, place: Place): 'european' | 'us' => airQualityScaleFor(setting, place.countryCode);

const fillIn = (template: string, values: Readonly<Record<string, string>>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

const amount = (template: string, value: number | null, digits: number): string =>
  value === null ? UNKNOWN : fillIn(template, { value: formatNumber(value, digits) });

export class AirPanel {
  readonly el = h('section', { class: 'air', 'aria-labelledby': 'air-title', 'data-testid': 'air' });

  /** `air` null: not known yet, nothing is shown. */
  draw(air: AirQualityJson | null, scale: 'european' | 'us'): void {
    this.el.hidden = air === null;
    if (!air) return fill(this.el);
    const title = h('h3', { id: 'air-title' }, TEXT.title);
    if (!air.reading) {
      const reason = air.error?.message.replace(/\.$/, '') ?? UNKNOWN;
      return fill(this.el, title, h('p', { class: 'air-status', 'data-testid': 'air-status' }, fillIn(TEXT.unavailable, { reason })));
    }
    const r = air.reading;
    const pollen = Object.entries(r.pollen) as [keyof AirQuality['pollen'], number][];
    fill(
      this.el,
      title,
      indexLine(r, scale),
      h('h4', { class: 'air-sub' }, TEXT.measured),
      h(
        'dl',
        { class: 'facts air-facts' },
        POLLUTANTS.map(([key, label, name]) => fact(h('abbr', { title: name }, label), amount(TEXT.microgrammes, r[key], 1))),
      ),
      pollen.length ? h('h4', { class: 'air-sub' }, TEXT.pollen) : null,
      pollen.length
        ? h(
            'dl',
            { class: 'facts air-facts pollen' },
            pollen.map(([kind, grains]) => fact(POLLEN_NAMES[kind], amount(TEXT.grains, grains, 0))),
          )
        : null,
      h('p', { class: 'attribution' }, air.attribution),
    );
  }
}

function indexLine(r: AirQuality, scale: 'european' | 'us'): HTMLElement {
  const value = scale === 'european' ? r.europeanAqi : r.usAqi;
  const category = scale === 'european' ? r.europeanCategory : r.usCategory;
  const name = airQualityIndexName(scale);
  if (value === null || category === null) return h('p', { class: 'aqi' }, h('span', { class: 'aqi-scale' }, name), TEXT.noIndex);
  const swatch = h('span', { class: 'aqi-swatch', 'aria-hidden': 'true' });
  // Through the CSSOM: the window's policy refuses style attributes, not style properties.
  swatch.style.setProperty('--aqi-colour', category.colour);
  return h(
    'p',
    { class: `aqi aqi-${scale}`, 'data-testid': 'aqi', 'data-level': category.level },
    h('span', { class: 'aqi-scale' }, name),
    swatch,
    h('strong', { class: 'aqi-value' }, fillIn(TEXT.index, { value: formatNumber(value, 0), category: category.label })),
  );
}

const fact = (label: string | HTMLElement, value: string): HTMLElement => h('div', { class: 'fact' }, h('dt', {}, label), h('dd', {}, value));
