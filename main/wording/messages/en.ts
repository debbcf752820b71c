// Skytray's words in English: the source every other catalogue translates.
//
// For translators and for everyone adding a key:
// - One file per language, named by its code (de.ts, pt-BR.ts, zh-Hans.ts), exporting
//   `export const de = { ... } as const satisfies Catalogue;` with every key of this file.
// - Messages use ICU MessageFormat (https://formatjs.github.io/docs/core-concepts/icu-syntax/).
//   Keep every {placeholder} exactly as named here; you may move it anywhere in the sentence.
// - Plurals: `{count, plural, one {# place} other {# places}}`. Write the categories your language
//   has (Polish: one, few, many, other; Arabic: zero, one, two, few, many, other; Japanese and
//   Chinese: other only). `#` is the number, formatted for your language.
// - Choices: `{freshness, select, offline {…} stale {…} other {…}}`: keep the same options.
// - A literal { or } is written '{' or '}'; an apostrophe is written '' only next to them.
// - Never build a sentence from pieces: each key is a whole line or label, so its word order
//   is yours. Numbers, dates, times and units arrive already formatted for your language.
// - The npm test checks that every catalogue has every key with the same placeholders.

export const en = {
  // ── common
  // keys: common.*
  'common.age.never': 'never',
  'common.age.justNow': 'just now',
  'common.compass.n': 'N',
  'common.compass.ne': 'NE',
  'common.compass.e': 'E',
  'common.compass.se': 'SE',
  'common.compass.s': 'S',
  'common.compass.sw': 'SW',
  'common.compass.w': 'W',
  'common.compass.nw': 'NW',
  'common.windWithDirection': '{speed} {direction}',
  'common.freshness.updatedNote': '{freshness, select, offline {updated {age}, offline} stale {updated {age}, out of date} other {updated {age}}}',
  'common.freshness.updated': 'Updated {age}',
  'common.freshness.outOfDate': 'Out of date · updated {age}',
  'common.freshness.offlineShowing': 'Offline · showing data from {age}',
  'common.freshness.loading': 'Loading…',
  'common.freshness.summaryOffline': 'Offline: showing data from {age}',
  'common.freshness.summarySomeStale': 'Updated {age} (some places out of date)',
  'common.freshness.noData': 'No data yet',
  'common.freshness.headlineOffline': 'Offline: showing saved weather',
  'common.callBudget.period': '{window, select, minute {Last minute} hour {Last hour} other {Last 24 hours}}',
  'common.callBudget.window':
    '{window, select, minute {{used} of {limit} in the last minute} hour {{used} of {limit} in the last hour} other {{used} of {limit} in the last 24 hours}}',
  'common.callBudget.summary': '{provider} calls (weighted): {windows}',
  'common.placeCount': '{count, plural, one {# place} other {# places}}',

  // ── conditions
  // keys: condition.*
  'condition.clear': 'Clear',
  'condition.mainly-clear': 'Mainly clear',
  'condition.partly-cloudy': 'Partly cloudy',
  'condition.overcast': 'Overcast',
  'condition.fog': 'Fog',
  'condition.drizzle': 'Drizzle',
  'condition.freezing-drizzle': 'Freezing drizzle',
  'condition.rain': 'Rain',
  'condition.heavy-rain': 'Heavy rain',
  'condition.freezing-rain': 'Freezing rain',
  'condition.snow': 'Snow',
  'condition.heavy-snow': 'Heavy snow',
  'condition.rain-showers': 'Rain showers',
  'condition.snow-showers': 'Snow showers',
  'condition.thunderstorm': 'Thunderstorm',
  'condition.thunderstorm-hail': 'Thunderstorm with hail',
  'condition.sleet': 'Sleet',
  'condition.squalls': 'Squalls',
  'condition.tornado': 'Tornado',
  'condition.unknown': 'Unknown',

  // ── errors
  // keys: error.*
  // {provider} is a service's name ("Open-Meteo"), or none when it is not known: each message then
  // has its own wording without a name. {status} is an HTTP status number, or – when unknown.
  'error.network':
    '{provider, select, none {Something went wrong while fetching the weather.} other {Could not reach {provider}. Check your internet connection.}}',
  'error.timeout': '{provider, select, none {The weather service did not answer in time.} other {{provider} did not answer in time.}}',
  // {time} is a clock time today, when Skytray may ask again.
  'error.rateLimited.nextTry': '{provider, select, none {Rate limited; next try at {time}} other {Rate limited by {provider}; next try at {time}}}',
  // The app keeps trying by itself.
  'error.rateLimited.retrying':
    '{provider, select, none {The weather service is limiting requests right now. Skytray will try again later.} other {{provider} is limiting requests right now. Skytray will try again later.}}',
  // A command has ended: the person tries again.
  'error.rateLimited.tryAgain':
    '{provider, select, none {The weather service is limiting requests right now. Try again in a minute.} other {{provider} is limiting requests right now. Try again in a minute.}}',
  'error.server.retrying':
    '{provider, select, none {The weather service is having trouble (HTTP {status}). Skytray will try again later.} other {{provider} is having trouble (HTTP {status}). Skytray will try again later.}}',
  'error.server.tryAgain':
    '{provider, select, none {The weather service is having trouble (HTTP {status}). Try again in a few minutes.} other {{provider} is having trouble (HTTP {status}). Try again in a few minutes.}}',
  'error.badRequest':
    '{provider, select, none {The weather service rejected the request (HTTP {status}).} other {{provider} rejected the request (HTTP {status}).}}',
  'error.auth.keyMissing': 'OpenWeatherMap needs your own API key: get one free at openweathermap.org, then add it in Settings.',
  'error.auth.keyRejected':
    '{provider, select, none {The weather service rejected the API key (401).} other {{provider} rejected the API key (401).}} Check the key in Settings; new keys can take up to 2 hours to activate.',
  'error.auth.refused':
    '{provider, select, none {The weather service refused the request (HTTP {status}).} other {{provider} refused the request (HTTP {status}).}}',
  // {query} is what the person typed.
  'error.notFound.place': 'No place called "{query}" was found.',
  'error.notFound.favourite': 'There is no favourite with id {id}; it may have been removed.',
  'error.notFound.other': '{provider, select, none {Nothing was found.} other {{provider} found nothing for this request (HTTP {status}).}}',
  'error.malformed':
    '{provider, select, none {The weather service sent data Skytray does not understand.} other {{provider} sent data Skytray does not understand.}}',
  'error.tooLarge':
    '{provider, select, none {The weather service sent a response larger than Skytray accepts.} other {{provider} sent a response larger than Skytray accepts.}}',
  'error.aborted': 'The request was cancelled.',
  'error.invalidInput': 'Skytray could not use a value it was given.',
  // {origin} is a web address given in the settings or on the command line.
  'error.invalidInput.keyNeedsHttps':
    '{provider, select, none {The weather service sends your API key with every request, so its URL must use https (or point to this computer, like http://127.0.0.1): got {origin}.} other {{provider} sends your API key with every request, so its URL must use https (or point to this computer, like http://127.0.0.1): got {origin}.}}',

  // ── window: places and forecast
  // keys: window.places.* and window.forecast.*

  // ── window: warnings and air
  // keys: window.warnings.* and window.air.*

  // ── window: settings
  // keys: window.settings.*

  // ── window: diagnostics
  // keys: window.diagnostics.*

  // ── window: about
  // keys: window.about.*

  // ── tray
  // keys: tray.*

  // ── notifications
  // keys: notification.*
  'notification.warning.title': '{event} in {place}',
  'notification.warning.bodyUntil': '{headline} In force until {day} {time}.',
  'notification.warning.bodyOpen': '{headline}',
  'notification.warning.headlineMissing': '{event} for {area}.',

  // ── dialogs
  // keys: dialog.*

  // ── cli
  // keys: cli.*
  'cli.unknownLanguage': 'Skytray does not speak “{lang}”. Languages: {languages}.',
} as const;

/** Every message's name: a key that is not in the English catalogue is a type error. */
export type MessageKey = keyof typeof en;

/** What every language's file must hold: a message for each key (`satisfies Catalogue`). */
export type Catalogue = Readonly<Record<MessageKey, string>>;
