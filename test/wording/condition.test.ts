import { describe, expect, it } from 'vitest';
import { condition } from '../../main/core/model/conditions.ts';
import { conditionGroup, conditionSymbol, conditionWords } from '../../main/wording/condition.ts';
import { CONDITION_CODES } from '../support/condition-codes.ts';

describe('conditions', () => {
  it('words for every condition', () => {
    for (const code of CONDITION_CODES) expect(conditionWords(code)).toMatch(/^[A-Z][a-z ]+$/);
    expect(conditionWords('thunderstorm-hail')).toBe('Thunderstorm with hail');
  });

  it('groups conditions that look alike', () => {
    expect(CONDITION_CODES.filter((c) => conditionGroup(c) === 'clear')).toEqual(['clear', 'mainly-clear']);
    expect(CONDITION_CODES.filter((c) => conditionGroup(c) === 'rain')).toEqual([
      'drizzle',
      'freezing-drizzle',
      'rain',
      'heavy-rain',
      'freezing-rain',
      'rain-showers',
    ]);
    expect(CONDITION_CODES.filter((c) => conditionGroup(c) === 'snow')).toEqual(['snow', 'heavy-snow', 'snow-showers', 'sleet']);
    expect(CONDITION_CODES.filter((c) => conditionGroup(c) === 'storm')).toEqual(['thunderstorm', 'thunderstorm-hail', 'squalls', 'tornado']);
    expect(CONDITION_CODES.filter((c) => conditionGroup(c) === 'cloud')).toEqual(['partly-cloudy', 'overcast', 'unknown']);
    expect(conditionGroup('fog')).toBe('fog');
  });

  it('a symbol for day and night icons', () => {
    expect(conditionSymbol(condition('clear', true).icon)).toBe('☀');
    expect(conditionSymbol(condition('clear', false).icon)).toBe('☾');
    expect(conditionSymbol(condition('mainly-clear', true).icon)).toBe('☼');
    expect(conditionSymbol(condition('partly-cloudy', false).icon)).toBe('☁');
    expect(conditionSymbol(condition('rain-showers', false).icon)).toBe('☂');
    expect(conditionSymbol(condition('snow-showers', true).icon)).toBe('❄');
    expect(conditionSymbol(condition('thunderstorm-hail', true).icon)).toBe('↯');
    expect(conditionSymbol(condition('unknown', true).icon)).toBe('·');
  });
});
