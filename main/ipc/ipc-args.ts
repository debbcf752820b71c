// Arguments from the window are `unknown` until proven otherwise: counted, typed, bounded, and
// free of prototype tricks, before anything reaches the service (which then checks meaning).
import type { InvokeChannel, InvokeChannels } from './ipc-contract.ts';

export class IpcArgError extends Error {
  override readonly name = 'IpcArgError';
  readonly code = 'invalid-input';
}

const fail = (message: string): never => {
  throw new IpcArgError(message);
};

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 6;
const MAX_STRING = 10_000;
const MAX_ITEMS = 1_000;

/** Plain data only: no prototypes but Object's, no functions, bounded in depth, size and length. */
export function checkPlainData(value: unknown, path = 'argument', depth = 0): void {
  if (depth > MAX_DEPTH) fail(`${path} is nested too deeply.`);
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(`${path} must be a finite number.`);
    return;
  }
  if (typeof value === 'string') {
    if (value.length > MAX_STRING) fail(`${path} is too long.`);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS) fail(`${path} has too many items.`);
    value.forEach((item, i) => checkPlainData(item, `${path}[${i}]`, depth + 1));
    return;
  }
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) fail(`${path} must be plain data.`);
    const keys = Object.keys(value);
    if (keys.length > 100) fail(`${path} has too many fields.`);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) fail(`${path} has a forbidden field "${key}".`);
      checkPlainData((value as Record<string, unknown>)[key], `${path}.${key.slice(0, 40)}`, depth + 1);
    }
    return;
  }
  fail(`${path} must be plain data.`);
}

const id = (v: unknown, what = 'An id'): number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : fail(`${what} must be a whole number above 0.`);

const text = (v: unknown, what: string, max: number): string =>
  typeof v === 'string' && v.length <= max ? v : fail(`${what} must be text of at most ${max} characters.`);

const record = (v: unknown, what: string): Record<string, unknown> => {
  checkPlainData(v, what);
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(`${what} must be an object.`);
};

type Guards = { [C in InvokeChannel]: (args: readonly unknown[]) => InvokeChannels[C]['args'] };

const none = (): [] => [];

/** One guard per channel. The count of arguments is checked before each runs. */
export const ARG_GUARDS: Guards = {
  'favourites:list': none,
  'favourites:add': ([place]) => [record(place, 'The place') as never],
  'favourites:remove': ([favourite]) => [id(favourite)],
  'favourites:move': ([favourite, position]) => [
    id(favourite),
    typeof position === 'number' && Number.isInteger(position) && position >= 0 && position <= 10_000 ? position : fail('A position must be a whole number from 0.'),
  ],
  'favourites:set-primary': ([favourite]) => [id(favourite)],
  'favourites:set-notify': ([favourite, on]) => [id(favourite), typeof on === 'boolean' ? on : fail('Notify must be true or false.')],
  'places:search': ([query]) => [text(query, 'A search', 100)],
  'weather:snapshots': none,
  'weather:refresh': ([ids]) => [
    ids === null ? null : Array.isArray(ids) && ids.length <= MAX_ITEMS ? ids.map((v) => id(v)) : fail('Expected a list of favourites, or null for all.'),
  ],
  'settings:get': none,
  'settings:update': ([patch]) => [record(patch, 'Settings') as never],
  'settings:set-api-key': ([key]) => [key === null ? null : text(key, 'An API key', 200)],
  'settings:test-api-key': ([key]) => [key === null ? null : text(key, 'An API key', 200)],
  'app:status': none,
  'diagnostics:get': none,
  'diagnostics:report': none,
};

const ARITY: { [C in InvokeChannel]: number } = {
  'favourites:list': 0, 'favourites:add': 1, 'favourites:remove': 1, 'favourites:move': 2, 'favourites:set-primary': 1,
  'favourites:set-notify': 2, 'places:search': 1, 'weather:snapshots': 0, 'weather:refresh': 1, 'settings:get': 0,
  'settings:update': 1, 'settings:set-api-key': 1, 'settings:test-api-key': 1, 'app:status': 0, 'diagnostics:get': 0,
  'diagnostics:report': 0,
};

export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.hasOwn(ARG_GUARDS, channel);
}

export function checkArgs<C extends InvokeChannel>(channel: C, args: readonly unknown[]): InvokeChannels[C]['args'] {
  if (args.length !== ARITY[channel]) fail(`${channel} takes ${ARITY[channel]} argument${ARITY[channel] === 1 ? '' : 's'}, got ${args.length}.`);
  return ARG_GUARDS[channel](args);
}
