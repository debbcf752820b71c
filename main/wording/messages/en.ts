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
  'common.airQuality.index': '{index, select, us {US AQI} other {European AQI}}',

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
  // Skytray's own database (a file on this computer), when it cannot be used.
  'error.store.newerSchema': 'This database was written by a newer Skytray. Update Skytray to open it.',
  'error.store.corrupt': 'Skytray’s database is damaged and could not be read.',
  'error.store.busy': 'Another Skytray (the app or the CLI) kept the database busy. Try again in a moment.',
  // Why the disk would not take the database's writes.
  'error.store.disk':
    '{reason, select, full {The disk is full, so Skytray cannot write its database.} folderBlocked {A file is in the way of Skytray’s data folder.} readOnly {Skytray’s database or its disk is read-only.} permission {Skytray is not allowed to write its database.} cantOpen {The database or its folder does not let Skytray write.} other {The disk would not let Skytray write its database.}}',
  'error.store.other': 'Something went wrong with Skytray’s database.',
  // {path}: the database file's path. Skytray goes on with a copy in memory.
  'error.store.memoryOnly':
    'Skytray cannot save to {path}. It keeps running, but changes will be lost when it quits. Free some disk space or check the folder’s permissions, then restart Skytray.',
  // The database could not be used at start, and what Skytray did about it; {count}: places kept.
  'error.store.recovered':
    '{outcome, select, backup {Skytray’s database could not be used; {count, plural, one {# place was} other {# places were}} restored from the backup.} salvaged {Skytray’s database could not be used and there was no usable backup; {count, plural, one {# place was} other {# places were}} saved from the damaged file.} other {Skytray’s database could not be used, there was no usable backup and no places could be read, so Skytray starts empty.}}',
  // Follows error.store.recovered; {path}: where the damaged file now is.
  'error.store.damagedKept': 'The damaged file was kept as {path}.',
  // The window asked Skytray for something it may not have, or sent a value Skytray cannot use.
  'error.request.forbidden': 'This window may not talk to Skytray.',
  'error.request.invalid': 'Skytray could not use what the window sent.',

  // ── window: places and forecast
  // keys: window.places.* and window.forecast.*
  'window.forecast.uvTitle': 'UV index',
  'window.forecast.uvNow': '{value} now · {category}',
  'window.forecast.uvMax': 'Today’s highest {value} · {category}',
  'window.forecast.uv.low': 'Low',
  'window.forecast.uv.moderate': 'Moderate',
  'window.forecast.uv.high': 'High',
  'window.forecast.uv.veryHigh': 'Very high',
  'window.forecast.uv.extreme': 'Extreme',
  'window.forecast.rainTitle': 'Next two hours',
  'window.forecast.rainFrom': '{intensity, select, light {Rain from {time}, light} moderate {Rain from {time}, moderate} other {Rain from {time}, heavy}}',
  'window.forecast.rainNow': '{intensity, select, light {Rain now, light} moderate {Rain now, moderate} other {Rain now, heavy}}',
  'window.forecast.dry': 'No rain in the next two hours',
  'window.forecast.rainSpread': 'From hourly values: when in the hour it starts is a guess.',
  // The window's frame: tabs (buttons, keep short), the refresh button and its progress.
  'window.places.tab.places': 'Places',
  'window.places.tab.settings': 'Settings',
  'window.places.tab.diagnostics': 'Diagnostics',
  // Read aloud by screen readers for the row of tabs.
  'window.places.sections': 'Sections',
  'window.places.refreshAll': 'Refresh all',
  // The same button while every place is refreshed: {done} of {total} places so far.
  'window.places.refreshingAll': 'Refreshing {done}/{total}…',
  'window.places.refreshProgress': 'Refresh progress',
  // Read aloud when a refresh of all places ends well.
  'window.places.refreshed': '{count, plural, one {Refreshed # place} other {Refreshed # places}}',
  // One place that could not be refreshed, and why (a whole error sentence).
  'window.places.refreshFailed': '{place}: {error}',
  // Read aloud when the connection comes back.
  'window.places.backOnline': 'Back online',
  // A button that closes a note.
  'window.places.ok': 'OK',
  'window.places.internalError': 'Something went wrong inside Skytray. The details are in the log.',
  // Place search: a label, a placeholder (keep the coordinates as they are: they are typed so), and the list's name.
  'window.places.search.label': 'Add a place',
  'window.places.search.placeholder': 'City name, or 52.52, 13.41',
  'window.places.search.results': 'Places found',
  // Read aloud when search results arrive.
  'window.places.search.found': '{count, plural, one {# place found} other {# places found}}',
  // The list of the person's places.
  'window.places.list.label': 'Your places',
  'window.places.list.reorderHint': 'Drag to reorder, or press Alt+↑ / Alt+↓ on a place.',
  'window.places.list.empty': 'No places yet. Search above to add one.',
  // Beside each place: its temperature and condition ("7°C Partly cloudy").
  'window.places.list.summary': '{temperature} {condition}',
  // Beside a place whose weather could not be fetched yet.
  'window.places.list.unavailable': 'unavailable',
  // Beside a place whose weather is on its way.
  'window.places.list.loading': 'loading…',
  // The star button: the place the tray shows.
  'window.places.list.isPrimary': '{place} is shown in the tray',
  'window.places.list.makePrimary': 'Show {place} in the tray',
  'window.places.list.isPrimaryTitle': 'Shown in the tray',
  'window.places.list.makePrimaryTitle': 'Show in the tray',
  'window.places.list.remove': 'Remove {place}',
  'window.places.list.removeTitle': 'Remove',
  // Read aloud / shown after adding, removing and restoring a place; "Undo" is a button.
  'window.places.added': '{place} added',
  'window.places.removed': 'Removed {place}.',
  'window.places.undo': 'Undo',
  'window.places.restored': '{place} is back',
  // The selected place's weather. "Weather" is a heading only screen readers read.
  'window.forecast.title': 'Weather',
  'window.forecast.notify': 'Notify me',
  // The same button once pressed (notifications are on for this place).
  'window.forecast.notifying': 'Notifying ✓',
  'window.forecast.notifyTitle': 'Rain and severe weather notifications for this place',
  'window.forecast.refresh': 'Refresh',
  'window.forecast.refreshing': 'Refreshing…',
  // {error} is a whole sentence on why the last refresh failed.
  'window.forecast.errorShowingLastGood': '{error} Showing the last good data.',
  'window.forecast.nextDays': 'Next days',
  'window.forecast.feelsLike': 'Feels like {temperature}',
  // Today's highest and lowest temperature.
  'window.forecast.highLow': 'High {high} · Low {low}',
  // Labels of the current conditions' facts.
  'window.forecast.wind': 'Wind',
  'window.forecast.humidity': 'Humidity',
  'window.forecast.precipitation': 'Precipitation',
  // The amount in the last hour and the chance of more.
  'window.forecast.precipitationChance': '{amount} · {chance}',
  'window.forecast.localTime': 'Local time',
  'window.forecast.sun': 'Sun',
  'window.forecast.attribution':
    '{provider, select, openweathermap {Weather data by OpenWeather (CC BY-SA 4.0)} other {Weather data by Open-Meteo.com (CC BY 4.0)}}',
  // Sunrise and sunset.
  'window.forecast.sunriseSunset': '{sunrise} – {sunset}',

  // ── window: warnings and air
  // keys: window.warnings.* and window.air.*
  'window.warnings.title': 'Official warnings',
  'window.warnings.uncovered': 'No official warnings service covers this place',
  'window.warnings.unavailable': 'Warnings unavailable ({reason})',
  'window.warnings.none':
    '{source, select, nws {No warnings in force from the National Weather Service} metalerts {No warnings in force from MET Norway} other {No warnings in force from MeteoAlarm}}',
  'window.warnings.more': 'More warnings for this place',
  'window.warnings.details': 'Details',
  'window.warnings.from': 'From {onset}',
  'window.warnings.until': 'Until {expires}',
  'window.warnings.fromUntil': 'From {onset} to {expires}',
  'window.warnings.timesNote': 'Times are the place’s own.',
  'window.warnings.issuer': 'Read the full warning from {issuer}',
  'window.warnings.issuerUnnamed': 'Read the full warning from its issuer',
  'window.warnings.severity.Extreme': 'Extreme',
  'window.warnings.severity.Severe': 'Severe',
  'window.warnings.severity.Moderate': 'Moderate',
  'window.warnings.severity.Minor': 'Minor',
  'window.warnings.severity.Unknown': 'Warning',
  'window.warnings.reason.network': 'no connection to {provider}',
  'window.warnings.reason.timeout': '{provider} did not answer in time',
  'window.warnings.reason.rateLimited': '{provider} asked Skytray to wait',
  'window.warnings.reason.server': '{provider} is having trouble',
  'window.warnings.reason.auth': '{provider} refused the request',
  'window.warnings.reason.malformed': '{provider} sent data Skytray does not understand',
  'window.warnings.reason.tooLarge': '{provider} sent too much data',
  'window.warnings.reason.unnamed': 'the service',
  'window.air.title': 'Air quality',
  'window.air.attribution': 'Air quality by Open-Meteo.com from Copernicus Atmosphere Monitoring Service data (CC BY 4.0)',
  'window.air.index': '{value} · {category}',
  'window.air.noIndex': 'No index for this place right now',
  'window.air.unavailable': 'Air quality unavailable ({reason})',
  'window.air.pollutants': 'Pollutants',
  'window.air.pollen': 'Pollen',
  'window.air.microgrammes': '{value} µg/m³',
  'window.air.grains': '{value} grains/m³',
  'window.air.pm2_5': 'Fine particles, 2.5 µm and smaller',
  'window.air.pm10': 'Particles, 10 µm and smaller',
  'window.air.ozone': 'Ozone',
  'window.air.nitrogenDioxide': 'Nitrogen dioxide',
  'window.air.pollen.alder': 'Alder',
  'window.air.pollen.birch': 'Birch',
  'window.air.pollen.grass': 'Grass',
  'window.air.pollen.mugwort': 'Mugwort',
  'window.air.pollen.olive': 'Olive',
  'window.air.pollen.ragweed': 'Ragweed',
  // An air-quality index's category, after its number ("32 · Fair"); also in the tray's air line.
  // European AQI (European Environment Agency) bands:
  'window.air.european.good': 'Good',
  'window.air.european.fair': 'Fair',
  'window.air.european.moderate': 'Moderate',
  'window.air.european.poor': 'Poor',
  'window.air.european.very-poor': 'Very poor',
  'window.air.european.extremely-poor': 'Extremely poor',
  // US AQI (EPA) bands, as AirNow names them:
  'window.air.us.good': 'Good',
  'window.air.us.moderate': 'Moderate',
  'window.air.us.unhealthy-for-sensitive-groups': 'Unhealthy for sensitive groups',
  'window.air.us.unhealthy': 'Unhealthy',
  'window.air.us.very-unhealthy': 'Very unhealthy',
  'window.air.us.hazardous': 'Hazardous',

  // ── window: settings
  // keys: window.settings.*
  'window.settings.extras.legend': 'Official warnings and air quality',
  'window.settings.extras.warnings': 'Notify me of official warnings',
  'window.settings.extras.warnings.off': 'Never',
  'window.settings.extras.warnings.Moderate': 'Moderate, Severe and Extreme',
  'window.settings.extras.warnings.Severe': 'Severe and Extreme',
  'window.settings.extras.warnings.Extreme': 'Extreme only',
  'window.settings.extras.extreme': 'Extreme warnings may break quiet hours',
  'window.settings.extras.extremeHint': 'Only warnings the issuer rates Extreme (a threat to life), for places you get notifications for.',
  'window.settings.extras.scale': 'Air quality index',
  'window.settings.extras.scale.auto': 'By place (US index in the US)',
  'window.settings.extras.scale.european': 'European (EEA)',
  'window.settings.extras.scale.us': 'US (EPA)',
  // The wind unit, a choice of three beside the units (metric or imperial): wind can be in another
  // unit than the temperature, as metres per second with °C in the Nordic countries.
  'window.settings.windUnit.legend': 'Wind speed',
  'window.settings.windUnit.kilometresPerHour': 'Kilometres per hour (km/h)',
  'window.settings.windUnit.metresPerSecond': 'Metres per second (m/s)',
  'window.settings.windUnit.milesPerHour': 'Miles per hour (mph)',
  'window.settings.title': 'Settings',
  // Read aloud when a setting was saved.
  'window.settings.saved': 'Saved',
  // How the window speaks: the language (each language is listed in its own name), the clock, the units.
  'window.settings.language': 'Language',
  // Follow the system's languages.
  'window.settings.language.auto': 'Automatic',
  'window.settings.clock': 'Clock',
  // The custom of the language's region.
  'window.settings.clock.auto': 'Automatic',
  'window.settings.clock.h12': '12-hour',
  'window.settings.clock.h23': '24-hour',
  'window.settings.units': 'Units',
  // The units of the person's region (US: °F, mph, in), following it until they choose.
  'window.settings.units.auto': 'Automatic (by region)',
  'window.settings.units.metric': 'Metric (°C, km/h, mm)',
  'window.settings.units.imperial': 'Imperial (°F, mph, in)',
  'window.settings.interval': 'Refresh every (minutes)',
  // Under the refresh interval: how the places and the interval fit the calls a day Skytray allows
  // itself. {calls} and {budget} are numbers of calls; {minutes} an interval in minutes, never
  // fewer than 5 (add the plural forms your language has for such numbers).
  'window.settings.budget.noPlaces': 'No places yet: refreshing spends nothing.',
  'window.settings.budget.fits':
    '{places, plural, one {One place every {minutes, plural, other {# minutes}} uses about {calls} of the {budget} calls a day Skytray allows itself.} other {# places every {minutes, plural, other {# minutes}} use about {calls} of the {budget} calls a day Skytray allows itself.}}',
  // {runsOut} is a duration such as "2 h 28 min" (window.settings.budget.duration).
  'window.settings.budget.tooOften':
    '{places, plural, one {One place every {minutes, plural, other {# minutes}} needs about {calls} calls a day, more than the {budget} calls a day Skytray allows itself: it would run out after about {runsOut} each day.} other {# places every {minutes, plural, other {# minutes}} need about {calls} calls a day, more than the {budget} calls a day Skytray allows itself: it would run out after about {runsOut} each day.}}',
  'window.settings.budget.fitsFrom': '{minutes, plural, other {Every # minutes or longer fits.}}',
  'window.settings.budget.keepFewer': '{minutes, plural, other {Even every # minutes is too often: keep fewer places.}}',
  // A duration in hours and minutes, short: "2 h 28 min", "3 h", "45 min".
  'window.settings.budget.duration': '{part, select, hours {{hours} h} minutes {{minutes} min} other {{hours} h {minutes} min}}',
  'window.settings.provider': 'Weather service',
  'window.settings.provider.openMeteo': 'Open-Meteo (no key needed)',
  'window.settings.provider.openWeatherMap': 'OpenWeatherMap (your own key)',
  'window.settings.key.label': 'OpenWeatherMap API key',
  'window.settings.key.placeholder': 'Your API key',
  // In the empty key field when a key is saved (the dots stand for the hidden key).
  'window.settings.key.placeholderSaved': '•••••••• (saved)',
  'window.settings.key.save': 'Save key',
  'window.settings.key.test': 'Test key',
  'window.settings.key.saved': 'Key saved.',
  'window.settings.key.removed': 'Key removed.',
  'window.settings.key.testing': 'Testing…',
  'window.settings.key.accepted': 'OpenWeatherMap accepted the key.',
  // "Test key" was pressed with no key typed or saved.
  'window.settings.key.enterFirst': 'Enter your OpenWeatherMap API key first.',
  'window.settings.key.storage.osKeychain': 'Stored encrypted by your system’s keychain.',
  'window.settings.key.storage.plainText':
    'Your system has no keychain Skytray can use, so the key is stored only lightly obscured (Electron’s basic_text storage). Anyone with access to your files could read it.',
  'window.settings.key.storage.unavailable': 'No encryption is available, so the key is kept in memory only and must be entered again after Skytray restarts.',
  'window.settings.addresses': 'Service addresses (for a self-hosted Open-Meteo)',
  'window.settings.addresses.forecast': 'Open-Meteo forecast',
  'window.settings.addresses.geocoding': 'Open-Meteo geocoding',
  // In an empty address field: the public service is used.
  'window.settings.addresses.public': 'Public service',
  'window.settings.notifications': 'Notifications',
  'window.settings.notifications.enabled': 'Allow notifications (then press “Notify me” on each place you want them for)',
  'window.settings.notifications.rain': 'Rain starting soon',
  'window.settings.notifications.severe': 'Thunderstorms, heavy snow, freezing rain',
  // {start} and {end} are clock times.
  'window.settings.notifications.quiet': 'Quiet from {start} to {end}',
  'window.settings.startUp': 'Start-up and window',
  'window.settings.startUp.login': 'Start Skytray when I log in',
  'window.settings.startUp.taskbar': 'Keep the window in the taskbar',
  'window.settings.startUp.taskbarHint':
    'Closing the window then minimises it instead of leaving Skytray only in the tray. Skytray does this by itself where no tray icon can be seen.',
  'window.settings.logLevel': 'Log detail',
  'window.settings.logLevel.error': 'Errors only',
  'window.settings.logLevel.warn': 'Warnings and errors',
  'window.settings.logLevel.info': 'Normal',
  'window.settings.logLevel.debug': 'Everything (for a bug report)',

  // ── window: diagnostics
  // keys: window.diagnostics.*
  // The Diagnostics tab (headings and buttons). A person may paste its report into a bug report.
  'window.diagnostics.title': 'Diagnostics',
  'window.diagnostics.provider.airQuality': 'Open-Meteo air quality',
  // The text box holding the report.
  'window.diagnostics.report': 'Diagnostics report',
  // {provider}: a weather service's name; {age}: how old the oldest saved weather is ("4 min ago").
  'window.diagnostics.summary':
    '{status, select, online {{provider}: online; oldest data {age}; {searches, plural, one {# search} other {# searches}} answered from the cache.} other {{provider}: offline; oldest data {age}; {searches, plural, one {# search} other {# searches}} answered from the cache.}}',
  'window.diagnostics.requests': 'Requests per service',
  // {count}: how many recent requests the table counts ("1,000").
  'window.diagnostics.requestsCaption': 'Requests per service (last {count})',
  // Column headings of the requests table.
  'window.diagnostics.column.service': 'Service',
  'window.diagnostics.column.requests': 'Requests',
  'window.diagnostics.column.retries': 'Retries',
  'window.diagnostics.column.failures': 'Failures',
  'window.diagnostics.column.lastError': 'Last error',
  'window.diagnostics.noRequests': 'No requests yet.',
  // Buttons, and what they say once done.
  'window.diagnostics.copy': 'Copy report',
  'window.diagnostics.copied': 'Copied.',
  'window.diagnostics.copyByHand': 'Select the text and copy it.',
  'window.diagnostics.reload': 'Reload',
  'window.diagnostics.showLog': 'Show log file',
  'window.diagnostics.logShown': 'The log file is shown in your file manager.',
  // The weighted-calls table. {provider}: a weather service's name.
  'window.diagnostics.budgetCaption': '{provider} calls (weighted), against Skytray’s own limits',
  'window.diagnostics.column.period': 'Period',
  'window.diagnostics.column.used': 'Used',
  'window.diagnostics.column.limit': 'Limit',
  // The copied report's headings, one "Heading: value" line each; the values stay as the program
  // writes them (English words, ISO times), for whoever reads the bug report.
  'window.diagnostics.report.provider': 'Provider',
  'window.diagnostics.report.queue': 'queue',
  'window.diagnostics.report.online': 'Online',
  'window.diagnostics.report.paused': 'paused (sleep)',
  'window.diagnostics.report.units': 'Units',
  // Before the wind speed's unit, after the units: "Units: metric, wind in km/h".
  'window.diagnostics.report.wind': 'wind in',
  'window.diagnostics.report.refresh': 'refresh every',
  'window.diagnostics.report.customUrls': 'custom URLs',
  'window.diagnostics.report.database': 'Database',
  'window.diagnostics.report.oldestData': 'Oldest data',
  'window.diagnostics.report.cacheSearches': 'searches answered from the cache',
  // {count}: how many recent requests are counted ("1,000").
  'window.diagnostics.report.perProvider': 'Per provider (last {count} requests)',
  'window.diagnostics.report.recent': 'Recent requests',
  'window.diagnostics.report.logFile': 'Log file',

  // ── window: chart and days
  // keys: window.chart.* and window.days.*
  // The next hours as a chart. {hours}: how many hours it shows (48, or fewer when the forecast ends).
  'window.chart.title': '{hours, plural, one {Next hour} other {Next # hours}}',
  'window.chart.tableCaption': '{hours, plural, one {Next hour, in the place’s local time} other {Next # hours, in the place’s local time}}',
  // The vertical line at the present moment, keep short.
  'window.chart.now': 'Now',
  // Sunrise and sunset marks above the chart: an arrow and a clock time.
  'window.chart.sunrise': '↑{time}',
  'window.chart.sunset': '↓{time}',
  // The chart is a slider over the hours: its name for a screen reader, and how to move it.
  'window.chart.slider': 'Hour',
  'window.chart.help':
    'Left and right arrows move an hour, Page Up and Page Down six hours, Home and End to the first and last hour. The same forecast is in the table that follows.',
  // Buttons: show the same data as a table, or hide it again.
  'window.chart.showTable': 'Show table',
  'window.chart.hideTable': 'Hide table',
  // The legend's three keys.
  'window.chart.legend.temperature': 'Temperature',
  'window.chart.legend.feelsLike': 'Feels like',
  'window.chart.legend.precipitation': 'Precipitation (darker: likelier)',
  'window.chart.noHours': 'No hourly forecast',
  // Column headings of the table.
  'window.chart.column.time': 'Time',
  'window.chart.column.condition': 'Condition',
  'window.chart.column.temperature': 'Temperature',
  'window.chart.column.feelsLike': 'Feels like',
  'window.chart.column.precipitation': 'Precipitation',
  'window.chart.column.chance': 'Chance',
  // A day and a clock time: "Thu 15:00". {weekday} is short ("Thu").
  'window.chart.dayAndTime': '{weekday} {time}',
  // One hour in words. {time}: "Thu 15:00"; {condition}: "Rain"; {temperature} and {feelsLike}:
  // "7°C"; {precipitation}: "0.3 mm"; {chance}: "40%".
  'window.chart.hourSummary': '{time}: {condition}, {temperature}, feels like {feelsLike}, {precipitation}, {chance} chance',
  // What the sky does next, under the current conditions. {condition}: "Rain"; {when}: "15:00" or
  // "Thu 03:00"; {hours}: 48 or fewer.
  'window.chart.next.wetFrom': '{condition} from {when}',
  'window.chart.next.dryFrom': 'Dry from {when}',
  'window.chart.next.wetFor': '{hours, plural, one {{condition} for the next hour} other {{condition} for the next # hours}}',
  'window.chart.next.dryFor': '{hours, plural, one {Dry for the next hour} other {Dry for the next # hours}}',
  // The list of the next days.
  'window.days.today': 'Today',
  // A day's highest chance of precipitation, as a tooltip and for a screen reader. {chance}: "40%".
  'window.days.chanceTitle': 'Chance of precipitation',
  'window.days.chance': 'precipitation {chance}',
  // A day's lowest and highest temperature for a screen reader ("low 3°").
  'window.days.low': 'low {temperature}',
  'window.days.high': 'high {temperature}',

  // ── window: about
  // keys: window.about.*
  // The About panel and the window's About section. "MIT" is the licence's name: keep it.
  'window.about.licence': 'Free software under the MIT licence.',
  'window.about.copyright': 'Copyright © 2026 the Skytray authors',
  'window.about.authors': 'The Skytray authors',
  // The system About panel's copyright line: the two sentences above, in this order.
  'window.about.copyrightAndLicence': '{copyright}. {licence}',
  // The About section's heading, its version line, the label before the home page's address,
  // and the heading of the credits.
  'window.about.title': 'About Skytray',
  'window.about.version': 'Skytray {version}',
  'window.about.homepage': 'Home page:',
  'window.about.credits': 'Credits',
  // Credits: keep the names of works, people, services and licences as they are.
  'window.about.credit.icons': 'Weather icons: Meteocons by Bas Milius, MIT licence.',
  'window.about.credit.openMeteo': 'Weather data by Open-Meteo.com, licensed under CC BY 4.0.',
  'window.about.credit.airQuality': 'Air quality by Open-Meteo.com from Copernicus Atmosphere Monitoring Service data, licensed under CC BY 4.0.',
  'window.about.credit.openWeather': 'Weather data by OpenWeather, licensed under CC BY-SA 4.0.',

  // ── tray
  // keys: tray.*
  // The tray menu and its tooltip (what a screen reader reads for the icon). Menu items: keep short.
  // {place} is a place's name; {reading} is tray.reading; {updated} is common.freshness.updatedNote.
  'tray.reading': '{temperature}, {condition}',
  // The place Skytray shows in the tray icon, marked in the menu.
  'tray.place.primary': '★ {place}',
  'tray.place.reading': '{place}: {reading}',
  // The reading is older than the refresh interval allows.
  'tray.place.stale': '{place}: {reading} (stale)',
  'tray.place.loading': '{place}: loading…',
  // The weather could not be fetched.
  'tray.place.unavailable': '{place}: unavailable',
  'tray.placeWithWarning': '{line}  ⚠ {event}',
  'tray.tooltip.noPlaces': 'Skytray: no places yet. Open Skytray to add one.',
  'tray.tooltip.loading': 'Skytray: {place}, no weather yet.',
  // {problem} is a whole sentence about the error (error.*).
  'tray.tooltip.failed': 'Skytray: {place}, no weather yet. {problem}',
  'tray.tooltip.reading': '{place}: {reading} ({updated})',
  'tray.tooltipWarning': '⚠ {event} ({place})',
  'tray.airQuality': 'Air quality',
  'tray.airQualityLine': '{place}: {index} {value}, {category}',
  // Menu items (actions). {done} of {total} places refreshed so far.
  'tray.refresh': 'Refresh now',
  'tray.refreshing': 'Refreshing… {done}/{total}',
  'tray.open': 'Open Skytray',
  'tray.settings': 'Settings…',
  'tray.quit': 'Quit Skytray',
  // The one-time note in the window about the tray icon. The GNOME extension's name and the
  // Windows settings path are as those systems show them in English: use their names in your language.
  'tray.notice.unavailable':
    'Your desktop does not seem to show tray icons, so Skytray stays in the taskbar: closing this window minimises it. On GNOME, install and turn on the “AppIndicator and KStatusNotifierItem Support” extension, then start Skytray again to get its tray icon.',
  'tray.notice.pin':
    'Skytray lives in the notification area at the right of the taskbar. If Windows hides its icon behind the ^ arrow, drag it onto the taskbar, or turn Skytray on under Settings > Personalization > Taskbar > Other system tray icons.',

  // ── notifications
  // keys: notification.*
  'notification.warning.title': '{event} in {place}',
  'notification.warning.bodyUntil': '{headline} In force until {day} {time}.',
  'notification.warning.bodyOpen': '{headline}',
  'notification.warning.headlineMissing': '{event} for {area}.',
  // Rain starting within two hours. {place}: a place's name.
  'notification.rainSoon.title': 'Rain soon in {place}',
  // From the quarter-hourly forecast. {time}: a clock time ("14:45"). Light, moderate, heavy: the
  // American Meteorological Society's limits (up to 2.5 mm an hour, up to 7.6 mm, more).
  'notification.rainSoon.bodyLight': 'Rain from {time}, light',
  'notification.rainSoon.bodyModerate': 'Rain from {time}, moderate',
  'notification.rainSoon.bodyHeavy': 'Rain from {time}, heavy',
  // Where the forecast has only hourly steps. {condition}: a weather condition ("Rain showers"); {chance}: "70%".
  'notification.rainSoon.hourlyBody': '{condition} starting in about {minutes, plural, one {# minute} other {# minutes}} ({chance} chance).',
  // Severe weather now ("Thunderstorm in Oslo").
  'notification.severe.nowTitle': '{condition} in {place}',
  'notification.severe.nowBody': '{condition} now.',
  // Severe weather within three hours; {time} is the place's own clock time.
  'notification.severe.expectedTitle': '{condition} expected in {place}',
  'notification.severe.expectedBody': '{condition} expected around {time} local time.',

  // ── dialogs
  // keys: dialog.*
  // Titles of the error box shown when Skytray cannot start.
  'dialog.startup.dataTitle': 'Skytray cannot open its data',
  'dialog.startup.failedTitle': 'Skytray could not start',
  // The error box's text: {problem} is the reason, a whole sentence (an error.store.* or error.*
  // message); {details} is one of dialog.startup.details*.
  'dialog.startup.storeDisk': '{problem} Check that the disk has space and that Skytray may write to its folder, then start Skytray again.\n\n{details}',
  'dialog.startup.storeCorrupt':
    '{problem} Skytray could not repair or set aside its database. Move the file away (it keeps your places) and start Skytray again.\n\n{details}',
  // The database was written by a newer Skytray: {problem} already says to update.
  'dialog.startup.storeNewer': '{problem}\n\n{details}',
  'dialog.startup.storeOther': '{problem} Start Skytray again; if this keeps happening, please report it with the log.\n\n{details}',
  'dialog.startup.engine': '{problem}\n\n{details}',
  'dialog.startup.files': 'Skytray could not use the files in its data folder ({problem}). Check that folder, then start Skytray again.\n\n{details}',
  'dialog.startup.unexpected':
    'Something unexpected went wrong while starting ({problem}). Start Skytray again; if this keeps happening, please report it with the log.\n\n{details}',
  // {folder}: a folder's path; {problem}: the system's reason, in English.
  'dialog.startup.unwritableFolder':
    'Skytray cannot write to {folder} ({problem}). Check that this folder exists and that you may write to it, then start Skytray again.',
  // Stands for the folder's path when even that is unknown.
  'dialog.startup.unknownFolder': 'its data folder',
  // {path}: the log file's path.
  'dialog.startup.detailsInLog': 'The details are in the log: {path}',
  'dialog.startup.detailsInTerminal': 'The details were written to the terminal (the log file could not be opened).',
  // Diagnostics' "Show log file" could not show it.
  'dialog.log.noFile': 'Skytray could not open its log file, so it logs to the terminal only.',
  // {folder}: the folder's path; {problem}: the system's reason.
  'dialog.log.folderNotOpened': 'The log folder {folder} could not be opened: {problem}',

  // ── cli
  // keys: cli.*
  // The command-line tool `weather`. Option names (--lang), commands (favourites add), metavariables
  // (PLACE, ID) and {env} stay as they are: people type them.
  'cli.unknownLanguage': 'Skytray does not speak “{lang}”. Languages: {languages}.',
  // `weather --help`, in blocks; keep each line's options and commands, align the columns as you like.
  'cli.help.usage': `Usage:
  weather [options] place ...            the weather for these places, now
  weather [options]                      your favourites with their saved weather (refreshed when stale)
  weather [options] refresh              refresh every favourite now
  weather [options] alerts [place ...]   official warnings in force there (default: your favourites)
  weather [options] favourites list
  weather [options] favourites add PLACE
  weather [options] favourites remove ID
  weather [options] favourites move ID POSITION    (positions count from 1)
  weather [options] favourites primary ID          (the place the tray shows)`,
  'cli.help.places': 'A place is a name ("Berlin", "Springfield, Illinois") or coordinates ("52.52,13.41", "-33.87,151.21").',
  'cli.help.options': `Options:
  --db PATH              the database (default: the one the Skytray app uses)
  --provider NAME        open-meteo (no key) or openweathermap; default: saved setting, else open-meteo
  --forecast-url ORIGIN  where the forecast API lives, e.g. http://127.0.0.1:8089
  --geocoding-url ORIGIN where the place search API lives
  --nws-url ORIGIN       where the US National Weather Service API lives (default https://api.weather.gov)
  --metalerts-url ORIGIN where MET Norway's API lives (default https://api.met.no)
  --meteoalarm-url ORIGIN where MeteoAlarm's feeds live (default https://feeds.meteoalarm.org)
  --air-quality-url ORIGIN where Open-Meteo's air-quality API lives
  --units SYSTEM         metric or imperial; default: saved setting, else metric
  --wind-unit UNIT       km/h, m/s or mph, whatever the units; default: saved setting, else the units' own
  --api-key KEY          OpenWeatherMap key (or set {env})
  --lang CODE            the language of the table, help and messages ({languages});
                         default: LC_ALL, LC_MESSAGES or LANG, else English. JSON stays English.
  --json                 print JSON instead of a table
  --log-file PATH        also write the log (JSON lines) to this file; SKYTRAY_LOG=debug for more
  -h, --help             show this help`,
  'cli.help.json': 'With --json, each place of "weather place ..." also carries its "alerts" and "airQuality".',
  'cli.help.exitStatus': 'Exit status: 0 success, 1 some place failed (for alerts: a warnings service did not answer), 2 usage error.',
  // Usage errors: what is wrong with the command line, shown above the help.
  'cli.usage.unknownOption': 'unknown option "{option}"',
  'cli.usage.missingValue': '{option} needs a value',
  'cli.usage.noValue': '{option} takes no value',
  'cli.usage.provider': '--provider must be one of {providers}, got "{value}"',
  'cli.usage.units': '--units must be metric or imperial, got "{value}"',
  // {units}: the wind units, as typed ("km/h, m/s, mph").
  'cli.usage.windUnit': '--wind-unit must be one of {units}, got "{value}"',
  'cli.usage.needsPath': '{option} needs a file path',
  'cli.usage.originNotUrl': '{option} must be a URL like https://api.open-meteo.com, got "{value}".',
  'cli.usage.originScheme': '{option} must use http or https, got "{scheme}".',
  'cli.usage.originParts': '{option} must be an origin (and optional path), without a query, fragment or credentials.',
  // {what} is ID or POSITION, as in the help.
  'cli.usage.wholeNumber': '{what} must be a whole number of at least {min}, got "{value}"',
  'cli.usage.refreshTakesNoPlace': 'refresh takes no place: it refreshes every favourite (for the weather somewhere, leave out "refresh")',
  'cli.usage.favouritesArguments': 'favourites {action} takes {count, plural, =0 {no arguments} one {# argument} other {# arguments}}',
  'cli.usage.favouritesAddNeedsPlace': 'favourites add needs a place, e.g. favourites add "Springfield, Illinois"',
  'cli.usage.favouritesAction': 'unknown favourites action "{action}": use list, add, remove, move or primary',
  'cli.usage.emptyPlace': 'a place cannot be empty: give a name like "Berlin" or coordinates like 52.52,13.41',
  'cli.usage.placeTooLong': 'a place is at most {max} characters; one given has {length}',
  'cli.usage.notOnEarth': '"{query}" is not a place on Earth: latitude must be -90 to 90 and longitude -180 to 180.',
  // {reason} is the system's own words.
  'cli.logFileUnwritable': 'cannot write the log file {path}: {reason}',
  'cli.apiKeyMissing': 'OpenWeatherMap needs your own API key: get one free at openweathermap.org, then add it in Settings (or set {env}).',
  // The table of `weather PLACE`: column headings, keep short.
  'cli.table.place': 'Place',
  'cli.table.localTime': 'Local time',
  'cli.table.temperature': 'Temp',
  'cli.table.feelsLike': 'Feels',
  'cli.table.condition': 'Condition',
  'cli.table.wind': 'Wind',
  'cli.table.humidity': 'Humidity',
  'cli.table.precipitation': 'Precip',
  'cli.table.uv': 'UV (max)',
  'cli.table.today': 'Today',
  // Cells: precipitation with its chance "0.3 mm (40%)"; UV now and today's highest "2 (5)"; today's low and high "3° / 9°".
  'cli.table.precipitationWithChance': '{amount} ({chance})',
  'cli.table.uvNowAndMax': '{now} ({max})',
  'cli.table.lowAndHigh': '{low} / {high}',
  // CAP severities of an official warning.
  'cli.severity.Extreme': 'Extreme',
  'cli.severity.Severe': 'Severe',
  'cli.severity.Moderate': 'Moderate',
  'cli.severity.Minor': 'Minor',
  'cli.severity.Unknown': 'Unknown',
  // The line under a place in the table; {until} is a weekday and a time: "Wed 18:00".
  'cli.warning.until': 'Warning: {event} ({severity}) until {until}',
  'cli.warning.open': 'Warning: {event} ({severity})',
  'cli.warning.ends': '{weekday} {time}',
  'cli.warning.more': '{count} more in force: weather alerts "{place}"',
  'cli.warning.failed': 'Warnings could not be had: {reason}',
  // `weather alerts`: {source} is the warnings service's name.
  'cli.alerts.noFavourites': 'No favourites yet. Name places: weather alerts "Berlin" "Denver"',
  'cli.alerts.heading': '{place} ({source})',
  'cli.alerts.noService': 'No official warnings service covers this place.',
  'cli.alerts.none': 'No warnings in force.',
  'cli.alerts.elsewhere': '{count} more in force elsewhere in the country.',
  // {start} and {end}: a date and time in the place's own time.
  'cli.alerts.fromUntil': 'from {start} until {end}',
  'cli.alerts.from': 'from {start}',
  'cli.alerts.until': 'until {end}',
  // {start}/{end} above: a day and a clock time in the place's own time; {weekday}: "Wed", {date}: "25 Nov", {time}: "06:00".
  'cli.alerts.dateAndTime': '{weekday} {date} {time}',
  'cli.alerts.area': 'Area: {area}',
  // Favourites.
  'cli.store.noFavourites': 'No favourites yet. Add one with: npm run -s weather -- favourites add Berlin',
  'cli.store.refreshingStale': 'Refreshing {stale} of {total} (older than the refresh interval)...',
  'cli.store.refreshedOf': 'Refreshed {done} of {total}.',
  'cli.store.refreshedFavourites': 'Refreshed {done} of {total} favourites.',
  // The heading of `favourites list`: columns ID, position, place.
  'cli.store.listHeading': '  ID  Pos     Place',
  'cli.store.added': 'Added {place} (id {id}).',
  'cli.store.addedShownInTray': 'Added {place} (id {id}), shown in the tray.',
  'cli.store.alreadyFavourite': 'Already a favourite: {place} (id {id}).',
  'cli.store.alreadyFavouriteShownInTray': 'Already a favourite: {place} (id {id}), shown in the tray.',
  'cli.store.removed': 'Removed favourite {id}.',
  'cli.store.moved': 'Moved favourite {id} to position {position}.',
  'cli.store.primary': 'Favourite {id} is now the one shown in the tray.',
  'cli.store.dataAge': 'Data age:',
  'cli.store.placeAge': '{place}: {age}',
  'cli.store.placeAgeFailed': '{place}: {age} (last refresh failed: {reason})',
} as const;

/** Every message's name: a key that is not in the English catalogue is a type error. */
export type MessageKey = keyof typeof en;

/** What every language's file must hold: a message for each key (`satisfies Catalogue`). */
export type Catalogue = Readonly<Record<MessageKey, string>>;
