// Settings for warnings and air quality: which air-quality index to show, and whether an extreme
// warning may sound during quiet hours. A control appears only once the settings carry its field,
// so a window never offers a choice main would refuse to save.
import type { Settings } from '../main/core/model/settings.ts';
import type { AirQualityScale } from '../main/wording/air-quality.ts';
import { h } from './dom.ts';

const TEXT = {
  legend: 'Warnings and air quality',
  scale: 'Air quality index',
  auto: 'Where the place is (European in Europe, US elsewhere)',
  european: 'European (EEA)',
  us: 'US (EPA)',
  extreme: 'Extreme warnings may break quiet hours',
  extremeHint: 'Only warnings the issuer rates Extreme, for places you get notifications for.',
} as const;

/** The fields this part of the settings reads, optional until every settings model has them. */
type ExtrasFields = Readonly<{ airQualityScale?: AirQualityScale; extremeAlertsIgnoreQuietHours?: boolean }>;

const SCALES: readonly AirQualityScale[] = ['auto', 'european', 'us'];

export function airQualityScaleOf(settings: Settings | null): AirQualityScale {
  const scale = (settings as ExtrasFields | null)?.airQualityScale;
  return scale !== undefined && SCALES.includes(scale) ? scale : 'auto';
}

type Save = (patch: Partial<Settings>) => void;

/** The fieldset, or null when the settings have none of its fields yet. */
export function extrasFieldset(
  settings: Settings,
  save: Save,
  check: (id: string, label: string, on: boolean, change: (on: boolean) => void) => HTMLElement,
  error: HTMLElement,
): HTMLElement | null {
  const fields = settings as Settings & ExtrasFields;
  const hasScale = 'airQualityScale' in fields;
  const hasExtreme = 'extremeAlertsIgnoreQuietHours' in fields;
  if (!hasScale && !hasExtreme) return null;
  const patch = (value: ExtrasFields): Partial<Settings> => value as Partial<Settings>;
  return h(
    'fieldset',
    {},
    h('legend', {}, TEXT.legend),
    hasScale
      ? h(
          'div',
          { class: 'field' },
          h('label', { for: 'air-scale' }, TEXT.scale),
          h(
            'select',
            { id: 'air-scale', onchange: (e: Event) => save(patch({ airQualityScale: (e.target as HTMLSelectElement).value as AirQualityScale })) },
            SCALES.map((scale) => h('option', { value: scale, selected: airQualityScaleOf(settings) === scale }, TEXT[scale])),
          ),
        )
      : null,
    hasExtreme
      ? check('extreme-quiet', TEXT.extreme, fields.extremeAlertsIgnoreQuietHours ?? false, (on) => save(patch({ extremeAlertsIgnoreQuietHours: on })))
      : null,
    hasExtreme ? h('p', { class: 'hint', id: 'extreme-quiet-hint' }, TEXT.extremeHint) : null,
    error,
  );
}
