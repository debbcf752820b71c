// SVG path strings from series with gaps: a missing value breaks the line rather than drawing it
// down to zero or across the gap.

export type Point = Readonly<{ x: number; y: number }>;

/** One decimal is far below a device pixel at any zoom we support, and keeps the strings short. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * "M x y L x y …", a new "M" after each gap. A point alone between gaps becomes a dot: a zero-length
 * segment, which a round line cap draws as a circle.
 */
export function linePath(points: readonly (Point | null)[]): string {
  const parts: string[] = [];
  let open = false;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    if (!p) {
      open = false;
      continue;
    }
    const next = points[i + 1];
    parts.push(`${open ? 'L' : 'M'}${round1(p.x)} ${round1(p.y)}`);
    if (!open && !next) parts.push('h0');
    open = true;
  }
  return parts.join('');
}
