import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditionWords } from '../../../main/wording/condition.ts';
import { conditionIcon, conditionIconFiles } from '../../../renderer/icons/condition-icon.ts';
import { CONDITION_CODES } from '../../support/condition-codes.ts';
import { ENGLISH } from '../wordings.ts';

const METEOCONS = join(dirname(createRequire(import.meta.url).resolve('@bybas/weather-icons/package.json')), 'production/fill/all');

describe('condition icons', () => {
  it('name a Meteocons drawing that exists for every condition, by day and by night', () => {
    for (const code of CONDITION_CODES) {
      for (const isDay of [true, false]) {
        const { file } = conditionIcon(code, isDay, ENGLISH);
        expect(existsSync(join(METEOCONS, file)), `${code} ${isDay ? 'day' : 'night'}: ${file}`).toBe(true);
      }
    }
  });

  it('show the sun by day and the moon by night where the sky is visible', () => {
    expect([conditionIcon('clear', true, ENGLISH).file, conditionIcon('clear', false, ENGLISH).file]).toEqual(['clear-day.svg', 'clear-night.svg']);
    expect(conditionIcon('rain-showers', false, ENGLISH).file).toBe('partly-cloudy-night-rain.svg');
    expect(conditionIcon('overcast', false, ENGLISH).file).toBe(conditionIcon('overcast', true, ENGLISH).file);
  });

  it('draw the newest conditions as themselves', () => {
    expect([conditionIcon('sleet', true, ENGLISH).file, conditionIcon('squalls', true, ENGLISH).file, conditionIcon('tornado', false, ENGLISH).file]).toEqual([
      'sleet.svg',
      'wind.svg',
      'tornado.svg',
    ]);
  });

  it('carry the condition’s words as their text alternative', () => {
    for (const code of CONDITION_CODES) expect(conditionIcon(code, false, ENGLISH).alt).toBe(conditionWords(code));
    expect(conditionIcon('thunderstorm-hail', true, ENGLISH).alt).toBe('Thunderstorm with hail');
  });

  it('list each file the mapping can name once, and no other', () => {
    const named = new Set(CONDITION_CODES.flatMap((code) => [conditionIcon(code, true, ENGLISH).file, conditionIcon(code, false, ENGLISH).file]));
    expect([...conditionIconFiles()].sort()).toEqual([...named].sort());
  });
});
