import { describe, expect, it } from 'vitest';
import { extent, linearScale, niceAxis, niceStep } from '../../../renderer/chart/scales.ts';

describe('chart scales', () => {
  it('maps a domain onto a range, upside down for an SVG y axis', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect([y(0), y(5), y(10), y(-2)]).toEqual([200, 100, 0, 240]);
  });

  it('puts everything in the middle when the domain has no width', () => {
    expect(linearScale([4, 4], [0, 100])(4)).toBe(50);
  });

  it('finds the extent past missing values, and none when all are missing', () => {
    expect(extent([null, 3, -7.5, null, 12])).toEqual([-7.5, 12]);
    expect(extent([null, null])).toBeNull();
    expect(extent([Number.NaN, 2])).toEqual([2, 2]);
  });

  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect([niceStep(10, 4), niceStep(6.1, 4), niceStep(37, 4), niceStep(0.3, 4), niceStep(0, 4)]).toEqual([5, 2, 10, 0.1, 1]);
  });

  it('rounds an axis out to whole steps around negative temperatures', () => {
    expect(niceAxis([-7.3, -1.2], 4, 4)).toEqual({ domain: [-8, 0], ticks: [-8, -6, -4, -2, 0] });
  });

  it('gives a flat series a span around it, so the line is not on an edge', () => {
    const axis = niceAxis([5, 5], 4, 4);
    expect(axis.domain[0]).toBeLessThan(5);
    expect(axis.domain[1]).toBeGreaterThan(5);
    expect(axis.ticks).toEqual([3, 4, 5, 6, 7]);
  });

  it('writes decimal ticks without binary noise', () => {
    expect(niceAxis([0.1, 0.4], 3, 0).ticks).toEqual([0.1, 0.2, 0.3, 0.4]);
  });
});
