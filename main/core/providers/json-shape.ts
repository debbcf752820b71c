// Narrowing `unknown` provider JSON, with errors that name the exact path that was wrong.

export class ShapeError extends Error {
  override readonly name = 'ShapeError';
  readonly path: string;
  constructor(path: string, expected: string, got: unknown) {
    super(`${path} should be ${expected}, got ${describe(got)}`);
    this.path = path;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function object(value: unknown, path: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(path, 'an object', value);
  return value as JsonObject;
}

export function array(value: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(path, 'an array', value);
  return value;
}

export function number(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new ShapeError(path, 'a finite number', value);
  return value;
}

/** Providers send `null` for values that are not finite or not available. */
export function numberOrNull(value: unknown, path: string): number | null {
  return value === null || value === undefined ? null : number(value, path);
}

export function string(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ShapeError(path, 'a string', value);
  return value;
}

export function stringOrNull(value: unknown, path: string): string | null {
  return value === null || value === undefined ? null : string(value, path);
}

/** A series of numbers or nulls, exactly `length` long when given. */
export function series(value: unknown, path: string, length?: number): readonly (number | null)[] {
  const items = array(value, path);
  if (length !== undefined && items.length !== length) {
    throw new ShapeError(path, `${length} values like the time axis`, value);
  }
  return items.map((item, index) => numberOrNull(item, `${path}[${index}]`));
}
