// Which Meteocons drawing shows a condition, by day and by night. The set has no drawing for some
// of our conditions (heavy rain, freezing drizzle); those borrow the nearest one, and the words
// that go with every icon (conditionWords) say exactly what is meant.
import type { ConditionCode } from '../../main/core/model/model.ts';
import { conditionWords } from '../../main/wording/condition.ts';
import type { Wording } from '../../main/wording/wording.ts';

/** One drawing for any hour, or a pair: the sun (or sky) by day, the moon by night. */
type IconChoice = string | Readonly<{ day: string; night: string }>;

const dayNight = (stem: string): IconChoice => ({ day: `${stem}-day`, night: `${stem}-night` });

const CHOICE: Record<ConditionCode, IconChoice> = {
  clear: dayNight('clear'),
  // Meteocons draws no "mostly sun": a small cloud would make it look like partly cloudy.
  'mainly-clear': dayNight('clear'),
  'partly-cloudy': dayNight('partly-cloudy'),
  overcast: 'overcast',
  fog: dayNight('fog'),
  drizzle: 'drizzle',
  // Ice from the sky: the drawing of rain and snow together reads as "icy" at a glance.
  'freezing-drizzle': 'sleet',
  rain: 'rain',
  'heavy-rain': 'rain',
  'freezing-rain': 'sleet',
  snow: 'snow',
  'heavy-snow': 'snow',
  // Showers come and go between sunny (or starry) spells.
  'rain-showers': { day: 'partly-cloudy-day-rain', night: 'partly-cloudy-night-rain' },
  'snow-showers': { day: 'partly-cloudy-day-snow', night: 'partly-cloudy-night-snow' },
  thunderstorm: { day: 'thunderstorms-day-rain', night: 'thunderstorms-night-rain' },
  'thunderstorm-hail': 'hail',
  sleet: 'sleet',
  squalls: 'wind',
  tornado: 'tornado',
  unknown: 'not-available',
};

function fileStem(choice: IconChoice, isDay: boolean): string {
  if (typeof choice === 'string') return choice;
  return isDay ? choice.day : choice.night;
}

export type ConditionIcon = Readonly<{
  /** The file's name in the app's icons/ folder: `partly-cloudy-night.svg`. */
  file: string;
  /** The words for a person who cannot see it: "Partly cloudy". */
  alt: string;
}>;

/** The drawing's file name alone, for a picture with no words beside it (a notification's icon). */
export function conditionIconFile(code: ConditionCode, isDay: boolean): string {
  return `${fileStem(CHOICE[code], isDay)}.svg`;
}

export function conditionIcon(code: ConditionCode, isDay: boolean, wording: Pick<Wording, 't'>): ConditionIcon {
  return { file: conditionIconFile(code, isDay), alt: conditionWords(code, wording) };
}

/** Every file conditionIcon can name: what the build copies into the app, and nothing more. */
export function conditionIconFiles(): readonly string[] {
  const files = Object.values(CHOICE).flatMap((choice) => [fileStem(choice, true), fileStem(choice, false)]);
  return [...new Set(files)].sort().map((stem) => `${stem}.svg`);
}
