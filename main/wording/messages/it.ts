// Skytray in italiano. Register: impersonal labels, «tu» in sentences, as Italian desktop apps
// write; weather words as the Aeronautica Militare uses them. Typographic apostrophe ’ throughout.
//
// Glossario (English → italiano):
//   place → località · favourites → preferiti · settings → impostazioni · refresh → aggiorna
//   quit → esci · diagnostics → diagnostica · warning (official alert) → allerta (pl. allerte)
//   tray → area di notifica · API key → chiave API · request → richiesta · weather service → servizio meteo
//   updated → aggiornato · out of date → obsoleto · offline → offline · loading → caricamento
//   just now → adesso · never → mai · calls (weighted) → chiamate (ponderate)
//   clear → sereno · mainly clear → poco nuvoloso · partly cloudy → parzialmente nuvoloso
//   overcast → coperto · drizzle → pioviggine · freezing → gelato/a · showers → rovesci
//   thunderstorm → temporale · hail → grandine · sleet → pioggia mista a neve · squalls → groppi
//   heavy (rain, snow) → forte (pioggia forte, neve forte) · in force until → in vigore fino a
//   CAP severity: Extreme → estremo · Severe → grave · Moderate → moderato · Minor → minore
//   log → registro · start Skytray again → riavviare Skytray · folder → cartella
//   quiet hours → ore di silenzio · air quality → qualità dell’aria · AQI → IQA · pollen → pollini
//   UV: basso, moderato, alto, molto alto, estremo · EEA → AEA
//   European AQI (AEA): buona, discreta, moderata, scadente, molto scadente, estremamente scadente
//   US AQI: malsana · provider → fornitore · feels like → percepita · now → adesso (ora is hour)
//   notify me → avvisami · severe weather → maltempo · remove → rimuovi · undo → annulla
//   compass: N NE E SE S SO O NO
import type { Catalogue } from './en.ts';

export const it = {
  // ── common
  'common.age.never': 'mai',
  'common.age.justNow': 'adesso',
  'common.compass.n': 'N',
  'common.compass.ne': 'NE',
  'common.compass.e': 'E',
  'common.compass.se': 'SE',
  'common.compass.s': 'S',
  'common.compass.sw': 'SO',
  'common.compass.w': 'O',
  'common.compass.nw': 'NO',
  'common.windWithDirection': '{speed} {direction}',
  'common.freshness.updatedNote': '{freshness, select, offline {aggiornato {age}, offline} stale {aggiornato {age}, obsoleto} other {aggiornato {age}}}',
  'common.freshness.updated': 'Aggiornato {age}',
  'common.freshness.outOfDate': 'Obsoleto · ultimo aggiornamento {age}',
  'common.freshness.offlineShowing': 'Offline · dati di {age}',
  'common.freshness.loading': 'Caricamento…',
  'common.freshness.summaryOffline': 'Offline: dati di {age}',
  'common.freshness.summarySomeStale': 'Aggiornato {age} (dati obsoleti per alcune località)',
  'common.freshness.noData': 'Ancora nessun dato',
  'common.freshness.headlineOffline': 'Offline: meteo salvato',
  'common.callBudget.period': '{window, select, minute {Ultimo minuto} hour {Ultima ora} other {Ultime 24 ore}}',
  'common.callBudget.window':
    '{window, select, minute {{used} su {limit} nell’ultimo minuto} hour {{used} su {limit} nell’ultima ora} other {{used} su {limit} nelle ultime 24 ore}}',
  'common.callBudget.summary': 'Chiamate a {provider} (ponderate): {windows}',
  'common.placeCount': '{count, plural, one {# località} many {# di località} other {# località}}',
  'common.airQuality.index': '{index, select, us {IQA USA} other {IQA europeo}}',

  // ── conditions
  'condition.clear': 'Sereno',
  'condition.mainly-clear': 'Poco nuvoloso',
  'condition.partly-cloudy': 'Parzialmente nuvoloso',
  'condition.overcast': 'Coperto',
  'condition.fog': 'Nebbia',
  'condition.drizzle': 'Pioviggine',
  'condition.freezing-drizzle': 'Pioviggine gelata',
  'condition.rain': 'Pioggia',
  'condition.heavy-rain': 'Pioggia forte',
  'condition.freezing-rain': 'Pioggia gelata',
  'condition.snow': 'Neve',
  'condition.heavy-snow': 'Neve forte',
  'condition.rain-showers': 'Rovesci',
  'condition.snow-showers': 'Rovesci di neve',
  'condition.thunderstorm': 'Temporale',
  'condition.thunderstorm-hail': 'Temporale con grandine',
  'condition.sleet': 'Pioggia mista a neve',
  'condition.squalls': 'Groppi',
  'condition.tornado': 'Tornado',
  'condition.unknown': 'Sconosciuto',

  // ── errors
  'error.network':
    '{provider, select, none {Si è verificato un problema durante il recupero del meteo.} other {Impossibile raggiungere {provider}. Controlla la connessione a Internet.}}',
  'error.timeout': '{provider, select, none {Il servizio meteo non ha risposto in tempo.} other {{provider} non ha risposto in tempo.}}',
  'error.rateLimited.nextTry':
    '{provider, select, none {Limite di richieste raggiunto; nuovo tentativo alle ore {time}} other {Limite di richieste di {provider} raggiunto; nuovo tentativo alle ore {time}}}',
  'error.rateLimited.retrying':
    '{provider, select, none {Il servizio meteo sta limitando le richieste in questo momento. Skytray riproverà più tardi.} other {{provider} sta limitando le richieste in questo momento. Skytray riproverà più tardi.}}',
  'error.rateLimited.tryAgain':
    '{provider, select, none {Il servizio meteo sta limitando le richieste in questo momento. Riprova tra un minuto.} other {{provider} sta limitando le richieste in questo momento. Riprova tra un minuto.}}',
  'error.server.retrying':
    '{provider, select, none {Il servizio meteo ha dei problemi (HTTP {status}). Skytray riproverà più tardi.} other {{provider} ha dei problemi (HTTP {status}). Skytray riproverà più tardi.}}',
  'error.server.tryAgain':
    '{provider, select, none {Il servizio meteo ha dei problemi (HTTP {status}). Riprova tra qualche minuto.} other {{provider} ha dei problemi (HTTP {status}). Riprova tra qualche minuto.}}',
  'error.badRequest':
    '{provider, select, none {Il servizio meteo ha rifiutato la richiesta (HTTP {status}).} other {{provider} ha rifiutato la richiesta (HTTP {status}).}}',
  'error.auth.keyMissing': 'OpenWeatherMap richiede una tua chiave API: ottienila gratis su openweathermap.org, poi aggiungila in Impostazioni.',
  'error.auth.keyRejected':
    '{provider, select, none {Il servizio meteo ha rifiutato la chiave API (401).} other {{provider} ha rifiutato la chiave API (401).}} Controlla la chiave in Impostazioni; le chiavi nuove possono richiedere fino a 2 ore per attivarsi.',
  'error.auth.refused':
    '{provider, select, none {Il servizio meteo ha negato l’accesso (HTTP {status}).} other {{provider} ha negato l’accesso (HTTP {status}).}}',
  'error.notFound.place': 'Non è stata trovata nessuna località chiamata «{query}».',
  'error.notFound.favourite': 'Non esiste un preferito con id {id}; potrebbe essere stato rimosso.',
  'error.notFound.other': '{provider, select, none {Non è stato trovato nulla.} other {{provider} non ha trovato nulla per questa richiesta (HTTP {status}).}}',
  'error.malformed':
    '{provider, select, none {Il servizio meteo ha inviato dati che Skytray non comprende.} other {{provider} ha inviato dati che Skytray non comprende.}}',
  'error.tooLarge':
    '{provider, select, none {Il servizio meteo ha inviato una risposta più grande di quanto Skytray accetti.} other {{provider} ha inviato una risposta più grande di quanto Skytray accetti.}}',
  'error.aborted': 'La richiesta è stata annullata.',
  'error.invalidInput': 'Skytray non ha potuto usare un valore ricevuto.',
  'error.invalidInput.keyNeedsHttps':
    '{provider, select, none {Skytray invia la tua chiave API al servizio meteo con ogni richiesta, quindi il suo URL deve usare https (o puntare a questo computer, come http://127.0.0.1): ricevuto {origin}.} other {Skytray invia la tua chiave API a {provider} con ogni richiesta, quindi il suo URL deve usare https (o puntare a questo computer, come http://127.0.0.1): ricevuto {origin}.}}',
  'error.store.newerSchema': 'Questo database è stato scritto da una versione più recente di Skytray. Aggiorna Skytray per aprirlo.',
  'error.store.corrupt': 'Il database di Skytray è danneggiato e non è stato possibile leggerlo.',
  'error.store.busy': 'Un’altra istanza di Skytray (l’app o la CLI) teneva occupato il database. Riprova tra un momento.',
  'error.store.disk':
    '{reason, select, full {Il disco è pieno, quindi Skytray non può scrivere il suo database.} folderBlocked {Un file occupa il posto della cartella dei dati di Skytray.} readOnly {Il database di Skytray o il suo disco è di sola lettura.} permission {Skytray non ha il permesso di scrivere il suo database.} cantOpen {Il database o la sua cartella non consentono a Skytray di scrivere.} other {Il disco non ha consentito a Skytray di scrivere il suo database.}}',
  'error.store.other': 'Si è verificato un problema con il database di Skytray.',
  'error.store.memoryOnly':
    'Skytray non può salvare in {path}. Continua a funzionare, ma le modifiche andranno perse alla chiusura. Libera spazio sul disco o controlla i permessi della cartella, poi riavvia Skytray.',
  'error.store.recovered':
    '{outcome, select, backup {Non è stato possibile usare il database di Skytray; {count, plural, one {# località è stata ripristinata} many {# località sono state ripristinate} other {# località sono state ripristinate}} dal backup.} salvaged {Non è stato possibile usare il database di Skytray e non c’era un backup utilizzabile; {count, plural, one {# località è stata recuperata} many {# località sono state recuperate} other {# località sono state recuperate}} dal file danneggiato.} other {Non è stato possibile usare il database di Skytray, non c’era un backup utilizzabile e non è stato possibile leggere alcuna località, quindi Skytray parte vuoto.}}',
  'error.store.damagedKept': 'Il file danneggiato è stato conservato come {path}.',
  'error.request.forbidden': 'Questa finestra non può comunicare con Skytray.',
  'error.request.invalid': 'Skytray non ha potuto usare ciò che la finestra ha inviato.',

  // ── window: places and forecast
  'window.forecast.uvTitle': 'Indice UV',
  'window.forecast.uvNow': '{value} ora · {category}',
  'window.forecast.uvMax': 'Massimo di oggi {value} · {category}',
  'window.forecast.uv.low': 'Basso',
  'window.forecast.uv.moderate': 'Moderato',
  'window.forecast.uv.high': 'Alto',
  'window.forecast.uv.veryHigh': 'Molto alto',
  'window.forecast.uv.extreme': 'Estremo',
  'window.forecast.rainTitle': 'Prossime due ore',
  'window.forecast.rainFrom':
    '{intensity, select, light {Pioggia debole dalle ore {time}} moderate {Pioggia moderata dalle ore {time}} other {Pioggia forte dalle ore {time}}}',
  'window.forecast.rainNow': '{intensity, select, light {Pioggia debole in corso} moderate {Pioggia moderata in corso} other {Pioggia forte in corso}}',
  'window.forecast.dry': 'Nessuna pioggia nelle prossime due ore',
  'window.forecast.rainSpread': 'Da valori orari: il momento d’inizio all’interno dell’ora è una stima.',
  'window.places.tab.places': 'Località',
  'window.places.tab.settings': 'Impostazioni',
  'window.places.tab.diagnostics': 'Diagnostica',
  'window.places.sections': 'Sezioni',
  'window.places.refreshAll': 'Aggiorna tutto',
  'window.places.refreshingAll': 'Aggiornamento {done}/{total}…',
  'window.places.refreshProgress': 'Avanzamento dell’aggiornamento',
  'window.places.refreshed': '{count, plural, one {# località aggiornata} many {# di località aggiornate} other {# località aggiornate}}',
  'window.places.refreshFailed': '{place}: {error}',
  'window.places.backOnline': 'Di nuovo online',
  'window.places.ok': 'OK',
  'window.places.internalError': 'Si è verificato un errore interno in Skytray. I dettagli sono nel registro.',
  'window.places.search.label': 'Aggiungi una località',
  'window.places.search.placeholder': 'Nome della città, o 52.52, 13.41',
  'window.places.search.results': 'Località trovate',
  'window.places.search.found': '{count, plural, one {# località trovata} many {# di località trovate} other {# località trovate}}',
  'window.places.list.label': 'Le tue località',
  'window.places.list.reorderHint': 'Trascina per riordinare, o premi Alt+↑ / Alt+↓ su una località.',
  'window.places.list.empty': 'Ancora nessuna località. Cercane una qui sopra per aggiungerla.',
  'window.places.list.summary': '{temperature} {condition}',
  'window.places.list.unavailable': 'non disponibile',
  'window.places.list.loading': 'caricamento…',
  'window.places.list.isPrimary': 'L’area di notifica mostra {place}',
  'window.places.list.makePrimary': 'Mostra {place} nell’area di notifica',
  'window.places.list.isPrimaryTitle': 'Mostrata nell’area di notifica',
  'window.places.list.makePrimaryTitle': 'Mostra nell’area di notifica',
  'window.places.list.remove': 'Rimuovi {place}',
  'window.places.list.removeTitle': 'Rimuovi',
  'window.places.added': 'Località aggiunta: {place}',
  'window.places.removed': 'Località rimossa: {place}.',
  'window.places.undo': 'Annulla',
  'window.places.restored': 'Località ripristinata: {place}',
  'window.forecast.title': 'Meteo',
  'window.forecast.notify': 'Avvisami',
  'window.forecast.notifying': 'Notifiche ✓',
  'window.forecast.notifyTitle': 'Notifiche di pioggia e maltempo per questa località',
  'window.forecast.refresh': 'Aggiorna',
  'window.forecast.refreshing': 'Aggiornamento…',
  'window.forecast.errorShowingLastGood': '{error} Vengono mostrati gli ultimi dati validi.',
  'window.forecast.nextDays': 'Prossimi giorni',
  'window.forecast.feelsLike': 'Percepita {temperature}',
  'window.forecast.highLow': 'Max {high} · Min {low}',
  'window.forecast.wind': 'Vento',
  'window.forecast.humidity': 'Umidità',
  'window.forecast.precipitation': 'Precipitazioni',
  'window.forecast.precipitationChance': '{amount} · {chance}',
  'window.forecast.localTime': 'Ora locale',
  'window.forecast.sun': 'Sole',
  'window.forecast.attribution':
    '{provider, select, openweathermap {Dati meteo di OpenWeather (CC BY-SA 4.0)} other {Dati meteo di Open-Meteo.com (CC BY 4.0)}}',
  'window.forecast.sunriseSunset': '{sunrise} – {sunset}',

  // ── window: warnings and air
  'window.warnings.title': 'Allerte ufficiali',
  'window.warnings.uncovered': 'Nessun servizio ufficiale di allerte copre questa località',
  'window.warnings.unavailable': 'Allerte non disponibili ({reason})',
  'window.warnings.none':
    '{source, select, nws {Nessuna allerta del National Weather Service in vigore} metalerts {Nessuna allerta di MET Norway in vigore} other {Nessuna allerta di MeteoAlarm in vigore}}',
  'window.warnings.more': 'Altre allerte per questa località',
  'window.warnings.details': 'Dettagli',
  'window.warnings.from': 'Da {onset}',
  'window.warnings.until': 'Fino a {expires}',
  'window.warnings.fromUntil': 'Da {onset} a {expires}',
  'window.warnings.timesNote': 'Gli orari sono quelli locali della località.',
  'window.warnings.issuer': 'Leggi l’allerta completa di {issuer}',
  'window.warnings.issuerUnnamed': 'Leggi l’allerta completa dell’ente emittente',
  'window.warnings.severity.Extreme': 'Estremo',
  'window.warnings.severity.Severe': 'Grave',
  'window.warnings.severity.Moderate': 'Moderato',
  'window.warnings.severity.Minor': 'Minore',
  'window.warnings.severity.Unknown': 'Allerta',
  'window.warnings.reason.network': 'nessuna connessione con {provider}',
  'window.warnings.reason.timeout': '{provider} non ha risposto in tempo',
  'window.warnings.reason.rateLimited': '{provider} ha chiesto a Skytray di attendere',
  'window.warnings.reason.server': '{provider} ha dei problemi',
  'window.warnings.reason.auth': '{provider} ha negato l’accesso',
  'window.warnings.reason.malformed': '{provider} ha inviato dati che Skytray non comprende',
  'window.warnings.reason.tooLarge': '{provider} ha inviato troppi dati',
  // Stands for {provider} in the reasons above when the service is not known.
  'window.warnings.reason.unnamed': 'il servizio',
  'window.air.title': 'Qualità dell’aria',
  'window.air.attribution': 'Qualità dell’aria di Open-Meteo.com da dati del Copernicus Atmosphere Monitoring Service (CC BY 4.0)',
  'window.air.index': '{value} · {category}',
  'window.air.noIndex': 'Nessun indice per questa località al momento',
  'window.air.unavailable': 'Qualità dell’aria non disponibile ({reason})',
  'window.air.pollutants': 'Inquinanti',
  'window.air.pollen': 'Pollini',
  'window.air.microgrammes': '{value}\u00a0µg/m³',
  'window.air.grains': '{value}\u00a0granuli/m³',
  'window.air.pm2_5': 'Particolato fine, 2,5\u00a0µm o meno',
  'window.air.pm10': 'Particolato, 10\u00a0µm o meno',
  'window.air.ozone': 'Ozono',
  'window.air.nitrogenDioxide': 'Biossido di azoto',
  'window.air.pollen.alder': 'Ontano',
  'window.air.pollen.birch': 'Betulla',
  'window.air.pollen.grass': 'Graminacee',
  'window.air.pollen.mugwort': 'Artemisia',
  'window.air.pollen.olive': 'Olivo',
  'window.air.pollen.ragweed': 'Ambrosia',
  'window.air.european.good': 'Buona',
  'window.air.european.fair': 'Discreta',
  'window.air.european.moderate': 'Moderata',
  'window.air.european.poor': 'Scadente',
  'window.air.european.very-poor': 'Molto scadente',
  'window.air.european.extremely-poor': 'Estremamente scadente',
  'window.air.us.good': 'Buona',
  'window.air.us.moderate': 'Moderata',
  'window.air.us.unhealthy-for-sensitive-groups': 'Malsana per i gruppi sensibili',
  'window.air.us.unhealthy': 'Malsana',
  'window.air.us.very-unhealthy': 'Molto malsana',
  'window.air.us.hazardous': 'Pericolosa',

  // ── window: settings
  'window.settings.extras.legend': 'Allerte ufficiali e qualità dell’aria',
  'window.settings.extras.warnings': 'Notifiche delle allerte ufficiali',
  'window.settings.extras.warnings.off': 'Mai',
  'window.settings.extras.warnings.Moderate': 'Moderate, gravi ed estreme',
  'window.settings.extras.warnings.Severe': 'Gravi ed estreme',
  'window.settings.extras.warnings.Extreme': 'Solo estreme',
  'window.settings.extras.extreme': 'Le allerte estreme possono ignorare le ore di silenzio',
  'window.settings.extras.extremeHint':
    'Solo le allerte che l’ente emittente classifica come estreme (pericolo per la vita), per le località di cui ricevi le notifiche.',
  'window.settings.extras.scale': 'Indice di qualità dell’aria',
  'window.settings.extras.scale.auto': 'In base alla località (indice USA negli USA)',
  'window.settings.extras.scale.european': 'Europeo (AEA)',
  'window.settings.extras.scale.us': 'Statunitense (EPA)',
  'window.settings.windUnit.legend': 'Velocità del vento',
  'window.settings.windUnit.kilometresPerHour': 'Chilometri orari (km/h)',
  'window.settings.windUnit.metresPerSecond': 'Metri al secondo (m/s)',
  'window.settings.windUnit.milesPerHour': 'Miglia orarie (mi/h)',
  'window.settings.title': 'Impostazioni',
  'window.settings.saved': 'Salvato',
  'window.settings.language': 'Lingua',
  'window.settings.language.auto': 'Automatica',
  'window.settings.clock': 'Formato orario',
  'window.settings.clock.auto': 'Automatico',
  'window.settings.clock.h12': '12 ore',
  'window.settings.clock.h23': '24 ore',
  'window.settings.units': 'Unità',
  'window.settings.units.auto': 'Automatiche (in base alla regione)',
  'window.settings.units.metric': 'Metriche (°C, km/h, mm)',
  'window.settings.units.imperial': 'Imperiali (°F, mi/h, in)',
  'window.settings.interval': 'Aggiorna ogni (minuti)',
  'window.settings.budget.noPlaces': 'Ancora nessuna località: l’aggiornamento non consuma nulla.',
  'window.settings.budget.fits':
    '{places, plural, one {Una località ogni {minutes, plural, one {# minuti} many {# minuti} other {# minuti}} usa circa {calls} delle {budget} chiamate al giorno che Skytray si concede.} many {# località ogni {minutes, plural, one {# minuti} many {# minuti} other {# minuti}} usano circa {calls} delle {budget} chiamate al giorno che Skytray si concede.} other {# località ogni {minutes, plural, one {# minuti} many {# minuti} other {# minuti}} usano circa {calls} delle {budget} chiamate al giorno che Skytray si concede.}}',
  'window.settings.budget.tooOften':
    '{places, plural, one {Una località ogni {minutes, plural, one {# minuti} many {# minuti} other {# minuti}} richiede circa {calls} chiamate al giorno, più delle {budget} chiamate al giorno che Skytray si concede: finirebbero dopo circa {runsOut} ogni giorno.} many {# località ogni {minutes, plural, one {# minuti} many {# minuti} other {# minuti}} richiedono circa {calls} chiamate al giorno, più delle {budget} chiamate al giorno che Skytray si concede: finirebbero dopo circa {runsOut} ogni giorno.} other {# località ogni {minutes, plural, one {# minuti} many {# minuti} other {# minuti}} richiedono circa {calls} chiamate al giorno, più delle {budget} chiamate al giorno che Skytray si concede: finirebbero dopo circa {runsOut} ogni giorno.}}',
  'window.settings.budget.fitsFrom':
    '{minutes, plural, one {Un intervallo di # minuti o più rientra nel limite.} many {Un intervallo di # minuti o più rientra nel limite.} other {Un intervallo di # minuti o più rientra nel limite.}}',
  'window.settings.budget.keepFewer':
    '{minutes, plural, one {Anche ogni # minuti è troppo spesso: tieni meno località.} many {Anche ogni # minuti è troppo spesso: tieni meno località.} other {Anche ogni # minuti è troppo spesso: tieni meno località.}}',
  'window.settings.budget.duration': '{part, select, hours {{hours} h} minutes {{minutes} min} other {{hours} h {minutes} min}}',
  'window.settings.provider': 'Servizio meteo',
  'window.settings.provider.openMeteo': 'Open-Meteo (senza chiave)',
  'window.settings.provider.openWeatherMap': 'OpenWeatherMap (chiave personale)',
  'window.settings.key.label': 'Chiave API OpenWeatherMap',
  'window.settings.key.placeholder': 'La tua chiave API',
  'window.settings.key.placeholderSaved': '•••••••• (salvata)',
  'window.settings.key.save': 'Salva chiave',
  'window.settings.key.test': 'Verifica chiave',
  'window.settings.key.saved': 'Chiave salvata.',
  'window.settings.key.removed': 'Chiave rimossa.',
  'window.settings.key.testing': 'Verifica in corso…',
  'window.settings.key.accepted': 'OpenWeatherMap ha accettato la chiave.',
  'window.settings.key.enterFirst': 'Inserisci prima la tua chiave API OpenWeatherMap.',
  'window.settings.key.storage.osKeychain': 'Conservata cifrata nel portachiavi del sistema.',
  'window.settings.key.storage.plainText':
    'Il sistema non ha un portachiavi utilizzabile da Skytray, quindi la chiave è conservata solo leggermente offuscata (archiviazione basic_text di Electron). Chiunque abbia accesso ai tuoi file potrebbe leggerla.',
  'window.settings.key.storage.unavailable':
    'Nessuna cifratura disponibile, quindi la chiave è tenuta solo in memoria e andrà reinserita dopo il riavvio di Skytray.',
  'window.settings.addresses': 'Indirizzi dei servizi (per un Open-Meteo ospitato in proprio)',
  'window.settings.addresses.forecast': 'Previsioni Open-Meteo',
  'window.settings.addresses.geocoding': 'Geocodifica Open-Meteo',
  'window.settings.addresses.public': 'Server pubblico',
  'window.settings.notifications': 'Notifiche',
  'window.settings.notifications.enabled': 'Consenti le notifiche (poi premi «Avvisami» su ogni località per cui le vuoi)',
  'window.settings.notifications.rain': 'Pioggia in arrivo',
  'window.settings.notifications.severe': 'Temporali, neve forte, pioggia gelata',
  'window.settings.notifications.quiet': 'Silenzio dalle {start} alle {end}',
  'window.settings.startUp': 'Avvio e finestra',
  'window.settings.startUp.login': 'Avvia Skytray all’accesso',
  'window.settings.startUp.taskbar': 'Mantieni la finestra nella barra delle applicazioni',
  'window.settings.startUp.taskbarHint':
    'Chiudendo la finestra, questa viene ridotta a icona invece di lasciare Skytray solo nell’area di notifica. Skytray lo fa da sé dove nessuna icona nell’area di notifica è visibile.',
  'window.settings.logLevel': 'Dettaglio del registro',
  'window.settings.logLevel.error': 'Solo errori',
  'window.settings.logLevel.warn': 'Avvisi ed errori',
  'window.settings.logLevel.info': 'Normale',
  'window.settings.logLevel.debug': 'Tutto (per una segnalazione di bug)',

  // ── window: diagnostics
  'window.diagnostics.title': 'Diagnostica',
  'window.diagnostics.provider.airQuality': 'Open-Meteo qualità dell’aria',
  'window.diagnostics.report': 'Rapporto di diagnostica',
  'window.diagnostics.summary':
    '{status, select, online {{provider}: online; i dati più vecchi risalgono a {age}; {searches, plural, one {# ricerca servita} many {# di ricerche servite} other {# ricerche servite}} dalla cache.} other {{provider}: offline; i dati più vecchi risalgono a {age}; {searches, plural, one {# ricerca servita} many {# di ricerche servite} other {# ricerche servite}} dalla cache.}}',
  'window.diagnostics.requests': 'Richieste per servizio',
  'window.diagnostics.requestsCaption': 'Richieste per servizio (ultime {count})',
  'window.diagnostics.column.service': 'Servizio',
  'window.diagnostics.column.requests': 'Richieste',
  'window.diagnostics.column.retries': 'Nuovi tentativi',
  'window.diagnostics.column.failures': 'Errori',
  'window.diagnostics.column.lastError': 'Ultimo errore',
  'window.diagnostics.noRequests': 'Ancora nessuna richiesta.',
  'window.diagnostics.copy': 'Copia rapporto',
  'window.diagnostics.copied': 'Copiato.',
  'window.diagnostics.copyByHand': 'Seleziona il testo e copialo.',
  'window.diagnostics.reload': 'Ricarica',
  'window.diagnostics.showLog': 'Mostra file di registro',
  'window.diagnostics.logShown': 'Il file di registro è mostrato nel gestore di file.',
  'window.diagnostics.budgetCaption': 'Chiamate a {provider} (ponderate), rispetto ai limiti propri di Skytray',
  'window.diagnostics.column.period': 'Periodo',
  'window.diagnostics.column.used': 'Usate',
  'window.diagnostics.column.limit': 'Limite',
  'window.diagnostics.report.provider': 'Fornitore',
  'window.diagnostics.report.queue': 'coda',
  'window.diagnostics.report.online': 'Online',
  'window.diagnostics.report.paused': 'in pausa (sospensione)',
  'window.diagnostics.report.units': 'Unità',
  'window.diagnostics.report.wind': 'vento in',
  'window.diagnostics.report.refresh': 'aggiornamento ogni',
  'window.diagnostics.report.customUrls': 'URL personalizzati',
  'window.diagnostics.report.database': 'Database',
  'window.diagnostics.report.oldestData': 'Dati più vecchi',
  'window.diagnostics.report.cacheSearches': 'ricerche servite dalla cache',
  'window.diagnostics.report.perProvider': 'Per fornitore (ultime {count} richieste)',
  'window.diagnostics.report.recent': 'Richieste recenti',
  'window.diagnostics.report.logFile': 'File di registro',

  // ── window: chart and days
  'window.chart.title': '{hours, plural, one {Prossima ora} many {Prossime # ore} other {Prossime # ore}}',
  'window.chart.tableCaption':
    '{hours, plural, one {Prossima ora, nell’ora locale della località} many {Prossime # ore, nell’ora locale della località} other {Prossime # ore, nell’ora locale della località}}',
  'window.chart.now': 'Adesso',
  'window.chart.sunrise': '↑{time}',
  'window.chart.sunset': '↓{time}',
  'window.chart.slider': 'Ora',
  'window.chart.help':
    'Le frecce sinistra e destra spostano di un’ora, Pag↑ e Pag↓ di sei ore, Home e Fine portano alla prima e all’ultima ora. La stessa previsione è nella tabella che segue.',
  'window.chart.showTable': 'Mostra tabella',
  'window.chart.hideTable': 'Nascondi tabella',
  'window.chart.legend.temperature': 'Temperatura',
  'window.chart.legend.feelsLike': 'Percepita',
  'window.chart.legend.precipitation': 'Precipitazioni (più scuro: più probabile)',
  'window.chart.noHours': 'Nessuna previsione oraria',
  'window.chart.column.time': 'Ora',
  'window.chart.column.condition': 'Condizioni',
  'window.chart.column.temperature': 'Temperatura',
  'window.chart.column.feelsLike': 'Percepita',
  'window.chart.column.precipitation': 'Precipitazioni',
  'window.chart.column.chance': 'Probabilità',
  'window.chart.dayAndTime': '{weekday} {time}',
  'window.chart.hourSummary': '{time}: {condition}, {temperature}, percepita {feelsLike}, {precipitation}, probabilità {chance}',
  'window.chart.next.wetFrom': '{condition} a partire da {when}',
  'window.chart.next.dryFrom': 'Tempo asciutto a partire da {when}',
  'window.chart.next.wetFor':
    '{hours, plural, one {{condition} per la prossima ora} many {{condition} per le prossime # ore} other {{condition} per le prossime # ore}}',
  'window.chart.next.dryFor':
    '{hours, plural, one {Tempo asciutto per la prossima ora} many {Tempo asciutto per le prossime # ore} other {Tempo asciutto per le prossime # ore}}',
  'window.days.today': 'Oggi',
  'window.days.chanceTitle': 'Probabilità di precipitazioni',
  'window.days.chance': 'precipitazioni {chance}',
  'window.days.low': 'minima {temperature}',
  'window.days.high': 'massima {temperature}',

  // ── window: about
  'window.about.licence': 'Software libero con licenza MIT.',
  'window.about.copyright': 'Copyright © 2026 gli autori di Skytray',
  'window.about.authors': 'Gli autori di Skytray',
  'window.about.copyrightAndLicence': '{copyright}. {licence}',
  'window.about.title': 'Informazioni su Skytray',
  'window.about.version': 'Skytray {version}',
  'window.about.homepage': 'Sito web:',
  'window.about.credits': 'Riconoscimenti',
  'window.about.credit.icons': 'Icone meteo: Meteocons di Bas Milius, licenza MIT.',
  'window.about.credit.openMeteo': 'Dati meteo di Open-Meteo.com, con licenza CC BY 4.0.',
  'window.about.credit.airQuality': 'Qualità dell’aria di Open-Meteo.com su dati del Copernicus Atmosphere Monitoring Service, con licenza CC BY 4.0.',
  'window.about.credit.openWeather': 'Dati meteo di OpenWeather, con licenza CC BY-SA 4.0.',

  // ── tray
  'tray.reading': '{temperature}, {condition}',
  'tray.place.primary': '★ {place}',
  'tray.place.reading': '{place}: {reading}',
  'tray.place.stale': '{place}: {reading} (obsoleto)',
  'tray.place.loading': '{place}: caricamento…',
  'tray.place.unavailable': '{place}: non disponibile',
  'tray.placeWithWarning': '{line}  ⚠ {event}',
  'tray.tooltip.noPlaces': 'Skytray: ancora nessuna località. Apri Skytray per aggiungerne una.',
  'tray.tooltip.loading': 'Skytray: {place}, ancora nessun dato meteo.',
  'tray.tooltip.failed': 'Skytray: {place}, ancora nessun dato meteo. {problem}',
  'tray.tooltip.reading': '{place}: {reading} ({updated})',
  'tray.tooltipWarning': '⚠ {event} ({place})',
  'tray.airQuality': 'Qualità dell’aria',
  'tray.airQualityLine': '{place}: {index} {value}, {category}',
  'tray.refresh': 'Aggiorna ora',
  'tray.refreshing': 'Aggiornamento… {done}/{total}',
  'tray.open': 'Apri Skytray',
  'tray.settings': 'Impostazioni…',
  'tray.quit': 'Esci da Skytray',
  'tray.notice.unavailable':
    'Sembra che il tuo desktop non mostri le icone nell’area di notifica, quindi Skytray resta nella barra delle applicazioni: chiudere questa finestra la riduce a icona. Su GNOME, installa e attiva l’estensione «AppIndicator and KStatusNotifierItem Support», poi riavvia Skytray per avere la sua icona.',
  'tray.notice.pin':
    'Skytray si trova nell’area di notifica, a destra della barra delle applicazioni. Se Windows nasconde la sua icona dietro la freccia ^, trascinala sulla barra delle applicazioni, oppure attiva Skytray in Impostazioni > Personalizzazione > Barra delle applicazioni > Altre icone della barra di sistema.',

  // ── notifications
  'notification.warning.title': '{event} per {place}',
  'notification.warning.bodyUntil': '{headline} In vigore fino a {day} {time}.',
  'notification.warning.bodyOpen': '{headline}',
  'notification.warning.headlineMissing': '{event} per {area}.',
  'notification.rainSoon.title': 'Pioggia in arrivo su {place}',
  'notification.rainSoon.bodyLight': 'Pioggia debole dalle ore {time}',
  'notification.rainSoon.bodyModerate': 'Pioggia moderata dalle ore {time}',
  'notification.rainSoon.bodyHeavy': 'Pioggia forte dalle ore {time}',
  'notification.rainSoon.hourlyBody': '{condition} tra circa {minutes, plural, one {# minuto} many {# di minuti} other {# minuti}} (probabilità {chance}).',
  'notification.severe.nowTitle': '{condition} su {place}',
  'notification.severe.nowBody': '{condition} in corso.',
  'notification.severe.expectedTitle': '{condition} in arrivo su {place}',
  'notification.severe.expectedBody': '{condition} in arrivo verso le ore {time} (ora locale).',

  // ── dialogs
  'dialog.startup.dataTitle': 'Skytray non riesce ad aprire i suoi dati',
  'dialog.startup.failedTitle': 'Impossibile avviare Skytray',
  'dialog.startup.storeDisk':
    '{problem} Controlla che il disco abbia spazio libero e che Skytray possa scrivere nella sua cartella, poi riavvia Skytray.\n\n{details}',
  'dialog.startup.storeCorrupt':
    '{problem} Skytray non è riuscito a riparare né a mettere da parte il suo database. Sposta il file altrove (contiene le tue località) e riavvia Skytray.\n\n{details}',
  'dialog.startup.storeNewer': '{problem}\n\n{details}',
  'dialog.startup.storeOther': '{problem} Riavvia Skytray; se continua a succedere, segnalalo allegando il registro.\n\n{details}',
  'dialog.startup.engine': '{problem}\n\n{details}',
  'dialog.startup.files':
    'Skytray non è riuscito a usare i file della sua cartella dei dati ({problem}). Controlla quella cartella, poi riavvia Skytray.\n\n{details}',
  'dialog.startup.unexpected':
    'Si è verificato un errore imprevisto durante l’avvio ({problem}). Riavvia Skytray; se continua a succedere, segnalalo allegando il registro.\n\n{details}',
  'dialog.startup.unwritableFolder':
    'Skytray non può scrivere nella cartella {folder} ({problem}). Controlla che la cartella esista e che tu possa scriverci, poi riavvia Skytray.',
  // Completes «nella cartella {folder}» above when the path is unknown: «nella cartella dei dati».
  'dialog.startup.unknownFolder': 'dei dati',
  'dialog.startup.detailsInLog': 'I dettagli sono nel registro: {path}',
  'dialog.startup.detailsInTerminal': 'I dettagli sono stati scritti nel terminale (non è stato possibile aprire il file di registro).',
  'dialog.log.noFile': 'Skytray non è riuscito ad aprire il file di registro, quindi scrive il registro solo nel terminale.',
  'dialog.log.folderNotOpened': 'Impossibile aprire la cartella dei registri {folder}: {problem}',

  // ── cli
  'cli.unknownLanguage': 'Skytray non è disponibile in «{lang}». Lingue disponibili: {languages}.',
  'cli.help.usage': `Uso:
  weather [options] place ...            il meteo di queste località, ora
  weather [options]                      i tuoi preferiti con il meteo salvato (aggiornato se obsoleto)
  weather [options] refresh              aggiorna subito tutti i preferiti
  weather [options] alerts [place ...]   le allerte ufficiali in vigore lì (predefinito: i tuoi preferiti)
  weather [options] favourites list
  weather [options] favourites add PLACE
  weather [options] favourites remove ID
  weather [options] favourites move ID POSITION    (le posizioni partono da 1)
  weather [options] favourites primary ID          (la località mostrata nell’area di notifica)`,
  'cli.help.places': 'Una località è un nome ("Berlin", "Springfield, Illinois") o delle coordinate ("52.52,13.41", "-33.87,151.21").',
  'cli.help.options': `Opzioni:
  --db PATH              il database (predefinito: quello usato dall’app Skytray)
  --provider NAME        open-meteo (senza chiave) o openweathermap; predefinito: l’impostazione salvata, altrimenti open-meteo
  --forecast-url ORIGIN  dove si trova l’API delle previsioni, ad es. http://127.0.0.1:8089
  --geocoding-url ORIGIN dove si trova l’API di ricerca delle località
  --nws-url ORIGIN       dove si trova l’API del National Weather Service statunitense (predefinito https://api.weather.gov)
  --metalerts-url ORIGIN dove si trova l’API di MET Norway (predefinito https://api.met.no)
  --meteoalarm-url ORIGIN dove si trovano i feed di MeteoAlarm (predefinito https://feeds.meteoalarm.org)
  --air-quality-url ORIGIN dove si trova l’API della qualità dell’aria di Open-Meteo
  --units SYSTEM         metric o imperial; predefinito: l’impostazione salvata, altrimenti metric
  --wind-unit UNIT       km/h, m/s o mph, indipendentemente dalle unità; predefinito: l’impostazione salvata, altrimenti quella delle unità
  --api-key KEY          la chiave OpenWeatherMap (o imposta {env})
  --lang CODE            la lingua della tabella, dell’aiuto e dei messaggi ({languages});
                         predefinito: LC_ALL, LC_MESSAGES o LANG, altrimenti inglese. Il JSON resta in inglese.
  --json                 stampa JSON invece di una tabella
  --log-file PATH        scrive anche il registro (righe JSON) in questo file; SKYTRAY_LOG=debug per più dettagli
  -h, --help             mostra questo aiuto`,
  'cli.help.json': 'Con --json, ogni località di "weather place ..." include anche i suoi "alerts" e "airQuality".',
  'cli.help.exitStatus':
    'Codice di uscita: 0 successo, 1 qualche località non riuscita (per alerts: un servizio di allerte non ha risposto), 2 errore di utilizzo.',
  'cli.usage.unknownOption': 'opzione sconosciuta «{option}»',
  'cli.usage.missingValue': '{option} richiede un valore',
  'cli.usage.noValue': '{option} non accetta valori',
  'cli.usage.provider': '--provider deve essere uno tra {providers}, ricevuto «{value}»',
  'cli.usage.units': '--units deve essere metric o imperial, ricevuto «{value}»',
  'cli.usage.windUnit': '--wind-unit deve essere una tra {units}, ricevuto «{value}»',
  'cli.usage.needsPath': '{option} richiede il percorso di un file',
  'cli.usage.originNotUrl': '{option} deve essere un URL come https://api.open-meteo.com, ricevuto «{value}».',
  'cli.usage.originScheme': '{option} deve usare http o https, ricevuto «{scheme}».',
  'cli.usage.originParts': '{option} deve essere un’origine (con un percorso facoltativo), senza query, frammento o credenziali.',
  'cli.usage.wholeNumber': '{what} deve essere un numero intero di almeno {min}, ricevuto «{value}»',
  'cli.usage.refreshTakesNoPlace': 'refresh non accetta località: aggiorna tutti i preferiti (per il meteo di una località, togli «refresh»)',
  'cli.usage.favouritesArguments':
    'favourites {action} {count, plural, =0 {non accetta argomenti} one {accetta # argomento} many {accetta # argomenti} other {accetta # argomenti}}',
  'cli.usage.favouritesAddNeedsPlace': 'favourites add richiede una località, ad es. favourites add "Springfield, Illinois"',
  'cli.usage.favouritesAction': 'azione di favourites sconosciuta «{action}»: usa list, add, remove, move o primary',
  'cli.usage.emptyPlace': 'una località non può essere vuota: indica un nome come "Berlin" o delle coordinate come 52.52,13.41',
  'cli.usage.placeTooLong': 'una località ha al massimo {max} caratteri; quella indicata ne ha {length}',
  'cli.usage.notOnEarth': '«{query}» non è un luogo sulla Terra: la latitudine deve essere compresa tra -90 e 90 e la longitudine tra -180 e 180.',
  'cli.logFileUnwritable': 'impossibile scrivere il file di registro {path}: {reason}',
  'cli.apiKeyMissing': 'OpenWeatherMap richiede una tua chiave API: ottienila gratis su openweathermap.org, poi aggiungila in Impostazioni (o imposta {env}).',
  'cli.table.place': 'Località',
  'cli.table.localTime': 'Ora locale',
  'cli.table.temperature': 'Temp.',
  'cli.table.feelsLike': 'Percepita',
  'cli.table.condition': 'Condizioni',
  'cli.table.wind': 'Vento',
  'cli.table.humidity': 'Umidità',
  'cli.table.precipitation': 'Precip.',
  'cli.table.uv': 'UV (max)',
  'cli.table.today': 'Oggi',
  'cli.table.precipitationWithChance': '{amount} ({chance})',
  'cli.table.uvNowAndMax': '{now} ({max})',
  'cli.table.lowAndHigh': '{low} / {high}',
  'cli.severity.Extreme': 'Estremo',
  'cli.severity.Severe': 'Grave',
  'cli.severity.Moderate': 'Moderato',
  'cli.severity.Minor': 'Minore',
  'cli.severity.Unknown': 'Sconosciuto',
  'cli.warning.until': 'Allerta: {event} ({severity}) fino a {until}',
  'cli.warning.open': 'Allerta: {event} ({severity})',
  'cli.warning.ends': '{weekday} {time}',
  'cli.warning.more': 'Altre allerte in vigore: {count} (weather alerts "{place}")',
  'cli.warning.failed': 'Impossibile ottenere le allerte: {reason}',
  'cli.alerts.noFavourites': 'Ancora nessun preferito. Indica delle località: weather alerts "Berlin" "Denver"',
  'cli.alerts.heading': '{place} ({source})',
  'cli.alerts.noService': 'Nessun servizio ufficiale di allerte copre questa località.',
  'cli.alerts.none': 'Nessuna allerta in vigore.',
  'cli.alerts.elsewhere': 'Altre allerte in vigore altrove nel paese: {count}.',
  'cli.alerts.fromUntil': 'dal {start} al {end}',
  'cli.alerts.from': 'dal {start}',
  'cli.alerts.until': 'fino al {end}',
  'cli.alerts.dateAndTime': '{weekday} {date} {time}',
  'cli.alerts.area': 'Zona: {area}',
  'cli.store.noFavourites': 'Ancora nessun preferito. Aggiungine uno con: npm run -s weather -- favourites add Berlin',
  'cli.store.refreshingStale': 'Aggiornamento di {stale} su {total} (più vecchi dell’intervallo di aggiornamento)…',
  'cli.store.refreshedOf': 'Aggiornati {done} su {total}.',
  'cli.store.refreshedFavourites': 'Aggiornati {done} preferiti su {total}.',
  'cli.store.listHeading': '  ID  Pos     Località',
  'cli.store.added': 'Aggiunto: {place} (id {id}).',
  'cli.store.addedShownInTray': 'Aggiunto: {place} (id {id}), mostrato nell’area di notifica.',
  'cli.store.alreadyFavourite': 'Già nei preferiti: {place} (id {id}).',
  'cli.store.alreadyFavouriteShownInTray': 'Già nei preferiti: {place} (id {id}), mostrato nell’area di notifica.',
  'cli.store.removed': 'Preferito {id} rimosso.',
  'cli.store.moved': 'Preferito {id} spostato in posizione {position}.',
  'cli.store.primary': 'Il preferito {id} è ora quello mostrato nell’area di notifica.',
  'cli.store.dataAge': 'Età dei dati:',
  'cli.store.placeAge': '{place}: {age}',
  'cli.store.placeAgeFailed': '{place}: {age} (ultimo aggiornamento non riuscito: {reason})',
} as const satisfies Catalogue;
