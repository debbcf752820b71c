import { describe, expect, it } from 'vitest';
import { AIR_QUALITY_LABEL } from '../../main/core/providers/air-quality.ts';
import { AIR_QUALITY_SERVICE, providerName } from '../../main/wording/provider-name.ts';
import { createWording } from '../../main/wording/wording.ts';

describe('a service’s name', () => {
  it('matches the label the engine gives the air-quality service', () => {
    expect(AIR_QUALITY_SERVICE).toBe(AIR_QUALITY_LABEL);
  });

  it('translates the air-quality phrase and keeps names as they are', () => {
    const de = createWording('de');
    expect(providerName(AIR_QUALITY_LABEL, de)).toBe('Open-Meteo Luftqualität');
    expect(providerName('MET Norway', de)).toBe('MET Norway');
  });
});
