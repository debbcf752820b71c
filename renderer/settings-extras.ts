// Settings for official warnings and air quality: which warnings notify, whether an Extreme one may
// sound during quiet hours, and which air-quality index to show. A control appears only once the
// settings carry its field, so the window never offers a choice main would refuse to save.
import type { Settings } from '../main/core/model/settings.ts';
import type { AirQualityScale } from '../main/wording/air-quality.ts';
import { legacyEnglish } from '../main/wording/english.ts';
import { h } from './dom.ts';

const { t } = legacyEnglish;

type WarningLevel = 'off' | 'Moderate' | 'Severe' | 'Extreme';

const WARNING_LEVELS: Readonly<Record<WarningLevel, () => string>> = {
  off: () => t('window.settings.extras.warnings.off'),
  Moderate: () => t('window.settings.extras.warnings.Moderate'),
  Severe: () => t('window.settings.extras.warnings.Severe'),
  Extreme: () => t('window.settings.extras.warnings.Extreme'),
};

const SCALES: Readonly<Record<AirQualityScale, () => string>> = {
  auto: () => t('window.settings.extras.scale.auto'),
  european: () => t('window.settings.extras.scale.european'),
  us: () => t('window.settings.extras.scale.us'),
};

/** The fields this part reads, optional until every settings model has them. */
type ExtrasFields = Readonly<{
  airQualityScale?: AirQualityScale;
  notifications: Readonly<{ warnings?: WarningLevel; extremeAlertsIgnoreQuietHours?: boolean }>;
}>;

const isScale = (value: unknown): value is AirQualityScale => typeof value === 'string' && Object.hasOwn(SCALES, value);

export function airQualityScaleOf(settings: Settings | null): AirQualityScale {
  const scale = (settings as ExtrasFields | null)?.airQualityScale;
  return isScale(scale) ? scale : 'auto';
}

type Save = (patch: Partial<Settings>) => void;
type Check = (id: string, label: string, on: boolean, change: (on: boolean) => void) => HTMLElement;

function select<V extends string>(id: string, label: string, options: Readonly<Record<V, () => string>>, value: V, change: (value: V) => void): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, onchange: (e: Event) => change((e.target as HTMLSelectElement).value as V) },
      (Object.entries(options) as [V, () => string][]).map(([v, text]) => h('option', { value: v, selected: v === value }, text())),
    ),
  );
}

/** The fieldset, or null while the settings have none of its fields. */
export function extrasFieldset(settings: Settings, save: Save, check: Check, error: HTMLElement): HTMLElement | null {
  const fields = settings as Settings & ExtrasFields;
  const n = fields.notifications;
  const notify = (patch: ExtrasFields['notifications']): void => save({ notifications: { ...settings.notifications, ...patch } });
  const parts = [
    n.warnings !== undefined
      ? select('warning-notices', t('window.settings.extras.warnings'), WARNING_LEVELS, n.warnings, (warnings) => notify({ warnings }))
      : null,
    n.extremeAlertsIgnoreQuietHours !== undefined
      ? check('extreme-quiet', t('window.settings.extras.extreme'), n.extremeAlertsIgnoreQuietHours, (on) => notify({ extremeAlertsIgnoreQuietHours: on }))
      : null,
    n.extremeAlertsIgnoreQuietHours !== undefined ? h('p', { class: 'hint', id: 'extreme-quiet-hint' }, t('window.settings.extras.extremeHint')) : null,
    fields.airQualityScale !== undefined
      ? select('air-scale', t('window.settings.extras.scale'), SCALES, airQualityScaleOf(settings), (airQualityScale) =>
          save({ airQualityScale } as Partial<Settings>),
        )
      : null,
  ];
  if (parts.every((p) => p === null)) return null;
  return h('fieldset', {}, h('legend', {}, t('window.settings.extras.legend')), parts, error);
}
