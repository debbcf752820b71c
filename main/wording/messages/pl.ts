// Teksty Skytray po polsku. Komunikaty bezosobowo („Zaktualizowano”, „Wczytywanie…”), polecenia
// w trybie rozkazującym („Sprawdź”, „Spróbuj ponownie”), jak w GNOME, KDE, Windows i macOS.
// Słownictwo pogodowe jak w IMGW-PIB. Nazw miejsc nie odmieniamy: stoją po dwukropku lub
// myślniku. Nazwy usług stoją po przyimku albo przy czasowniku w czasie teraźniejszym (bez rodzaju).
//
// Słowniczek (English → polski):
//   updated … ago     → zaktualizowano … temu   out of date   → nieaktualne
//   offline           → offline                 saved weather → zapisane dane pogodowe
//   data from …       → ostatnie dane: …        loading       → wczytywanie…
//   place             → miejsce                 favourites    → ulubione
//   settings          → Ustawienia              quit          → Zakończ
//   refresh           → odśwież                 diagnostics   → Diagnostyka
//   calls (weighted)  → zapytania (ważone)      warning       → ostrzeżenie
//   in force until    → obowiązuje do           area          → obszar
//   clear / mainly clear / partly cloudy / overcast → bezchmurnie / małe zachmurzenie / umiarkowane zachmurzenie / pochmurno
//   drizzle → mżawka   freezing → marznący   showers → przelotny (deszcz, śnieg)   thunderstorm → burza
//   sleet → deszcz ze śniegiem   squalls → szkwały   tornado → trąba powietrzna
//   tray → zasobnik (systemowy)   log → dziennik   API key → klucz API   weather service → usługa pogodowa
//   severity Minor / Moderate / Severe / Extreme → niewielkie / umiarkowane / poważne / ekstremalne (ostrzeżenie)
//   heavy (rain, snow) → silny   light → słaby
//   official warnings → oficjalne ostrzeżenia   air quality → jakość powietrza   quiet hours → godziny ciszy
//   UV low / moderate / high / very high / extreme → niski / umiarkowany / wysoki / bardzo wysoki / ekstremalny
//   compass: N, NE, E, SE, S, SW, W, NW (międzynarodowe skróty, jak w tabelach IMGW)
import type { Catalogue } from './en.ts';

export const pl = {
  // ── common
  'common.age.never': 'nigdy',
  'common.age.justNow': 'przed chwilą',
  'common.compass.n': 'N',
  'common.compass.ne': 'NE',
  'common.compass.e': 'E',
  'common.compass.se': 'SE',
  'common.compass.s': 'S',
  'common.compass.sw': 'SW',
  'common.compass.w': 'W',
  'common.compass.nw': 'NW',
  'common.windWithDirection': '{speed} {direction}',
  'common.freshness.updatedNote':
    '{freshness, select, offline {zaktualizowano {age}, offline} stale {zaktualizowano {age}, nieaktualne} other {zaktualizowano {age}}}',
  'common.freshness.updated': 'Zaktualizowano {age}',
  'common.freshness.outOfDate': 'Nieaktualne · zaktualizowano {age}',
  'common.freshness.offlineShowing': 'Offline · ostatnie dane: {age}',
  'common.freshness.loading': 'Wczytywanie…',
  'common.freshness.summaryOffline': 'Offline, ostatnie dane: {age}',
  'common.freshness.summarySomeStale': 'Zaktualizowano {age} (część miejsc ma nieaktualne dane)',
  'common.freshness.noData': 'Brak danych',
  'common.freshness.headlineOffline': 'Offline: zapisane dane pogodowe',
  'common.callBudget.period': '{window, select, minute {Ostatnia minuta} hour {Ostatnia godzina} other {Ostatnie 24 godziny}}',
  'common.callBudget.window':
    '{window, select, minute {{used} z {limit} w ostatniej minucie} hour {{used} z {limit} w ostatniej godzinie} other {{used} z {limit} w ostatnich 24 godzinach}}',
  'common.callBudget.summary': 'Zapytania do {provider} (ważone): {windows}',
  'common.placeCount': '{count, plural, one {# miejsce} few {# miejsca} many {# miejsc} other {# miejsca}}',
  'common.airQuality.index': '{index, select, us {Indeks USA} other {Indeks europejski}}',

  // ── conditions
  'condition.clear': 'Bezchmurnie',
  'condition.mainly-clear': 'Małe zachmurzenie',
  'condition.partly-cloudy': 'Umiarkowane zachmurzenie',
  'condition.overcast': 'Pochmurno',
  'condition.fog': 'Mgła',
  'condition.drizzle': 'Mżawka',
  'condition.freezing-drizzle': 'Marznąca mżawka',
  'condition.rain': 'Deszcz',
  'condition.heavy-rain': 'Silny deszcz',
  'condition.freezing-rain': 'Marznący deszcz',
  'condition.snow': 'Śnieg',
  'condition.heavy-snow': 'Silne opady śniegu',
  'condition.rain-showers': 'Przelotny deszcz',
  'condition.snow-showers': 'Przelotny śnieg',
  'condition.thunderstorm': 'Burza',
  'condition.thunderstorm-hail': 'Burza z gradem',
  'condition.sleet': 'Deszcz ze śniegiem',
  'condition.squalls': 'Szkwały',
  'condition.tornado': 'Trąba powietrzna',
  'condition.unknown': 'Nieznane',

  // ── errors
  'error.network':
    '{provider, select, none {Coś poszło nie tak podczas pobierania pogody.} other {Brak połączenia z {provider}. Sprawdź połączenie z internetem.}}',
  'error.timeout': '{provider, select, none {Usługa pogodowa nie odpowiedziała na czas.} other {Brak odpowiedzi od {provider} w wymaganym czasie.}}',
  'error.rateLimited.nextTry':
    '{provider, select, none {Przekroczono limit zapytań; kolejna próba o {time}} other {Przekroczono limit zapytań do {provider}; kolejna próba o {time}}}',
  'error.rateLimited.retrying':
    '{provider, select, none {Usługa pogodowa ogranicza teraz liczbę zapytań. Skytray spróbuje ponownie później.} other {{provider} ogranicza teraz liczbę zapytań. Skytray spróbuje ponownie później.}}',
  'error.rateLimited.tryAgain':
    '{provider, select, none {Usługa pogodowa ogranicza teraz liczbę zapytań. Spróbuj ponownie za minutę.} other {{provider} ogranicza teraz liczbę zapytań. Spróbuj ponownie za minutę.}}',
  'error.server.retrying':
    '{provider, select, none {Usługa pogodowa ma problemy (HTTP {status}). Skytray spróbuje ponownie później.} other {{provider} ma problemy (HTTP {status}). Skytray spróbuje ponownie później.}}',
  'error.server.tryAgain':
    '{provider, select, none {Usługa pogodowa ma problemy (HTTP {status}). Spróbuj ponownie za kilka minut.} other {{provider} ma problemy (HTTP {status}). Spróbuj ponownie za kilka minut.}}',
  'error.badRequest':
    '{provider, select, none {Usługa pogodowa odrzuciła zapytanie (HTTP {status}).} other {Zapytanie zostało odrzucone przez {provider} (HTTP {status}).}}',
  'error.auth.keyMissing': 'OpenWeatherMap wymaga własnego klucza API: uzyskaj go bezpłatnie na openweathermap.org i dodaj w Ustawieniach.',
  'error.auth.keyRejected':
    '{provider, select, none {Usługa pogodowa odrzuciła klucz API (401).} other {Klucz API został odrzucony przez {provider} (401).}} Sprawdź klucz w Ustawieniach; aktywacja nowego klucza może potrwać do dwóch godzin.',
  'error.auth.refused':
    '{provider, select, none {Usługa pogodowa odmówiła wykonania zapytania (HTTP {status}).} other {{provider} odmawia wykonania zapytania (HTTP {status}).}}',
  'error.notFound.place': 'Nie znaleziono miejsca o nazwie „{query}”.',
  'error.notFound.favourite': 'Nie ma ulubionego miejsca o identyfikatorze {id}; mogło zostać usunięte.',
  'error.notFound.other': '{provider, select, none {Nic nie znaleziono.} other {Brak wyników od {provider} dla tego zapytania (HTTP {status}).}}',
  'error.malformed':
    '{provider, select, none {Usługa pogodowa przesłała dane, których Skytray nie rozumie.} other {{provider} przesyła dane, których Skytray nie rozumie.}}',
  'error.tooLarge':
    '{provider, select, none {Usługa pogodowa przesłała odpowiedź większą, niż Skytray przyjmuje.} other {{provider} przesyła odpowiedź większą, niż Skytray przyjmuje.}}',
  'error.aborted': 'Zapytanie zostało anulowane.',
  'error.invalidInput': 'Skytray nie może użyć podanej wartości.',
  'error.invalidInput.keyNeedsHttps':
    '{provider, select, none {Skytray wysyła klucz API w każdym zapytaniu do usługi pogodowej, więc jej adres URL musi używać https (lub wskazywać ten komputer, np. http://127.0.0.1): podano {origin}.} other {Skytray wysyła klucz API w każdym zapytaniu do {provider}, więc adres URL musi używać https (lub wskazywać ten komputer, np. http://127.0.0.1): podano {origin}.}}',
  'error.store.newerSchema': 'Tę bazę danych zapisała nowsza wersja Skytray. Zaktualizuj Skytray, aby ją otworzyć.',
  'error.store.corrupt': 'Baza danych Skytray jest uszkodzona i nie udało się jej odczytać.',
  'error.store.busy': 'Inna instancja Skytray (aplikacja lub wiersz poleceń) blokowała bazę danych. Spróbuj ponownie za chwilę.',
  'error.store.disk':
    '{reason, select, full {Dysk jest pełny, więc Skytray nie może zapisywać swojej bazy danych.} folderBlocked {W miejscu folderu danych Skytray znajduje się plik.} readOnly {Baza danych Skytray lub jej dysk są tylko do odczytu.} permission {Skytray nie ma uprawnień do zapisu swojej bazy danych.} cantOpen {Baza danych lub jej folder nie pozwala Skytray na zapis.} other {Dysk nie pozwolił Skytray zapisać bazy danych.}}',
  'error.store.other': 'Coś poszło nie tak z bazą danych Skytray.',
  'error.store.memoryOnly':
    'Skytray nie może zapisywać w {path}. Działa dalej, ale zmiany zostaną utracone po zamknięciu. Zwolnij miejsce na dysku lub sprawdź uprawnienia folderu, a następnie uruchom Skytray ponownie.',
  'error.store.recovered':
    '{outcome, select, backup {Nie można było użyć bazy danych Skytray; przywrócono z kopii zapasowej {count, plural, one {# miejsce} few {# miejsca} many {# miejsc} other {# miejsca}}.} salvaged {Nie można było użyć bazy danych Skytray i nie było użytecznej kopii zapasowej; z uszkodzonego pliku odzyskano {count, plural, one {# miejsce} few {# miejsca} many {# miejsc} other {# miejsca}}.} other {Nie można było użyć bazy danych Skytray, nie było użytecznej kopii zapasowej i nie udało się odczytać żadnych miejsc, więc Skytray startuje bez danych.}}',
  'error.store.damagedKept': 'Uszkodzony plik zachowano jako {path}.',
  'error.request.forbidden': 'To okno nie może komunikować się ze Skytray.',
  'error.request.invalid': 'Skytray nie może użyć danych przesłanych przez okno.',

  // ── window: places and forecast
  'window.forecast.uvTitle': 'Indeks UV',
  'window.forecast.uvNow': 'Teraz {value} · {category}',
  'window.forecast.uvMax': 'Dziś maks. {value} · {category}',
  'window.forecast.uv.low': 'Niski',
  'window.forecast.uv.moderate': 'Umiarkowany',
  'window.forecast.uv.high': 'Wysoki',
  'window.forecast.uv.veryHigh': 'Bardzo wysoki',
  'window.forecast.uv.extreme': 'Ekstremalny',
  'window.forecast.rainTitle': 'Najbliższe dwie godziny',
  'window.forecast.rainFrom': '{intensity, select, light {Słaby deszcz od {time}} moderate {Umiarkowany deszcz od {time}} other {Silny deszcz od {time}}}',
  'window.forecast.rainNow': '{intensity, select, light {Teraz słaby deszcz} moderate {Teraz umiarkowany deszcz} other {Teraz silny deszcz}}',
  'window.forecast.dry': 'Bez deszczu przez najbliższe dwie godziny',
  'window.forecast.rainSpread': 'Na podstawie danych godzinowych: moment rozpoczęcia w ciągu godziny jest szacunkowy.',
  'window.places.tab.places': 'Miejsca',
  'window.places.tab.settings': 'Ustawienia',
  'window.places.tab.diagnostics': 'Diagnostyka',
  'window.places.sections': 'Sekcje',
  'window.places.refreshAll': 'Odśwież wszystko',
  'window.places.refreshingAll': 'Odświeżanie… {done}/{total}',
  'window.places.refreshProgress': 'Postęp odświeżania',
  'window.places.refreshed': '{count, plural, one {Odświeżono # miejsce} few {Odświeżono # miejsca} many {Odświeżono # miejsc} other {Odświeżono # miejsca}}',
  'window.places.refreshFailed': '{place}: {error}',
  'window.places.backOnline': 'Znów online',
  'window.places.ok': 'OK',
  'window.places.internalError': 'W Skytray wystąpił błąd wewnętrzny. Szczegóły są w dzienniku.',
  'window.places.search.label': 'Dodaj miejsce',
  'window.places.search.placeholder': 'Nazwa miejscowości lub 52.52, 13.41',
  'window.places.search.results': 'Znalezione miejsca',
  'window.places.search.found':
    '{count, plural, one {Znaleziono # miejsce} few {Znaleziono # miejsca} many {Znaleziono # miejsc} other {Znaleziono # miejsca}}',
  'window.places.list.label': 'Twoje miejsca',
  'window.places.list.reorderHint': 'Przeciągnij, aby zmienić kolejność, lub naciśnij Alt+↑ / Alt+↓ na wybranym miejscu.',
  'window.places.list.empty': 'Brak miejsc. Wyszukaj powyżej, aby dodać pierwsze.',
  'window.places.list.summary': '{temperature} {condition}',
  'window.places.list.unavailable': 'niedostępne',
  'window.places.list.loading': 'wczytywanie…',
  'window.places.list.isPrimary': 'Miejsce {place} jest widoczne w zasobniku',
  'window.places.list.makePrimary': 'Pokaż miejsce {place} w zasobniku',
  'window.places.list.isPrimaryTitle': 'Widoczne w zasobniku',
  'window.places.list.makePrimaryTitle': 'Pokaż w zasobniku',
  'window.places.list.remove': 'Usuń miejsce {place}',
  'window.places.list.removeTitle': 'Usuń',
  'window.places.added': 'Dodano miejsce {place}',
  'window.places.removed': 'Usunięto miejsce {place}.',
  'window.places.undo': 'Cofnij',
  'window.places.restored': 'Przywrócono miejsce {place}',
  'window.forecast.title': 'Pogoda',
  'window.forecast.notify': 'Powiadamiaj',
  'window.forecast.notifying': 'Powiadamianie ✓',
  'window.forecast.notifyTitle': 'Powiadomienia o deszczu i groźnej pogodzie dla tego miejsca',
  'window.forecast.refresh': 'Odśwież',
  'window.forecast.refreshing': 'Odświeżanie…',
  'window.forecast.errorShowingLastGood': '{error} Wyświetlane są ostatnie poprawne dane.',
  'window.forecast.nextDays': 'Kolejne dni',
  'window.forecast.feelsLike': 'Odczuwalna {temperature}',
  'window.forecast.highLow': 'Maks. {high} · Min. {low}',
  'window.forecast.wind': 'Wiatr',
  'window.forecast.humidity': 'Wilgotność',
  'window.forecast.precipitation': 'Opady',
  'window.forecast.precipitationChance': '{amount} · {chance}',
  'window.forecast.localTime': 'Czas lokalny',
  'window.forecast.sun': 'Słońce',
  'window.forecast.attribution':
    '{provider, select, openweathermap {Dane pogodowe: OpenWeather (CC BY-SA 4.0)} other {Dane pogodowe: Open-Meteo.com (CC BY 4.0)}}',
  'window.forecast.sunriseSunset': '{sunrise} – {sunset}',

  // ── window: warnings and air
  'window.warnings.title': 'Oficjalne ostrzeżenia',
  'window.warnings.uncovered': 'Żadna oficjalna służba ostrzegawcza nie obejmuje tego miejsca',
  'window.warnings.unavailable': 'Ostrzeżenia niedostępne ({reason})',
  'window.warnings.none':
    '{source, select, nws {National Weather Service: brak obowiązujących ostrzeżeń} metalerts {MET Norway: brak obowiązujących ostrzeżeń} other {MeteoAlarm: brak obowiązujących ostrzeżeń}}',
  'window.warnings.more': 'Więcej ostrzeżeń dla tego miejsca',
  'window.warnings.details': 'Szczegóły',
  'window.warnings.from': 'Od {onset}',
  'window.warnings.until': 'Do {expires}',
  'window.warnings.fromUntil': 'Od {onset} do {expires}',
  'window.warnings.timesNote': 'Godziny według czasu lokalnego miejsca.',
  'window.warnings.issuer': 'Przeczytaj pełne ostrzeżenie ({issuer})',
  'window.warnings.issuerUnnamed': 'Przeczytaj pełne ostrzeżenie na stronie wydawcy',
  'window.warnings.severity.Extreme': 'Ekstremalne',
  'window.warnings.severity.Severe': 'Poważne',
  'window.warnings.severity.Moderate': 'Umiarkowane',
  'window.warnings.severity.Minor': 'Niewielkie',
  'window.warnings.severity.Unknown': 'Ostrzeżenie',
  'window.warnings.reason.network': '{provider}: brak połączenia',
  'window.warnings.reason.timeout': '{provider}: brak odpowiedzi na czas',
  'window.warnings.reason.rateLimited': '{provider}: prośba o odczekanie',
  'window.warnings.reason.server': '{provider}: problemy po stronie usługi',
  'window.warnings.reason.auth': '{provider}: odmowa wykonania zapytania',
  'window.warnings.reason.malformed': '{provider}: dane niezrozumiałe dla Skytray',
  'window.warnings.reason.tooLarge': '{provider}: za dużo danych',
  'window.warnings.reason.unnamed': 'usługa',
  'window.air.title': 'Jakość powietrza',
  'window.air.attribution': 'Jakość powietrza: Open-Meteo.com na podstawie danych Copernicus Atmosphere Monitoring Service (CC BY 4.0)',
  'window.air.index': '{value} · {category}',
  'window.air.noIndex': 'Obecnie brak indeksu dla tego miejsca',
  'window.air.unavailable': 'Jakość powietrza niedostępna ({reason})',
  'window.air.pollutants': 'Zanieczyszczenia',
  'window.air.pollen': 'Pyłki',
  'window.air.microgrammes': '{value} µg/m³',
  'window.air.grains': '{value} ziaren/m³',
  'window.air.pm2_5': 'Pył zawieszony PM2,5 (do 2,5 µm)',
  'window.air.pm10': 'Pył zawieszony PM10 (do 10 µm)',
  'window.air.ozone': 'Ozon',
  'window.air.nitrogenDioxide': 'Dwutlenek azotu',
  'window.air.pollen.alder': 'Olsza',
  'window.air.pollen.birch': 'Brzoza',
  'window.air.pollen.grass': 'Trawy',
  'window.air.pollen.mugwort': 'Bylica',
  'window.air.pollen.olive': 'Oliwka',
  'window.air.pollen.ragweed': 'Ambrozja',
  'window.air.european.good': 'Dobry',
  'window.air.european.fair': 'Zadowalający',
  'window.air.european.moderate': 'Umiarkowany',
  'window.air.european.poor': 'Zły',
  'window.air.european.very-poor': 'Bardzo zły',
  'window.air.european.extremely-poor': 'Skrajnie zły',
  'window.air.us.good': 'Dobry',
  'window.air.us.moderate': 'Umiarkowany',
  'window.air.us.unhealthy-for-sensitive-groups': 'Niezdrowy dla osób wrażliwych',
  'window.air.us.unhealthy': 'Niezdrowy',
  'window.air.us.very-unhealthy': 'Bardzo niezdrowy',
  'window.air.us.hazardous': 'Niebezpieczny',

  // ── window: settings
  'window.settings.extras.legend': 'Oficjalne ostrzeżenia i jakość powietrza',
  'window.settings.extras.warnings': 'Powiadomienia o oficjalnych ostrzeżeniach',
  'window.settings.extras.warnings.off': 'Nigdy',
  'window.settings.extras.warnings.Moderate': 'Umiarkowane, poważne i ekstremalne',
  'window.settings.extras.warnings.Severe': 'Poważne i ekstremalne',
  'window.settings.extras.warnings.Extreme': 'Tylko ekstremalne',
  'window.settings.extras.extreme': 'Ekstremalne ostrzeżenia także w godzinach ciszy',
  'window.settings.extras.extremeHint': 'Tylko ostrzeżenia, które wydawca ocenia jako ekstremalne (zagrożenie życia), dla miejsc z włączonymi powiadomieniami.',
  'window.settings.extras.scale': 'Indeks jakości powietrza',
  'window.settings.extras.scale.auto': 'Wg miejsca (indeks USA w USA)',
  'window.settings.extras.scale.european': 'Europejski (EEA)',
  'window.settings.extras.scale.us': 'Amerykański (EPA)',
  'window.settings.windUnit.legend': 'Prędkość wiatru',
  'window.settings.windUnit.kilometresPerHour': 'Kilometry na godzinę (km/h)',
  'window.settings.windUnit.metresPerSecond': 'Metry na sekundę (m/s)',
  'window.settings.windUnit.milesPerHour': 'Mile na godzinę (mph)',
  'window.settings.title': 'Ustawienia',
  'window.settings.saved': 'Zapisano',
  'window.settings.language': 'Język',
  'window.settings.language.auto': 'Automatycznie',
  'window.settings.clock': 'Format czasu',
  'window.settings.clock.auto': 'Automatycznie',
  'window.settings.clock.h12': '12-godzinny',
  'window.settings.clock.h23': '24-godzinny',
  'window.settings.units': 'Jednostki',
  'window.settings.units.auto': 'Automatycznie (wg regionu)',
  'window.settings.units.metric': 'Metryczne (°C, km/h, mm)',
  'window.settings.units.imperial': 'Imperialne (°F, mph, in)',
  'window.settings.interval': 'Odświeżaj co (minuty)',
  'window.settings.budget.noPlaces': 'Brak miejsc: odświeżanie nic nie kosztuje.',
  'window.settings.budget.fits':
    '{places, plural, one {Jedno miejsce odświeżane co {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} zużywa dziennie ok. {calls} z {budget} zapytań, na które Skytray sam sobie pozwala.} few {# miejsca odświeżane co {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} zużywają dziennie ok. {calls} z {budget} zapytań, na które Skytray sam sobie pozwala.} many {# miejsc odświeżanych co {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} zużywa dziennie ok. {calls} z {budget} zapytań, na które Skytray sam sobie pozwala.} other {# miejsca odświeżane co {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} zużywają dziennie ok. {calls} z {budget} zapytań, na które Skytray sam sobie pozwala.}}',
  'window.settings.budget.tooOften':
    '{places, plural, one {Jedno miejsce odświeżane co {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} przekracza dzienny limit {budget} zapytań, na który Skytray sam sobie pozwala (potrzeba ok. {calls} dziennie): limit wyczerpywałby się każdego dnia po ok. {runsOut}.} few {# miejsca odświeżane co {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} przekraczają dzienny limit {budget} zapytań, na który Skytray sam sobie pozwala (potrzeba ok. {calls} dziennie): limit wyczerpywałby się każdego dnia po ok. {runsOut}.} many {# miejsc odświeżanych co {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} przekracza dzienny limit {budget} zapytań, na który Skytray sam sobie pozwala (potrzeba ok. {calls} dziennie): limit wyczerpywałby się każdego dnia po ok. {runsOut}.} other {# miejsca odświeżane co {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} przekraczają dzienny limit {budget} zapytań, na który Skytray sam sobie pozwala (potrzeba ok. {calls} dziennie): limit wyczerpywałby się każdego dnia po ok. {runsOut}.}}',
  'window.settings.budget.fitsFrom':
    '{minutes, plural, one {Zmieści się odświeżanie co # minutę lub rzadziej.} few {Zmieści się odświeżanie co # minuty lub rzadziej.} many {Zmieści się odświeżanie co # minut lub rzadziej.} other {Zmieści się odświeżanie co # minuty lub rzadziej.}}',
  'window.settings.budget.keepFewer':
    '{minutes, plural, one {Nawet co # minutę to za często: zostaw mniej miejsc.} few {Nawet co # minuty to za często: zostaw mniej miejsc.} many {Nawet co # minut to za często: zostaw mniej miejsc.} other {Nawet co # minuty to za często: zostaw mniej miejsc.}}',
  'window.settings.budget.duration': '{part, select, hours {{hours} godz.} minutes {{minutes} min} other {{hours} godz. {minutes} min}}',
  'window.settings.provider': 'Usługa pogodowa',
  'window.settings.provider.openMeteo': 'Open-Meteo (bez klucza)',
  'window.settings.provider.openWeatherMap': 'OpenWeatherMap (własny klucz)',
  'window.settings.key.label': 'Klucz API OpenWeatherMap',
  'window.settings.key.placeholder': 'Twój klucz API',
  'window.settings.key.placeholderSaved': '•••••••• (zapisany)',
  'window.settings.key.save': 'Zapisz klucz',
  'window.settings.key.test': 'Sprawdź klucz',
  'window.settings.key.saved': 'Klucz zapisany.',
  'window.settings.key.removed': 'Klucz usunięty.',
  'window.settings.key.testing': 'Sprawdzanie…',
  'window.settings.key.accepted': 'Klucz został zaakceptowany przez OpenWeatherMap.',
  'window.settings.key.enterFirst': 'Najpierw wpisz klucz API OpenWeatherMap.',
  'window.settings.key.storage.osKeychain': 'Przechowywany w postaci zaszyfrowanej w pęku kluczy systemu.',
  'window.settings.key.storage.plainText':
    'System nie ma pęku kluczy, z którego Skytray może korzystać, więc klucz jest przechowywany tylko lekko zamaskowany (magazyn basic_text Electrona). Każdy, kto ma dostęp do twoich plików, może go odczytać.',
  'window.settings.key.storage.unavailable':
    'Szyfrowanie jest niedostępne, więc klucz jest przechowywany tylko w pamięci i po ponownym uruchomieniu Skytray trzeba go wpisać jeszcze raz.',
  'window.settings.addresses': 'Adresy usług (dla własnej instancji Open-Meteo)',
  'window.settings.addresses.forecast': 'Prognoza Open-Meteo',
  'window.settings.addresses.geocoding': 'Geokodowanie Open-Meteo',
  'window.settings.addresses.public': 'Usługa publiczna',
  'window.settings.notifications': 'Powiadomienia',
  'window.settings.notifications.enabled': 'Zezwalaj na powiadomienia (potem naciśnij „Powiadamiaj” przy każdym miejscu, dla którego chcesz je dostawać)',
  'window.settings.notifications.rain': 'Zbliżający się deszcz',
  'window.settings.notifications.severe': 'Burze, silne opady śniegu, marznący deszcz',
  'window.settings.notifications.quiet': 'Cisza od {start} do {end}',
  'window.settings.startUp': 'Uruchamianie i okno',
  'window.settings.startUp.login': 'Uruchamiaj Skytray po zalogowaniu',
  'window.settings.startUp.taskbar': 'Zachowaj okno na pasku zadań',
  'window.settings.startUp.taskbarHint':
    'Zamknięcie okna będzie je wtedy minimalizować, zamiast zostawiać Skytray tylko w zasobniku. Tam, gdzie ikony w zasobniku nie widać, Skytray robi to sam.',
  'window.settings.logLevel': 'Szczegółowość dziennika',
  'window.settings.logLevel.error': 'Tylko błędy',
  'window.settings.logLevel.warn': 'Ostrzeżenia i błędy',
  'window.settings.logLevel.info': 'Normalna',
  'window.settings.logLevel.debug': 'Wszystko (do zgłoszenia błędu)',

  // ── window: diagnostics
  'window.diagnostics.title': 'Diagnostyka',
  'window.diagnostics.provider.airQuality': 'Open-Meteo jakość powietrza',
  'window.diagnostics.report': 'Raport diagnostyczny',
  'window.diagnostics.summary':
    '{status, select, online {{provider}: online; najstarsze dane {age}; z pamięci podręcznej: {searches, plural, one {# wyszukiwanie} few {# wyszukiwania} many {# wyszukiwań} other {# wyszukiwania}}.} other {{provider}: offline; najstarsze dane {age}; z pamięci podręcznej: {searches, plural, one {# wyszukiwanie} few {# wyszukiwania} many {# wyszukiwań} other {# wyszukiwania}}.}}',
  'window.diagnostics.requests': 'Zapytania według usług',
  'window.diagnostics.requestsCaption': 'Zapytania według usług (ostatnie {count})',
  'window.diagnostics.column.service': 'Usługa',
  'window.diagnostics.column.requests': 'Zapytania',
  'window.diagnostics.column.retries': 'Ponowienia',
  'window.diagnostics.column.failures': 'Błędy',
  'window.diagnostics.column.lastError': 'Ostatni błąd',
  'window.diagnostics.noRequests': 'Brak zapytań.',
  'window.diagnostics.copy': 'Kopiuj raport',
  'window.diagnostics.copied': 'Skopiowano.',
  'window.diagnostics.copyByHand': 'Zaznacz tekst i skopiuj go.',
  'window.diagnostics.reload': 'Wczytaj ponownie',
  'window.diagnostics.showLog': 'Pokaż plik dziennika',
  'window.diagnostics.logShown': 'Plik dziennika jest pokazany w menedżerze plików.',
  'window.diagnostics.budgetCaption': 'Zapytania do {provider} (ważone) na tle własnych limitów Skytray',
  'window.diagnostics.column.period': 'Okres',
  'window.diagnostics.column.used': 'Wykorzystano',
  'window.diagnostics.column.limit': 'Limit',
  'window.diagnostics.report.provider': 'Dostawca',
  'window.diagnostics.report.queue': 'kolejka',
  'window.diagnostics.report.online': 'Online',
  'window.diagnostics.report.paused': 'wstrzymano (uśpienie)',
  'window.diagnostics.report.units': 'Jednostki',
  'window.diagnostics.report.wind': 'wiatr w',
  'window.diagnostics.report.refresh': 'odświeżanie co',
  'window.diagnostics.report.customUrls': 'własne adresy URL',
  'window.diagnostics.report.database': 'Baza danych',
  'window.diagnostics.report.oldestData': 'Najstarsze dane',
  'window.diagnostics.report.cacheSearches': 'wyszukiwania z pamięci podręcznej',
  'window.diagnostics.report.perProvider': 'Według dostawców (ostatnie zapytania: {count})',
  'window.diagnostics.report.recent': 'Ostatnie zapytania',
  'window.diagnostics.report.logFile': 'Plik dziennika',

  // ── window: chart and days
  'window.chart.title': '{hours, plural, one {Najbliższa godzina} few {Najbliższe # godziny} many {Najbliższe # godzin} other {Najbliższe # godziny}}',
  'window.chart.tableCaption':
    '{hours, plural, one {Najbliższa godzina, czas lokalny miejsca} few {Najbliższe # godziny, czas lokalny miejsca} many {Najbliższe # godzin, czas lokalny miejsca} other {Najbliższe # godziny, czas lokalny miejsca}}',
  'window.chart.now': 'Teraz',
  'window.chart.sunrise': '↑{time}',
  'window.chart.sunset': '↓{time}',
  'window.chart.slider': 'Godzina',
  'window.chart.help':
    'Strzałki w lewo i w prawo przesuwają o godzinę, Page Up i Page Down o sześć godzin, Home i End do pierwszej i ostatniej godziny. Ta sama prognoza jest w tabeli poniżej.',
  'window.chart.showTable': 'Pokaż tabelę',
  'window.chart.hideTable': 'Ukryj tabelę',
  'window.chart.legend.temperature': 'Temperatura',
  'window.chart.legend.feelsLike': 'Odczuwalna',
  'window.chart.legend.precipitation': 'Opady (ciemniej: bardziej prawdopodobne)',
  'window.chart.noHours': 'Brak prognozy godzinowej',
  'window.chart.column.time': 'Czas',
  'window.chart.column.condition': 'Pogoda',
  'window.chart.column.temperature': 'Temperatura',
  'window.chart.column.feelsLike': 'Odczuwalna',
  'window.chart.column.precipitation': 'Opady',
  'window.chart.column.chance': 'Szansa',
  'window.chart.dayAndTime': '{weekday} {time}',
  'window.chart.hourSummary': '{time}: {condition}, {temperature}, odczuwalna {feelsLike}, {precipitation}, szansa {chance}',
  'window.chart.next.wetFrom': '{condition} od {when}',
  'window.chart.next.dryFrom': 'Bez opadów od {when}',
  'window.chart.next.wetFor':
    '{hours, plural, one {{condition} przez najbliższą godzinę} few {{condition} przez najbliższe # godziny} many {{condition} przez najbliższe # godzin} other {{condition} przez najbliższe # godziny}}',
  'window.chart.next.dryFor':
    '{hours, plural, one {Bez opadów przez najbliższą godzinę} few {Bez opadów przez najbliższe # godziny} many {Bez opadów przez najbliższe # godzin} other {Bez opadów przez najbliższe # godziny}}',
  'window.days.today': 'Dziś',
  'window.days.chanceTitle': 'Prawdopodobieństwo opadów',
  'window.days.chance': 'opady {chance}',
  'window.days.low': 'minimum {temperature}',
  'window.days.high': 'maksimum {temperature}',

  // ── window: about
  'window.about.licence': 'Wolne oprogramowanie na licencji MIT.',
  'window.about.copyright': 'Copyright © 2026 autorzy Skytray',
  'window.about.authors': 'Autorzy Skytray',
  'window.about.copyrightAndLicence': '{copyright}. {licence}',
  'window.about.credit.icons': 'Ikony pogody: Meteocons, autor Bas Milius, licencja MIT.',
  'window.about.credit.openMeteo': 'Dane pogodowe: Open-Meteo.com, licencja CC BY 4.0.',
  'window.about.credit.airQuality': 'Jakość powietrza: Open-Meteo.com na podstawie danych Copernicus Atmosphere Monitoring Service, licencja CC BY 4.0.',
  'window.about.credit.openWeather': 'Dane pogodowe: OpenWeather, licencja CC BY-SA 4.0.',
  'window.about.title': 'O programie Skytray',
  'window.about.version': 'Skytray {version}',
  'window.about.homepage': 'Strona domowa:',
  'window.about.credits': 'Podziękowania',

  // ── tray
  'tray.placeWithWarning': '{line}  ⚠ {event}',
  'tray.tooltipWarning': '⚠ {event} ({place})',
  'tray.airQuality': 'Jakość powietrza',
  'tray.airQualityLine': '{place}: {index} {value}, {category}',
  'tray.reading': '{temperature}, {condition}',
  'tray.place.primary': '★ {place}',
  'tray.place.reading': '{place}: {reading}',
  'tray.place.stale': '{place}: {reading} (nieaktualne)',
  'tray.place.loading': '{place}: wczytywanie…',
  'tray.place.unavailable': '{place}: niedostępne',
  'tray.tooltip.noPlaces': 'Skytray: brak miejsc. Otwórz Skytray, aby dodać miejsce.',
  'tray.tooltip.loading': 'Skytray: {place}, jeszcze bez pogody.',
  'tray.tooltip.failed': 'Skytray: {place}, jeszcze bez pogody. {problem}',
  'tray.tooltip.reading': '{place}: {reading} ({updated})',
  'tray.refresh': 'Odśwież teraz',
  'tray.refreshing': 'Odświeżanie… {done}/{total}',
  'tray.open': 'Otwórz Skytray',
  'tray.settings': 'Ustawienia…',
  'tray.quit': 'Zakończ Skytray',
  'tray.notice.unavailable':
    'Twój pulpit chyba nie pokazuje ikon w zasobniku systemowym, więc Skytray zostaje na pasku zadań: zamknięcie tego okna je minimalizuje. W GNOME zainstaluj i włącz rozszerzenie „AppIndicator and KStatusNotifierItem Support”, a potem uruchom Skytray ponownie, aby zobaczyć jego ikonę.',
  'tray.notice.pin':
    'Skytray działa w obszarze powiadomień po prawej stronie paska zadań. Jeśli Windows chowa jego ikonę za strzałką ^, przeciągnij ją na pasek zadań albo włącz Skytray w sekcji innych ikon zasobnika systemowego w Ustawienia > Personalizacja > Pasek zadań.',

  // ── notifications
  'notification.rainSoon.title': '{place}: wkrótce deszcz',
  'notification.rainSoon.bodyLight': 'Słaby deszcz od {time}',
  'notification.rainSoon.bodyModerate': 'Umiarkowany deszcz od {time}',
  'notification.rainSoon.bodyHeavy': 'Silny deszcz od {time}',
  'notification.rainSoon.hourlyBody':
    '{condition} zacznie się za około {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}} (prawdopodobieństwo {chance}).',
  'notification.severe.nowTitle': '{condition} – {place}',
  'notification.severe.nowBody': 'Teraz: {condition}.',
  'notification.severe.expectedTitle': '{condition} w prognozie – {place}',
  'notification.severe.expectedBody': 'Prognoza: {condition} około {time} czasu lokalnego.',
  'notification.warning.title': '{event} – {place}',
  'notification.warning.bodyUntil': '{headline} Obowiązuje do {day} {time}.',
  'notification.warning.bodyOpen': '{headline}',
  'notification.warning.headlineMissing': '{event} – obszar: {area}.',

  // ── dialogs
  'dialog.startup.dataTitle': 'Skytray nie może otworzyć swoich danych',
  'dialog.startup.failedTitle': 'Nie udało się uruchomić Skytray',
  'dialog.startup.storeDisk':
    '{problem} Sprawdź, czy na dysku jest wolne miejsce i czy Skytray może zapisywać w swoim folderze, a następnie uruchom Skytray ponownie.\n\n{details}',
  'dialog.startup.storeCorrupt':
    '{problem} Nie udało się naprawić bazy danych Skytray ani odłożyć jej na bok. Przenieś plik gdzie indziej (są w nim zapisane twoje miejsca) i uruchom Skytray ponownie.\n\n{details}',
  'dialog.startup.storeNewer': '{problem}\n\n{details}',
  'dialog.startup.storeOther': '{problem} Uruchom Skytray ponownie; jeśli to się powtarza, zgłoś problem i dołącz dziennik.\n\n{details}',
  'dialog.startup.engine': '{problem}\n\n{details}',
  'dialog.startup.files':
    'Skytray nie może użyć plików w swoim folderze danych ({problem}). Sprawdź ten folder, a następnie uruchom Skytray ponownie.\n\n{details}',
  'dialog.startup.unexpected':
    'Podczas uruchamiania wystąpił nieoczekiwany błąd ({problem}). Uruchom Skytray ponownie; jeśli to się powtarza, zgłoś problem i dołącz dziennik.\n\n{details}',
  'dialog.startup.unwritableFolder':
    'Skytray nie może zapisywać w {folder} ({problem}). Sprawdź, czy ten folder istnieje i czy masz w nim prawo zapisu, a następnie uruchom Skytray ponownie.',
  'dialog.startup.unknownFolder': 'swoim folderze danych',
  'dialog.startup.detailsInLog': 'Szczegóły są w dzienniku: {path}',
  'dialog.startup.detailsInTerminal': 'Szczegóły wypisano w terminalu (nie udało się otworzyć pliku dziennika).',
  'dialog.log.noFile': 'Skytray nie może otworzyć swojego pliku dziennika, więc zapisuje dziennik tylko w terminalu.',
  'dialog.log.folderNotOpened': 'Nie udało się otworzyć folderu dziennika {folder}: {problem}',

  // ── cli
  'cli.unknownLanguage': 'Skytray nie obsługuje języka „{lang}”. Dostępne języki: {languages}.',
  'cli.help.usage': `Użycie:
  weather [opcje] miejsce ...            pogoda teraz w tych miejscach
  weather [opcje]                        ulubione miejsca z zapisaną pogodą (odświeżaną, gdy nieaktualna)
  weather [opcje] refresh                odświeża teraz wszystkie ulubione
  weather [opcje] alerts [miejsce ...]   obowiązujące tam oficjalne ostrzeżenia (domyślnie: ulubione)
  weather [opcje] favourites list
  weather [opcje] favourites add PLACE
  weather [opcje] favourites remove ID
  weather [opcje] favourites move ID POSITION    (pozycje liczone od 1)
  weather [opcje] favourites primary ID          (miejsce pokazywane w zasobniku)`,
  'cli.help.places': 'Miejsce to nazwa ("Berlin", "Springfield, Illinois") lub współrzędne ("52.52,13.41", "-33.87,151.21").',
  'cli.help.options': `Opcje:
  --db PATH              baza danych (domyślnie: ta, której używa aplikacja Skytray)
  --provider NAME        open-meteo (bez klucza) lub openweathermap; domyślnie: zapisane ustawienie, inaczej open-meteo
  --forecast-url ORIGIN  adres API prognozy, np. http://127.0.0.1:8089
  --geocoding-url ORIGIN adres API wyszukiwania miejsc
  --nws-url ORIGIN       adres API amerykańskiej National Weather Service (domyślnie: https://api.weather.gov)
  --metalerts-url ORIGIN adres API MET Norway (domyślnie: https://api.met.no)
  --meteoalarm-url ORIGIN adres kanałów MeteoAlarm (domyślnie: https://feeds.meteoalarm.org)
  --air-quality-url ORIGIN adres API jakości powietrza Open-Meteo
  --units SYSTEM         metric lub imperial; domyślnie: zapisane ustawienie, inaczej metric
  --wind-unit UNIT       km/h, m/s lub mph, niezależnie od --units; domyślnie: zapisane ustawienie, inaczej jednostka z --units
  --api-key KEY          klucz OpenWeatherMap (lub ustaw {env})
  --lang CODE            język tabeli, pomocy i komunikatów ({languages});
                         domyślnie: LC_ALL, LC_MESSAGES lub LANG, inaczej angielski. JSON pozostaje po angielsku.
  --json                 wypisuje JSON zamiast tabeli
  --log-file PATH        zapisuje dziennik (wiersze JSON) także do tego pliku; SKYTRAY_LOG=debug, by zapisywać więcej
  -h, --help             pokazuje tę pomoc`,
  'cli.help.json': 'Z --json każde miejsce z "weather miejsce ..." zawiera też swoje "alerts" i "airQuality".',
  'cli.help.exitStatus': 'Kod wyjścia: 0 sukces, 1 błąd dla któregoś miejsca (dla alerts: któraś służba ostrzeżeń nie odpowiedziała), 2 błąd użycia.',
  'cli.usage.unknownOption': 'nieznana opcja „{option}”',
  'cli.usage.missingValue': '{option} wymaga wartości',
  'cli.usage.noValue': '{option} nie przyjmuje wartości',
  'cli.usage.provider': '--provider musi mieć jedną z wartości: {providers}; podano „{value}”',
  'cli.usage.units': '--units musi mieć wartość metric lub imperial; podano „{value}”',
  'cli.usage.needsPath': '{option} wymaga ścieżki do pliku',
  'cli.usage.originNotUrl': '{option} musi być adresem URL, np. https://api.open-meteo.com; podano „{value}”.',
  'cli.usage.originScheme': '{option} musi używać http lub https; podano „{scheme}”.',
  'cli.usage.originParts': '{option} musi być samym adresem źródłowym (origin, opcjonalnie ze ścieżką), bez zapytania, fragmentu i danych logowania.',
  'cli.usage.wholeNumber': '{what} musi być liczbą całkowitą nie mniejszą niż {min}; podano „{value}”',
  'cli.usage.refreshTakesNoPlace': 'refresh nie przyjmuje miejsca: odświeża wszystkie ulubione (aby zobaczyć pogodę w danym miejscu, pomiń "refresh")',
  'cli.usage.favouritesArguments':
    '{count, plural, =0 {favourites {action} nie przyjmuje argumentów} one {favourites {action} przyjmuje # argument} few {favourites {action} przyjmuje # argumenty} many {favourites {action} przyjmuje # argumentów} other {favourites {action} przyjmuje # argumentu}}',
  'cli.usage.favouritesAddNeedsPlace': 'favourites add wymaga miejsca, np. favourites add "Springfield, Illinois"',
  'cli.usage.favouritesAction': 'nieznana akcja favourites „{action}”: użyj list, add, remove, move lub primary',
  'cli.usage.emptyPlace': 'miejsce nie może być puste: podaj nazwę, np. "Berlin", albo współrzędne, np. 52.52,13.41',
  'cli.usage.placeTooLong': 'miejsce może mieć najwyżej {max} zn.; podane ma {length} zn.',
  'cli.usage.notOnEarth': '„{query}” nie jest miejscem na Ziemi: szerokość geograficzna musi wynosić od -90 do 90, a długość od -180 do 180.',
  'cli.logFileUnwritable': 'nie można zapisać pliku dziennika {path}: {reason}',
  'cli.apiKeyMissing': 'OpenWeatherMap wymaga własnego klucza API: uzyskaj go bezpłatnie na openweathermap.org i dodaj w Ustawieniach (lub ustaw {env}).',
  'cli.table.place': 'Miejsce',
  'cli.table.localTime': 'Czas lokalny',
  'cli.table.temperature': 'Temp.',
  'cli.table.feelsLike': 'Odczuw.',
  'cli.table.condition': 'Pogoda',
  'cli.table.wind': 'Wiatr',
  'cli.table.humidity': 'Wilgotność',
  'cli.table.precipitation': 'Opad',
  'cli.table.uv': 'UV (maks.)',
  'cli.table.today': 'Dziś',
  'cli.table.precipitationWithChance': '{amount} ({chance})',
  'cli.table.uvNowAndMax': '{now} ({max})',
  'cli.table.lowAndHigh': '{low} / {high}',
  'cli.severity.Extreme': 'Ekstremalne',
  'cli.severity.Severe': 'Poważne',
  'cli.severity.Moderate': 'Umiarkowane',
  'cli.severity.Minor': 'Niewielkie',
  'cli.severity.Unknown': 'Nieznane',
  'cli.warning.until': 'Ostrzeżenie: {event} ({severity}) do {until}',
  'cli.warning.open': 'Ostrzeżenie: {event} ({severity})',
  'cli.warning.ends': '{weekday} {time}',
  'cli.warning.more': 'Pozostałe obowiązujące: {count} – weather alerts "{place}"',
  'cli.warning.failed': 'Nie udało się pobrać ostrzeżeń: {reason}',
  'cli.alerts.noFavourites': 'Brak ulubionych. Podaj miejsca: weather alerts "Berlin" "Denver"',
  'cli.alerts.heading': '{place} ({source})',
  'cli.alerts.noService': 'Żadna oficjalna służba ostrzegawcza nie obejmuje tego miejsca.',
  'cli.alerts.none': 'Brak obowiązujących ostrzeżeń.',
  'cli.alerts.elsewhere': 'Pozostałe obowiązujące w innych częściach kraju: {count}.',
  'cli.alerts.fromUntil': 'od {start} do {end}',
  'cli.alerts.from': 'od {start}',
  'cli.alerts.until': 'do {end}',
  'cli.alerts.dateAndTime': '{weekday} {date} {time}',
  'cli.alerts.area': 'Obszar: {area}',
  'cli.store.noFavourites': 'Brak ulubionych. Dodaj miejsce poleceniem: npm run -s weather -- favourites add Berlin',
  'cli.store.refreshingStale': 'Odświeżanie {stale} z {total} (starsze niż interwał odświeżania)…',
  'cli.store.refreshedOf': 'Odświeżono {done} z {total}.',
  'cli.store.refreshedFavourites': 'Odświeżono ulubione: {done} z {total}.',
  'cli.store.listHeading': '  ID  Poz     Miejsce',
  'cli.store.added': 'Dodano miejsce {place} (id {id}).',
  'cli.store.addedShownInTray': 'Dodano miejsce {place} (id {id}), widoczne w zasobniku.',
  'cli.store.alreadyFavourite': 'Już w ulubionych: {place} (id {id}).',
  'cli.store.alreadyFavouriteShownInTray': 'Już w ulubionych: {place} (id {id}), widoczne w zasobniku.',
  'cli.store.removed': 'Usunięto ulubione miejsce {id}.',
  'cli.store.moved': 'Przeniesiono ulubione miejsce {id} na pozycję {position}.',
  'cli.store.primary': 'Ulubione miejsce {id} jest teraz pokazywane w zasobniku.',
  'cli.store.dataAge': 'Wiek danych:',
  'cli.store.placeAge': '{place}: {age}',
  'cli.store.placeAgeFailed': '{place}: {age} (ostatnie odświeżenie nieudane: {reason})',
  'cli.usage.windUnit': '--wind-unit musi mieć jedną z wartości: {units}; podano „{value}”',
} as const satisfies Catalogue;
