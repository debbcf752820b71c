import { describe, expect, it } from 'vitest';
import { linePath } from '../../../renderer/chart/paths.ts';

describe('line paths', () => {
  it('joins points with one decimal', () => {
    expect(
      linePath([
        { x: 0, y: 10.04 },
        { x: 5.55, y: 3 },
        { x: 11.1, y: 7.25 },
      ]),
    ).toBe('M0 10L5.6 3L11.1 7.3');
  });

  it('breaks the line at a missing value instead of drawing through it', () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 1, y: 2 }, null, { x: 3, y: 4 }, { x: 4, y: 5 }])).toBe('M0 1L1 2M3 4L4 5');
  });

  it('draws a lone value between gaps as a dot', () => {
    expect(linePath([null, { x: 1, y: 2 }, null])).toBe('M1 2h0');
    expect(linePath([{ x: 0, y: 1 }, null, { x: 2, y: 3 }])).toBe('M0 1h0M2 3h0');
  });

  it('is empty for no values', () => {
    expect(linePath([null, null])).toBe('');
    expect(linePath([])).toBe('');
  });
});
