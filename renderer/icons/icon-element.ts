// A condition icon in the page: the still drawing by default, the animated one only for a person
// whose system does not ask for reduced motion (a <picture> source picks it without any script).
import type { ConditionCode } from '../../main/core/model/model.ts';
import { h } from '../dom.ts';
import type { Wording } from '../../main/wording/wording.ts';
import { conditionIcon } from './condition-icon.ts';

export type IconOptions = Readonly<{
  /** Drawn size in CSS pixels. */
  size: number;
  /** May it move, when the system allows motion? Only the one large icon does. @default false */
  animated?: boolean;
  /**
   * The same words stand right beside it: alt="" so a screen reader says them once.
   * @default false
   */
  besideWords?: boolean;
}>;

/** `wording` words the icon's text alternative: the condition's name in the person's language. */
export function conditionIconElement(code: ConditionCode, isDay: boolean, wording: Pick<Wording, 't'>, options: IconOptions): HTMLElement {
  const icon = conditionIcon(code, isDay, wording);
  const img = h('img', {
    class: 'condition-icon',
    src: `icons/${icon.file}`,
    alt: options.besideWords ? '' : icon.alt,
    width: options.size,
    height: options.size,
    draggable: 'false',
  });
  if (!options.animated) return img;
  return h(
    'picture',
    { class: 'condition-icon' },
    // i18n-ignore: a media query
    h('source', { srcset: `icons/animated/${icon.file}`, media: '(prefers-reduced-motion: no-preference)' }),
    img,
  );
}
