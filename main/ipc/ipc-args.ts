// Arguments from the window are `unknown` until proven otherwise: counted, typed, bounded, and free
// of prototype tricks, here and only here, before anything reaches the service. Places and settings
// are checked by the engine's own checkers, so each rule and its message exist once.
import type { Favourite } from '../core/model/favourite.ts';
import type { Place } from '../core/model/model.ts';
import { checkPlace } from '../core/model/place-check.ts';
import { DEFAULT_SETTINGS, applySettingsPatch, type Settings } from '../core/model/settings.ts';
import { isLocaleCode, type LocaleCode } from '../wording/locales.ts';
import type { InvokeArgs, InvokeChannel } from './ipc-contract.ts';

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
const MAX_FIELDS = 100;
const MAX_POSITION = 10_000;
const MAX_QUERY = 100;
const MAX_API_KEY = 200;
const MAX_LINK = 2048;

/** Plain data only: no prototypes but Object's, no functions, bounded in depth, size and length. */
function checkPlainData(value: unknown, path = 'argument', depth = 0): void {
  if (depth > MAX_DEPTH) fail(`${path} is nested too deeply.`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail(`${path} must be a finite number.`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
    return;
  }
  if (typeof value === 'string') {
    if (value.length > MAX_STRING) fail(`${path} is too long.`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_ITEMS) fail(`${path} has too many items.`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
    value.forEach((item, i) => checkPlainData(item, `${path}[${i}]`, depth + 1));
    return;
  }
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) fail(`${path} must be plain data.`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
    const keys = Object.keys(value);
    if (keys.length > MAX_FIELDS) fail(`${path} has too many fields.`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) fail(`${path} has a forbidden field "${key}".`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
      checkPlainData((value as Record<string, unknown>)[key], `${path}.${key.slice(0, 40)}`, depth + 1);
    }
    return;
  }
  fail(`${path} must be plain data.`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
}

/** Checks one argument: `unknown` in, a typed value (or an IpcArgError) out. */
type Guard<T> = (value: unknown) => T;

const favouriteId: Guard<number> = (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : fail('An id must be a whole number above 0.')); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it

const position: Guard<number> = (v) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_POSITION ? v : fail('A position must be a whole number from 0.'); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it

const flag =
  (what: string): Guard<boolean> =>
  (v) =>
    typeof v === 'boolean' ? v : fail(`${what} must be true or false.`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it

const text =
  (what: string, max: number): Guard<string> =>
  (v) =>
    typeof v === 'string' && v.length <= max ? v : fail(`${what} must be text of at most ${max} characters.`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it

const language: Guard<LocaleCode> = (v) => (typeof v === 'string' && isLocaleCode(v) ? v : fail("A language must be one of Skytray's language codes.")); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it

const orNull =
  <T>(guard: Guard<T>): Guard<T | null> =>
  (v) =>
    v === null ? null : guard(v);

const place: Guard<Place> = (v) => {
  checkPlainData(v, 'The place'); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  return checkPlace(v);
};

const FAVOURITE_FIELDS = ['id', 'place', 'position', 'primary', 'notify', 'addedAt'];

/** A favourite the window kept to undo its removal: every field, and nothing else. */
const favourite: Guard<Favourite> = (v) => {
  checkPlainData(v, 'The favourite'); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail('The favourite must be an object.'); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  const f = v as Record<string, unknown>;
  const extra = Object.keys(f).find((key) => !FAVOURITE_FIELDS.includes(key));
  if (extra !== undefined) fail(`A favourite has no field "${extra.slice(0, 40)}".`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  const addedAt = f['addedAt'];
  if (typeof addedAt !== 'number' || !Number.isSafeInteger(addedAt) || addedAt < 0) fail("A favourite's addedAt must be a time in milliseconds."); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  return {
    id: favouriteId(f['id']),
    place: place(f['place']),
    position: position(f['position']),
    primary: flag('Primary')(f['primary']), // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
    notify: flag('Notify')(f['notify']), // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
    addedAt: addedAt as number,
  };
};

/** A change to the settings: checked field by field by the same rules the engine saves them by. */
const settingsPatch: Guard<Partial<Settings>> = (v) => {
  checkPlainData(v, 'Settings'); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  applySettingsPatch(DEFAULT_SETTINGS, v);
  return v as Partial<Settings>;
};

const ids: Guard<number[]> = (v) => (Array.isArray(v) && v.length <= MAX_ITEMS ? v.map(favouriteId) : fail('Expected a list of favourites, or null for all.')); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it

/** One guard per argument of each channel: their count is the channel's arity. */
type ArgGuards<A extends readonly unknown[]> = { readonly [K in keyof A]: Guard<A[K]> };

const ARG_GUARDS = {
  'favourites:list': [],
  'favourites:add': [place],
  'favourites:remove': [favouriteId],
  'favourites:restore': [favourite],
  'favourites:move': [favouriteId, position],
  'favourites:set-primary': [favouriteId],
  'favourites:set-notify': [favouriteId, flag('Notify')], // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  'places:search': [text('A search', MAX_QUERY), language], // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  'weather:snapshots': [],
  'weather:refresh': [orNull(ids)],
  'weather:extras': [orNull(ids)],
  'weather:saved-extras': [],
  'app:open-link': [text('A link', MAX_LINK)], // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  'settings:get': [],
  'settings:update': [settingsPatch],
  'settings:set-api-key': [orNull(text('An API key', MAX_API_KEY))], // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  'settings:test-api-key': [orNull(text('An API key', MAX_API_KEY))], // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  'settings:refresh-advice': [],
  'app:status': [],
  'diagnostics:get': [],
  'diagnostics:report': [],
  'diagnostics:show-log': [],
} satisfies { [C in InvokeChannel]: ArgGuards<InvokeArgs<C>> };

export function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.hasOwn(ARG_GUARDS, channel);
}

/** The window's arguments for `channel`, counted and each narrowed by its guard. */
export function checkArgs<C extends InvokeChannel>(channel: C, args: readonly unknown[]): InvokeArgs<C> {
  const guards: readonly Guard<unknown>[] = ARG_GUARDS[channel];
  if (args.length !== guards.length) fail(`${channel} takes ${guards.length} argument${guards.length === 1 ? '' : 's'}, got ${args.length}.`); // i18n-ignore: refusal of the window's own arguments, for the log; the window words it
  // Sound by the `satisfies` above: guard i returns the type of argument i.
  return guards.map((guard, i) => guard(args[i])) as unknown as InvokeArgs<C>;
}
