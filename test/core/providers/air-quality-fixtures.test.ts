// The air-quality parser over a recorded real answer (source in test/fixtures/README.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAirQualityBatch } from '../../../main/core/providers/air-quality.ts';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../fixtures/air-quality/${name}`, import.meta.url), 'utf8'));

describe('air-quality recorded answer', () => {
  it("Berlin, 2024-12-03: ISO times read at the answer's offset, no US AQI asked for, no pollen in December", () => {
    const [berlin] = parseAirQualityBatch(fixture('current-berlin.json'), [{ name: 'Berlin', latitude: 52.52, longitude: 13.41 }]);
    expect(berlin).toEqual({
      latitude: 52.5,
      longitude: 13.400002,
      time: '2024-12-03T12:00:00.000Z',
      europeanAqi: 26,
      europeanCategory: { level: 'fair', label: 'Fair', colour: '#50ccaa' },
      usAqi: null,
      usCategory: null,
      pm2_5: 8.7,
      pm10: 9.9,
      ozone: 36,
      nitrogenDioxide: 19.8,
      pollen: {},
    });
  });
});
