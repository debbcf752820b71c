// Settings for official warnings and air quality: which warnings notify, whether an Extreme one may
// sound during quiet hours, and which air-quality index to show.
import type { Settings } from '../main/core/model/settings.ts';

type WarningNoticeLevel = Settings['notifications']['warnings'];
type AirQualityScale = Settings['airQualityScale'];
import type { Wording } from '../main/wording/wording.ts';
import { h } from './dom.ts';

const warningLevels = ({ t }: Wording): Readonly<Record<WarningNoticeLevel, string>> => ({
  off: t('window.settings.extras.warnings.off'),
  Moderate: t('window.settings.extras.warnings.Moderate'),
  Severe: t('window.settings.extras.warnings.Severe'),
  Extreme: t('window.settings.extras.warnings.Extreme'),
});

const scales = ({ t }: Wording): Readonly<Record<AirQualityScale, string>> => ({
  auto: t('window.settings.extras.scale.auto'),
  european: t('window.settings.extras.scale.european'),
  us: t('window.settings.extras.scale.us'),
});

type Save = (patch: Partial<Settings>) => void;
type Check = (id: string, label: string, on: boolean, change: (on: boolean) => void) => HTMLElement;

function select<V extends string>(id: string, label: string, options: Readonly<Record<V, string>>, value: V, change: (value: V) => void): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      { id, onchange: (e: Event) => change((e.target as HTMLSelectElement).value as V) },
      (Object.entries(options) as [V, string][]).map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
    ),
  );
}

export function extrasFieldset(settings: Settings, save: Save, check: Check, error: HTMLElement, wording: Wording): HTMLElement {
  const { t } = wording;
  const n = settings.notifications;
  const notify = (patch: Partial<Settings['notifications']>): void => save({ notifications: { ...n, ...patch } });
  return h(
    'fieldset',
    {},
    h('legend', {}, t('window.settings.extras.legend')),
    select('warning-notices', t('window.settings.extras.warnings'), warningLevels(wording), n.warnings, (warnings) => notify({ warnings })),
    check('extreme-quiet', t('window.settings.extras.extreme'), n.extremeAlertsIgnoreQuietHours, (on) => notify({ extremeAlertsIgnoreQuietHours: on })),
    h('p', { class: 'hint', id: 'extreme-quiet-hint' }, t('window.settings.extras.extremeHint')),
    select('air-scale', t('window.settings.extras.scale'), scales(wording), settings.airQualityScale, (airQualityScale) => save({ airQualityScale })),
    error,
  );
}
