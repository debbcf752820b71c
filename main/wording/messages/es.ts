// Skytray en español. Register: «tú» in sentences, as current Spanish desktop apps write;
// infinitive buttons. Weather words as AEMET uses them. Quotation marks: « ».
//
// Glosario (English → español):
//   place → lugar · favourites → favoritos · settings → configuración · refresh → actualizar
//   quit → salir · diagnostics → diagnóstico · warning (official alert) → aviso · in force → vigente
//   tray → área de notificación · API key → clave de API · request → solicitud
//   weather service → servicio meteorológico · weather → el tiempo
//   updated → actualizado · out of date → desactualizado · offline → sin conexión
//   loading → cargando · just now → ahora mismo · never → nunca · calls (weighted) → llamadas (ponderadas)
//   clear → despejado · mainly clear → poco nuboso · partly cloudy → intervalos nubosos
//   overcast → cubierto · drizzle → llovizna · freezing → engelante · showers → chubascos
//   thunderstorm → tormenta · hail → granizo · sleet → aguanieve · squalls → turbonadas
//   heavy (rain, snow) → fuerte (lluvia fuerte, nevada fuerte) · in force until → vigente hasta
//   CAP severity (as AEMET words its levels): Extreme → extremo · Severe → importante
//   Moderate → moderado · Minor → menor
//   log → registro · start Skytray again → volver a abrir Skytray · folder → carpeta
//   quiet hours → horas de silencio · air quality → calidad del aire · AQI → ICA (as Spain's index)
//   UV: bajo, moderado, alto, muy alto, extremo · EEA → AEMA
//   European AQI (as Spain's ICA words it): buena, razonablemente buena, regular, desfavorable,
//   muy desfavorable, extremadamente desfavorable · US AQI (AirNow): insalubre · feels like → sensación
//   notify me → notificarme (aviso is kept for official warnings) · severe weather → fenómenos adversos
//   remove → eliminar · undo → deshacer · units are feminine (unidades métricas)
//   compass: N NE E SE S SO O NO
import type { Catalogue } from './en.ts';

export const es = {
  // ── common
  'common.age.never': 'nunca',
  'common.age.justNow': 'ahora mismo',
  'common.compass.n': 'N',
  'common.compass.ne': 'NE',
  'common.compass.e': 'E',
  'common.compass.se': 'SE',
  'common.compass.s': 'S',
  'common.compass.sw': 'SO',
  'common.compass.w': 'O',
  'common.compass.nw': 'NO',
  'common.windWithDirection': '{speed} {direction}',
  'common.freshness.updatedNote':
    '{freshness, select, offline {actualizado {age}, sin conexión} stale {actualizado {age}, ya desactualizado} other {actualizado {age}}}',
  'common.freshness.updated': 'Actualizado {age}',
  'common.freshness.outOfDate': 'Desactualizado · última actualización {age}',
  'common.freshness.offlineShowing': 'Sin conexión · datos de {age}',
  'common.freshness.loading': 'Cargando…',
  'common.freshness.summaryOffline': 'Sin conexión: datos de {age}',
  'common.freshness.summarySomeStale': 'Actualizado {age} (algunos lugares desactualizados)',
  'common.freshness.noData': 'Aún no hay datos',
  'common.freshness.headlineOffline': 'Sin conexión: tiempo guardado',
  'common.callBudget.period': '{window, select, minute {Último minuto} hour {Última hora} other {Últimas 24 horas}}',
  'common.callBudget.window':
    '{window, select, minute {{used} de {limit} en el último minuto} hour {{used} de {limit} en la última hora} other {{used} de {limit} en las últimas 24 horas}}',
  'common.callBudget.summary': 'Llamadas a {provider} (ponderadas): {windows}',
  'common.placeCount': '{count, plural, one {# lugar} many {# de lugares} other {# lugares}}',
  'common.airQuality.index': '{index, select, us {ICA de EE. UU.} other {ICA europeo}}',

  // ── conditions
  'condition.clear': 'Despejado',
  'condition.mainly-clear': 'Poco nuboso',
  'condition.partly-cloudy': 'Intervalos nubosos',
  'condition.overcast': 'Cubierto',
  'condition.fog': 'Niebla',
  'condition.drizzle': 'Llovizna',
  'condition.freezing-drizzle': 'Llovizna engelante',
  'condition.rain': 'Lluvia',
  'condition.heavy-rain': 'Lluvia fuerte',
  'condition.freezing-rain': 'Lluvia engelante',
  'condition.snow': 'Nieve',
  'condition.heavy-snow': 'Nevada fuerte',
  'condition.rain-showers': 'Chubascos',
  'condition.snow-showers': 'Chubascos de nieve',
  'condition.thunderstorm': 'Tormenta',
  'condition.thunderstorm-hail': 'Tormenta con granizo',
  'condition.sleet': 'Aguanieve',
  'condition.squalls': 'Turbonadas',
  'condition.tornado': 'Tornado',
  'condition.unknown': 'Desconocido',

  // ── errors
  'error.network':
    '{provider, select, none {Algo salió mal al obtener los datos del tiempo.} other {No se pudo conectar con {provider}. Comprueba tu conexión a internet.}}',
  'error.timeout': '{provider, select, none {El servicio meteorológico no respondió a tiempo.} other {{provider} no respondió a tiempo.}}',
  'error.rateLimited.nextTry':
    '{provider, select, none {Límite de solicitudes alcanzado; próximo intento: {time}} other {Límite de solicitudes de {provider} alcanzado; próximo intento: {time}}}',
  'error.rateLimited.retrying':
    '{provider, select, none {El servicio meteorológico está limitando las solicitudes en este momento. Skytray volverá a intentarlo más tarde.} other {{provider} está limitando las solicitudes en este momento. Skytray volverá a intentarlo más tarde.}}',
  'error.rateLimited.tryAgain':
    '{provider, select, none {El servicio meteorológico está limitando las solicitudes en este momento. Vuelve a intentarlo dentro de un minuto.} other {{provider} está limitando las solicitudes en este momento. Vuelve a intentarlo dentro de un minuto.}}',
  'error.server.retrying':
    '{provider, select, none {El servicio meteorológico tiene problemas (HTTP {status}). Skytray volverá a intentarlo más tarde.} other {{provider} tiene problemas (HTTP {status}). Skytray volverá a intentarlo más tarde.}}',
  'error.server.tryAgain':
    '{provider, select, none {El servicio meteorológico tiene problemas (HTTP {status}). Vuelve a intentarlo dentro de unos minutos.} other {{provider} tiene problemas (HTTP {status}). Vuelve a intentarlo dentro de unos minutos.}}',
  'error.badRequest':
    '{provider, select, none {El servicio meteorológico rechazó la solicitud (HTTP {status}).} other {{provider} rechazó la solicitud (HTTP {status}).}}',
  'error.auth.keyMissing': 'OpenWeatherMap necesita tu propia clave de API: consigue una gratis en openweathermap.org y añádela en Configuración.',
  'error.auth.keyRejected':
    '{provider, select, none {El servicio meteorológico rechazó la clave de API (401).} other {{provider} rechazó la clave de API (401).}} Comprueba la clave en Configuración; las claves nuevas pueden tardar hasta 2 horas en activarse.',
  'error.auth.refused':
    '{provider, select, none {El servicio meteorológico denegó el acceso (HTTP {status}).} other {{provider} denegó el acceso (HTTP {status}).}}',
  'error.notFound.place': 'No se encontró ningún lugar llamado «{query}».',
  'error.notFound.favourite': 'No hay ningún favorito con el id {id}; puede que se haya eliminado.',
  'error.notFound.other': '{provider, select, none {No se encontró nada.} other {{provider} no encontró nada para esta solicitud (HTTP {status}).}}',
  'error.malformed':
    '{provider, select, none {El servicio meteorológico envió datos que Skytray no entiende.} other {{provider} envió datos que Skytray no entiende.}}',
  'error.tooLarge':
    '{provider, select, none {El servicio meteorológico envió una respuesta más grande de lo que Skytray admite.} other {{provider} envió una respuesta más grande de lo que Skytray admite.}}',
  'error.aborted': 'Se canceló la solicitud.',
  'error.invalidInput': 'Skytray no pudo usar un valor que recibió.',
  'error.invalidInput.keyNeedsHttps':
    '{provider, select, none {Skytray envía tu clave de API al servicio meteorológico en cada solicitud, así que su URL debe usar https (o apuntar a este equipo, como http://127.0.0.1); se recibió {origin}.} other {Skytray envía tu clave de API a {provider} en cada solicitud, así que su URL debe usar https (o apuntar a este equipo, como http://127.0.0.1); se recibió {origin}.}}',
  'error.store.newerSchema': 'Esta base de datos la escribió una versión más reciente de Skytray. Actualiza Skytray para abrirla.',
  'error.store.corrupt': 'La base de datos de Skytray está dañada y no se pudo leer.',
  'error.store.busy': 'Otro Skytray (la aplicación o la CLI) tenía ocupada la base de datos. Vuelve a intentarlo en un momento.',
  'error.store.disk':
    '{reason, select, full {El disco está lleno, así que Skytray no puede escribir su base de datos.} folderBlocked {Hay un archivo en el lugar de la carpeta de datos de Skytray.} readOnly {La base de datos de Skytray o su disco son de solo lectura.} permission {Skytray no tiene permiso para escribir su base de datos.} cantOpen {La base de datos o su carpeta no permiten que Skytray escriba.} other {El disco no permitió que Skytray escribiera su base de datos.}}',
  'error.store.other': 'Algo salió mal con la base de datos de Skytray.',
  'error.store.memoryOnly':
    'Skytray no puede guardar en {path}. Sigue funcionando, pero los cambios se perderán al salir. Libera espacio en el disco o revisa los permisos de la carpeta y vuelve a abrir Skytray.',
  'error.store.recovered':
    '{outcome, select, backup {No se pudo usar la base de datos de Skytray; {count, plural, one {se restauró # lugar} many {se restauraron # lugares} other {se restauraron # lugares}} desde la copia de seguridad.} salvaged {No se pudo usar la base de datos de Skytray y no había ninguna copia de seguridad utilizable; {count, plural, one {se recuperó # lugar} many {se recuperaron # lugares} other {se recuperaron # lugares}} del archivo dañado.} other {No se pudo usar la base de datos de Skytray, no había ninguna copia de seguridad utilizable y no se pudo leer ningún lugar, así que Skytray empieza vacío.}}',
  'error.store.damagedKept': 'El archivo dañado se conservó como {path}.',
  'error.request.forbidden': 'Esta ventana no tiene permiso para comunicarse con Skytray.',
  'error.request.invalid': 'Skytray no pudo usar lo que envió la ventana.',

  // ── window: places and forecast
  'window.forecast.uvTitle': 'Índice UV',
  'window.forecast.uvNow': '{value} ahora · {category}',
  'window.forecast.uvMax': 'Máximo de hoy {value} · {category}',
  'window.forecast.uv.low': 'Bajo',
  'window.forecast.uv.moderate': 'Moderado',
  'window.forecast.uv.high': 'Alto',
  'window.forecast.uv.veryHigh': 'Muy alto',
  'window.forecast.uv.extreme': 'Extremo',
  'window.forecast.rainTitle': 'Próximas dos horas',
  'window.forecast.rainFrom':
    '{intensity, select, light {Lluvia débil a partir de las {time}} moderate {Lluvia moderada a partir de las {time}} other {Lluvia fuerte a partir de las {time}}}',
  'window.forecast.rainNow': '{intensity, select, light {Lluvia débil ahora} moderate {Lluvia moderada ahora} other {Lluvia fuerte ahora}}',
  'window.forecast.dry': 'Sin lluvia en las próximas dos horas',
  'window.forecast.rainSpread': 'Según valores horarios: el momento de inicio dentro de cada hora es aproximado.',
  'window.places.tab.places': 'Lugares',
  'window.places.tab.settings': 'Configuración',
  'window.places.tab.diagnostics': 'Diagnóstico',
  'window.places.sections': 'Secciones',
  'window.places.refreshAll': 'Actualizar todo',
  'window.places.refreshingAll': 'Actualizando {done}/{total}…',
  'window.places.refreshProgress': 'Progreso de la actualización',
  'window.places.refreshed': '{count, plural, one {# lugar actualizado} many {# de lugares actualizados} other {# lugares actualizados}}',
  'window.places.refreshFailed': '{place}: {error}',
  'window.places.backOnline': 'Conexión restablecida',
  'window.places.ok': 'Aceptar',
  'window.places.internalError': 'Algo salió mal dentro de Skytray. Los detalles están en el registro.',
  'window.places.search.label': 'Añadir un lugar',
  'window.places.search.placeholder': 'Nombre de ciudad, o 52.52, 13.41',
  'window.places.search.results': 'Lugares encontrados',
  'window.places.search.found': '{count, plural, one {# lugar encontrado} many {# de lugares encontrados} other {# lugares encontrados}}',
  'window.places.list.label': 'Tus lugares',
  'window.places.list.reorderHint': 'Arrastra para reordenar o pulsa Alt+↑ / Alt+↓ sobre un lugar.',
  'window.places.list.empty': 'Aún no hay lugares. Busca arriba para añadir uno.',
  'window.places.list.summary': '{temperature} {condition}',
  'window.places.list.unavailable': 'no disponible',
  'window.places.list.loading': 'cargando…',
  'window.places.list.isPrimary': '{place} se muestra en el área de notificación',
  'window.places.list.makePrimary': 'Mostrar {place} en el área de notificación',
  'window.places.list.isPrimaryTitle': 'Se muestra en el área de notificación',
  'window.places.list.makePrimaryTitle': 'Mostrar en el área de notificación',
  'window.places.list.remove': 'Eliminar {place}',
  'window.places.list.removeTitle': 'Eliminar',
  'window.places.added': 'Lugar añadido: {place}',
  'window.places.removed': 'Lugar eliminado: {place}.',
  'window.places.undo': 'Deshacer',
  'window.places.restored': 'Lugar restaurado: {place}',
  'window.forecast.title': 'El tiempo',
  'window.forecast.notify': 'Notificarme',
  'window.forecast.notifying': 'Notificaciones ✓',
  'window.forecast.notifyTitle': 'Notificaciones de lluvia y fenómenos adversos para este lugar',
  'window.forecast.refresh': 'Actualizar',
  'window.forecast.refreshing': 'Actualizando…',
  'window.forecast.errorShowingLastGood': '{error} Se muestran los últimos datos válidos.',
  'window.forecast.nextDays': 'Próximos días',
  'window.forecast.feelsLike': 'Sensación de {temperature}',
  'window.forecast.highLow': 'Máx. {high} · Mín. {low}',
  'window.forecast.wind': 'Viento',
  'window.forecast.humidity': 'Humedad',
  'window.forecast.precipitation': 'Precipitación',
  'window.forecast.precipitationChance': '{amount} · {chance}',
  'window.forecast.localTime': 'Hora local',
  'window.forecast.sun': 'Sol',
  'window.forecast.attribution':
    '{provider, select, openweathermap {Datos meteorológicos de OpenWeather (CC BY-SA 4.0)} other {Datos meteorológicos de Open-Meteo.com (CC BY 4.0)}}',
  'window.forecast.sunriseSunset': '{sunrise} – {sunset}',

  // ── window: warnings and air
  'window.warnings.title': 'Avisos oficiales',
  'window.warnings.uncovered': 'Ningún servicio oficial de avisos cubre este lugar',
  'window.warnings.unavailable': 'Avisos no disponibles ({reason})',
  'window.warnings.none':
    '{source, select, nws {No hay avisos vigentes del National Weather Service} metalerts {No hay avisos vigentes de MET Norway} other {No hay avisos vigentes de MeteoAlarm}}',
  'window.warnings.more': 'Más avisos para este lugar',
  'window.warnings.details': 'Detalles',
  'window.warnings.from': 'Desde {onset}',
  'window.warnings.until': 'Hasta {expires}',
  'window.warnings.fromUntil': 'Desde {onset} hasta {expires}',
  'window.warnings.timesNote': 'Las horas son las locales del lugar.',
  'window.warnings.issuer': 'Leer el aviso completo de {issuer}',
  'window.warnings.issuerUnnamed': 'Leer el aviso completo de su emisor',
  'window.warnings.severity.Extreme': 'Extremo',
  'window.warnings.severity.Severe': 'Importante',
  'window.warnings.severity.Moderate': 'Moderado',
  'window.warnings.severity.Minor': 'Menor',
  'window.warnings.severity.Unknown': 'Aviso',
  'window.warnings.reason.network': 'sin conexión con {provider}',
  'window.warnings.reason.timeout': '{provider} no respondió a tiempo',
  'window.warnings.reason.rateLimited': '{provider} pidió a Skytray que esperara',
  'window.warnings.reason.server': '{provider} tiene problemas',
  'window.warnings.reason.auth': '{provider} denegó el acceso',
  'window.warnings.reason.malformed': '{provider} envió datos que Skytray no entiende',
  'window.warnings.reason.tooLarge': '{provider} envió demasiados datos',
  // Stands for {provider} in the reasons above when the service is not known.
  'window.warnings.reason.unnamed': 'el servicio',
  'window.air.title': 'Calidad del aire',
  'window.air.attribution': 'Calidad del aire de Open-Meteo.com con datos del Copernicus Atmosphere Monitoring Service (CC BY 4.0)',
  'window.air.index': '{value} · {category}',
  'window.air.noIndex': 'No hay índice para este lugar en este momento',
  'window.air.unavailable': 'Calidad del aire no disponible ({reason})',
  'window.air.pollutants': 'Contaminantes',
  'window.air.pollen': 'Polen',
  'window.air.microgrammes': '{value}\u00a0µg/m³',
  'window.air.grains': '{value}\u00a0granos/m³',
  'window.air.pm2_5': 'Partículas finas, 2,5\u00a0µm o menos',
  'window.air.pm10': 'Partículas, 10\u00a0µm o menos',
  'window.air.ozone': 'Ozono',
  'window.air.nitrogenDioxide': 'Dióxido de nitrógeno',
  'window.air.pollen.alder': 'Aliso',
  'window.air.pollen.birch': 'Abedul',
  'window.air.pollen.grass': 'Gramíneas',
  'window.air.pollen.mugwort': 'Artemisa',
  'window.air.pollen.olive': 'Olivo',
  'window.air.pollen.ragweed': 'Ambrosía',
  'window.air.european.good': 'Buena',
  'window.air.european.fair': 'Razonablemente buena',
  'window.air.european.moderate': 'Regular',
  'window.air.european.poor': 'Desfavorable',
  'window.air.european.very-poor': 'Muy desfavorable',
  'window.air.european.extremely-poor': 'Extremadamente desfavorable',
  'window.air.us.good': 'Buena',
  'window.air.us.moderate': 'Moderada',
  'window.air.us.unhealthy-for-sensitive-groups': 'Insalubre para grupos sensibles',
  'window.air.us.unhealthy': 'Insalubre',
  'window.air.us.very-unhealthy': 'Muy insalubre',
  'window.air.us.hazardous': 'Peligrosa',

  // ── window: settings
  'window.settings.extras.legend': 'Avisos oficiales y calidad del aire',
  'window.settings.extras.warnings': 'Notificarme los avisos oficiales',
  'window.settings.extras.warnings.off': 'Nunca',
  'window.settings.extras.warnings.Moderate': 'Moderados, importantes y extremos',
  'window.settings.extras.warnings.Severe': 'Importantes y extremos',
  'window.settings.extras.warnings.Extreme': 'Solo extremos',
  'window.settings.extras.extreme': 'Los avisos extremos pueden sonar en las horas de silencio',
  'window.settings.extras.extremeHint':
    'Solo los avisos que el emisor califica de extremos (amenaza para la vida), en los lugares de los que recibes notificaciones.',
  'window.settings.extras.scale': 'Índice de calidad del aire',
  'window.settings.extras.scale.auto': 'Según el lugar (índice de EE. UU. allí)',
  'window.settings.extras.scale.european': 'Europeo (AEMA)',
  'window.settings.extras.scale.us': 'Estadounidense (EPA)',
  'window.settings.windUnit.legend': 'Velocidad del viento',
  'window.settings.windUnit.kilometresPerHour': 'Kilómetros por hora (km/h)',
  'window.settings.windUnit.metresPerSecond': 'Metros por segundo (m/s)',
  'window.settings.windUnit.milesPerHour': 'Millas por hora (mi/h)',
  'window.settings.title': 'Configuración',
  'window.settings.saved': 'Guardado',
  'window.settings.language': 'Idioma',
  'window.settings.language.auto': 'Automático',
  'window.settings.clock': 'Formato de hora',
  'window.settings.clock.auto': 'Automático',
  'window.settings.clock.h12': '12 horas',
  'window.settings.clock.h23': '24 horas',
  'window.settings.units': 'Unidades',
  'window.settings.units.auto': 'Automáticas (según la región)',
  'window.settings.units.metric': 'Métricas (°C, km/h, mm)',
  'window.settings.units.imperial': 'Imperiales (°F, mi/h, in)',
  'window.settings.interval': 'Actualizar cada (minutos)',
  'window.settings.budget.noPlaces': 'Aún no hay lugares: actualizar no consume nada.',
  'window.settings.budget.fits':
    '{places, plural, one {Un lugar cada {minutes, plural, one {# minutos} many {# minutos} other {# minutos}} usa unas {calls} de las {budget} llamadas diarias que Skytray se permite.} many {# lugares cada {minutes, plural, one {# minutos} many {# minutos} other {# minutos}} usan unas {calls} de las {budget} llamadas diarias que Skytray se permite.} other {# lugares cada {minutes, plural, one {# minutos} many {# minutos} other {# minutos}} usan unas {calls} de las {budget} llamadas diarias que Skytray se permite.}}',
  'window.settings.budget.tooOften':
    '{places, plural, one {Un lugar cada {minutes, plural, one {# minutos} many {# minutos} other {# minutos}} necesita unas {calls} llamadas al día, más que las {budget} llamadas diarias que Skytray se permite: se agotarían tras aproximadamente {runsOut} cada día.} many {# lugares cada {minutes, plural, one {# minutos} many {# minutos} other {# minutos}} necesitan unas {calls} llamadas al día, más que las {budget} llamadas diarias que Skytray se permite: se agotarían tras aproximadamente {runsOut} cada día.} other {# lugares cada {minutes, plural, one {# minutos} many {# minutos} other {# minutos}} necesitan unas {calls} llamadas al día, más que las {budget} llamadas diarias que Skytray se permite: se agotarían tras aproximadamente {runsOut} cada día.}}',
  'window.settings.budget.fitsFrom':
    '{minutes, plural, one {Un intervalo de # minutos o más entra en el límite.} many {Un intervalo de # minutos o más entra en el límite.} other {Un intervalo de # minutos o más entra en el límite.}}',
  'window.settings.budget.keepFewer':
    '{minutes, plural, one {Incluso cada # minutos es demasiado a menudo: ten menos lugares.} many {Incluso cada # minutos es demasiado a menudo: ten menos lugares.} other {Incluso cada # minutos es demasiado a menudo: ten menos lugares.}}',
  'window.settings.budget.duration': '{part, select, hours {{hours} h} minutes {{minutes} min} other {{hours} h {minutes} min}}',
  'window.settings.provider': 'Servicio meteorológico',
  'window.settings.provider.openMeteo': 'Open-Meteo (sin clave)',
  'window.settings.provider.openWeatherMap': 'OpenWeatherMap (tu propia clave)',
  'window.settings.key.label': 'Clave de API de OpenWeatherMap',
  'window.settings.key.placeholder': 'Tu clave de API',
  'window.settings.key.placeholderSaved': '•••••••• (guardada)',
  'window.settings.key.save': 'Guardar clave',
  'window.settings.key.test': 'Probar clave',
  'window.settings.key.saved': 'Clave guardada.',
  'window.settings.key.removed': 'Clave eliminada.',
  'window.settings.key.testing': 'Probando…',
  'window.settings.key.accepted': 'OpenWeatherMap aceptó la clave.',
  'window.settings.key.enterFirst': 'Introduce primero tu clave de API de OpenWeatherMap.',
  'window.settings.key.storage.osKeychain': 'Guardada cifrada en el llavero de tu sistema.',
  'window.settings.key.storage.plainText':
    'Tu sistema no tiene un llavero que Skytray pueda usar, así que la clave se guarda solo ligeramente ofuscada (almacenamiento basic_text de Electron). Cualquiera con acceso a tus archivos podría leerla.',
  'window.settings.key.storage.unavailable':
    'No hay cifrado disponible, así que la clave solo se guarda en memoria y habrá que volver a introducirla cuando Skytray se reinicie.',
  'window.settings.addresses': 'Direcciones de los servicios (para un Open-Meteo autoalojado)',
  'window.settings.addresses.forecast': 'Previsión de Open-Meteo',
  'window.settings.addresses.geocoding': 'Geocodificación de Open-Meteo',
  'window.settings.addresses.public': 'Servidor público',
  'window.settings.notifications': 'Notificaciones',
  'window.settings.notifications.enabled': 'Permitir notificaciones (después pulsa «Notificarme» en cada lugar del que quieras recibirlas)',
  'window.settings.notifications.rain': 'Lluvia en breve',
  'window.settings.notifications.severe': 'Tormentas, nevadas fuertes, lluvia engelante',
  'window.settings.notifications.quiet': 'Silencio de {start} a {end}',
  'window.settings.startUp': 'Inicio y ventana',
  'window.settings.startUp.login': 'Abrir Skytray al iniciar sesión',
  'window.settings.startUp.taskbar': 'Mantener la ventana en la barra de tareas',
  'window.settings.startUp.taskbarHint':
    'Así, al cerrar la ventana se minimiza en lugar de dejar Skytray solo en el área de notificación. Skytray lo hace por sí mismo donde no se ve ningún icono en el área de notificación.',
  'window.settings.logLevel': 'Detalle del registro',
  'window.settings.logLevel.error': 'Solo errores',
  'window.settings.logLevel.warn': 'Advertencias y errores',
  'window.settings.logLevel.info': 'Normal',
  'window.settings.logLevel.debug': 'Todo (para un informe de error)',

  // ── window: diagnostics
  'window.diagnostics.title': 'Diagnóstico',
  'window.diagnostics.provider.airQuality': 'Open-Meteo calidad del aire',
  'window.diagnostics.report': 'Informe de diagnóstico',
  'window.diagnostics.summary':
    '{status, select, online {{provider}: en línea; datos más antiguos de {age}; {searches, plural, one {# búsqueda servida} many {# de búsquedas servidas} other {# búsquedas servidas}} desde la caché.} other {{provider}: sin conexión; datos más antiguos de {age}; {searches, plural, one {# búsqueda servida} many {# de búsquedas servidas} other {# búsquedas servidas}} desde la caché.}}',
  'window.diagnostics.requests': 'Solicitudes por servicio',
  'window.diagnostics.requestsCaption': 'Solicitudes por servicio (últimas {count})',
  'window.diagnostics.column.service': 'Servicio',
  'window.diagnostics.column.requests': 'Solicitudes',
  'window.diagnostics.column.retries': 'Reintentos',
  'window.diagnostics.column.failures': 'Fallos',
  'window.diagnostics.column.lastError': 'Último error',
  'window.diagnostics.noRequests': 'Aún no hay solicitudes.',
  'window.diagnostics.copy': 'Copiar informe',
  'window.diagnostics.copied': 'Copiado.',
  'window.diagnostics.copyByHand': 'Selecciona el texto y cópialo.',
  'window.diagnostics.reload': 'Recargar',
  'window.diagnostics.showLog': 'Mostrar archivo de registro',
  'window.diagnostics.logShown': 'El archivo de registro se muestra en tu gestor de archivos.',
  'window.diagnostics.budgetCaption': 'Llamadas a {provider} (ponderadas), frente a los límites propios de Skytray',
  'window.diagnostics.column.period': 'Periodo',
  'window.diagnostics.column.used': 'Usadas',
  'window.diagnostics.column.limit': 'Límite',
  'window.diagnostics.report.provider': 'Proveedor',
  'window.diagnostics.report.queue': 'cola',
  'window.diagnostics.report.online': 'En línea',
  'window.diagnostics.report.paused': 'en pausa (suspensión)',
  'window.diagnostics.report.units': 'Unidades',
  'window.diagnostics.report.wind': 'viento en',
  'window.diagnostics.report.refresh': 'actualización cada',
  'window.diagnostics.report.customUrls': 'URL personalizadas',
  'window.diagnostics.report.database': 'Base de datos',
  'window.diagnostics.report.oldestData': 'Datos más antiguos',
  'window.diagnostics.report.cacheSearches': 'búsquedas servidas desde la caché',
  'window.diagnostics.report.perProvider': 'Por proveedor (últimas {count} solicitudes)',
  'window.diagnostics.report.recent': 'Solicitudes recientes',
  'window.diagnostics.report.logFile': 'Archivo de registro',

  // ── window: chart and days
  'window.chart.title': '{hours, plural, one {Próxima hora} many {Próximas # horas} other {Próximas # horas}}',
  'window.chart.tableCaption':
    '{hours, plural, one {Próxima hora, en hora local del lugar} many {Próximas # horas, en hora local del lugar} other {Próximas # horas, en hora local del lugar}}',
  'window.chart.now': 'Ahora',
  'window.chart.sunrise': '↑{time}',
  'window.chart.sunset': '↓{time}',
  'window.chart.slider': 'Hora',
  'window.chart.help':
    'Las flechas izquierda y derecha mueven una hora; Re Pág y Av Pág, seis horas; Inicio y Fin llevan a la primera y la última hora. La misma previsión está en la tabla que sigue.',
  'window.chart.showTable': 'Mostrar tabla',
  'window.chart.hideTable': 'Ocultar tabla',
  'window.chart.legend.temperature': 'Temperatura',
  'window.chart.legend.feelsLike': 'Sensación térmica',
  'window.chart.legend.precipitation': 'Precipitación (más oscuro: más probable)',
  'window.chart.noHours': 'Sin previsión por horas',
  'window.chart.column.time': 'Hora',
  'window.chart.column.condition': 'Estado',
  'window.chart.column.temperature': 'Temperatura',
  'window.chart.column.feelsLike': 'Sensación',
  'window.chart.column.precipitation': 'Precipitación',
  'window.chart.column.chance': 'Probabilidad',
  'window.chart.dayAndTime': '{weekday} {time}',
  'window.chart.hourSummary': '{time}: {condition}, {temperature}, sensación de {feelsLike}, {precipitation}, {chance} de probabilidad',
  'window.chart.next.wetFrom': '{condition} a partir de {when}',
  'window.chart.next.dryFrom': 'Tiempo seco a partir de {when}',
  'window.chart.next.wetFor':
    '{hours, plural, one {{condition} durante la próxima hora} many {{condition} durante las próximas # horas} other {{condition} durante las próximas # horas}}',
  'window.chart.next.dryFor':
    '{hours, plural, one {Tiempo seco durante la próxima hora} many {Tiempo seco durante las próximas # horas} other {Tiempo seco durante las próximas # horas}}',
  'window.days.today': 'Hoy',
  'window.days.chanceTitle': 'Probabilidad de precipitación',
  'window.days.chance': 'precipitación {chance}',
  'window.days.low': 'mínima {temperature}',
  'window.days.high': 'máxima {temperature}',

  // ── window: about
  'window.about.licence': 'Software libre con licencia MIT.',
  'window.about.copyright': 'Copyright © 2026 los autores de Skytray',
  'window.about.authors': 'Los autores de Skytray',
  'window.about.copyrightAndLicence': '{copyright}. {licence}',
  'window.about.title': 'Acerca de Skytray',
  'window.about.version': 'Skytray {version}',
  'window.about.homepage': 'Página web:',
  'window.about.credits': 'Créditos',
  'window.about.credit.icons': 'Iconos del tiempo: Meteocons, de Bas Milius, con licencia MIT.',
  'window.about.credit.openMeteo': 'Datos meteorológicos de Open-Meteo.com, con licencia CC BY 4.0.',
  'window.about.credit.airQuality':
    'Calidad del aire de Open-Meteo.com, a partir de datos del Copernicus Atmosphere Monitoring Service, con licencia CC BY 4.0.',
  'window.about.credit.openWeather': 'Datos meteorológicos de OpenWeather, con licencia CC BY-SA 4.0.',

  // ── tray
  'tray.reading': '{temperature}, {condition}',
  'tray.place.primary': '★ {place}',
  'tray.place.reading': '{place}: {reading}',
  'tray.place.stale': '{place}: {reading} (desactualizado)',
  'tray.place.loading': '{place}: cargando…',
  'tray.place.unavailable': '{place}: no disponible',
  'tray.placeWithWarning': '{line}  ⚠ {event}',
  'tray.tooltip.noPlaces': 'Skytray: aún no hay lugares. Abre Skytray para añadir uno.',
  'tray.tooltip.loading': 'Skytray: {place}, aún sin datos del tiempo.',
  'tray.tooltip.failed': 'Skytray: {place}, aún sin datos del tiempo. {problem}',
  'tray.tooltip.reading': '{place}: {reading} ({updated})',
  'tray.tooltipWarning': '⚠ {event} ({place})',
  'tray.airQuality': 'Calidad del aire',
  'tray.airQualityLine': '{place}: {index} {value}, {category}',
  'tray.refresh': 'Actualizar ahora',
  'tray.refreshing': 'Actualizando… {done}/{total}',
  'tray.open': 'Abrir Skytray',
  'tray.settings': 'Configuración…',
  'tray.quit': 'Salir de Skytray',
  'tray.notice.unavailable':
    'Parece que tu escritorio no muestra iconos en el área de notificación, así que Skytray se queda en la barra de tareas: al cerrar esta ventana, se minimiza. En GNOME, instala y activa la extensión «AppIndicator and KStatusNotifierItem Support» y vuelve a abrir Skytray para tener su icono.',
  'tray.notice.pin':
    'Skytray está en el área de notificación, a la derecha de la barra de tareas. Si Windows oculta su icono tras la flecha ^, arrástralo a la barra de tareas o activa Skytray en Configuración > Personalización > Barra de tareas > Otros iconos de la bandeja del sistema.',

  // ── notifications
  'notification.warning.title': '{event} en {place}',
  'notification.warning.bodyUntil': '{headline} Vigente hasta el {day}, {time}.',
  'notification.warning.bodyOpen': '{headline}',
  'notification.warning.headlineMissing': '{event} en {area}.',
  'notification.rainSoon.title': 'Lluvia pronto en {place}',
  'notification.rainSoon.bodyLight': 'Lluvia débil a partir de las {time}',
  'notification.rainSoon.bodyModerate': 'Lluvia moderada a partir de las {time}',
  'notification.rainSoon.bodyHeavy': 'Lluvia fuerte a partir de las {time}',
  'notification.rainSoon.hourlyBody':
    '{condition} dentro de {minutes, plural, one {aproximadamente # minuto} many {unos # de minutos} other {unos # minutos}} ({chance} de probabilidad).',
  'notification.severe.nowTitle': '{condition} en {place}',
  'notification.severe.nowBody': '{condition} en este momento.',
  'notification.severe.expectedTitle': '{condition} en {place} en las próximas horas',
  'notification.severe.expectedBody': '{condition} hacia las {time}, hora local.',

  // ── dialogs
  'dialog.startup.dataTitle': 'Skytray no puede abrir sus datos',
  'dialog.startup.failedTitle': 'Skytray no se pudo iniciar',
  'dialog.startup.storeDisk':
    '{problem} Comprueba que el disco tiene espacio libre y que Skytray puede escribir en su carpeta, y vuelve a abrir Skytray.\n\n{details}',
  'dialog.startup.storeCorrupt':
    '{problem} Skytray no pudo reparar ni apartar su base de datos. Mueve el archivo a otro sitio (conserva tus lugares) y vuelve a abrir Skytray.\n\n{details}',
  'dialog.startup.storeNewer': '{problem}\n\n{details}',
  'dialog.startup.storeOther': '{problem} Vuelve a abrir Skytray; si sigue ocurriendo, informa del problema adjuntando el registro.\n\n{details}',
  'dialog.startup.engine': '{problem}\n\n{details}',
  'dialog.startup.files': 'Skytray no pudo usar los archivos de su carpeta de datos ({problem}). Revisa esa carpeta y vuelve a abrir Skytray.\n\n{details}',
  'dialog.startup.unexpected':
    'Algo inesperado salió mal durante el inicio ({problem}). Vuelve a abrir Skytray; si sigue ocurriendo, informa del problema adjuntando el registro.\n\n{details}',
  'dialog.startup.unwritableFolder':
    'Skytray no puede escribir en {folder} ({problem}). Comprueba que esa carpeta existe y que puedes escribir en ella, y vuelve a abrir Skytray.',
  'dialog.startup.unknownFolder': 'su carpeta de datos',
  'dialog.startup.detailsInLog': 'Los detalles están en el registro: {path}',
  'dialog.startup.detailsInTerminal': 'Los detalles se escribieron en el terminal (no se pudo abrir el archivo de registro).',
  'dialog.log.noFile': 'Skytray no pudo abrir su archivo de registro, así que solo escribe el registro en el terminal.',
  'dialog.log.folderNotOpened': 'No se pudo abrir la carpeta de registros {folder}: {problem}',

  // ── cli
  'cli.unknownLanguage': 'Skytray no está disponible en «{lang}». Idiomas disponibles: {languages}.',
  'cli.help.usage': `Uso:
  weather [options] place ...            el tiempo en estos lugares, ahora
  weather [options]                      tus favoritos con su tiempo guardado (actualizado si está desactualizado)
  weather [options] refresh              actualizar ahora todos los favoritos
  weather [options] alerts [place ...]   los avisos oficiales vigentes allí (por defecto: tus favoritos)
  weather [options] favourites list
  weather [options] favourites add PLACE
  weather [options] favourites remove ID
  weather [options] favourites move ID POSITION    (las posiciones se cuentan desde 1)
  weather [options] favourites primary ID          (el lugar que se muestra en el área de notificación)`,
  'cli.help.places': 'Un lugar es un nombre ("Berlin", "Springfield, Illinois") o unas coordenadas ("52.52,13.41", "-33.87,151.21").',
  'cli.help.options': `Opciones:
  --db PATH              la base de datos (por defecto: la que usa la aplicación Skytray)
  --provider NAME        open-meteo (sin clave) u openweathermap; por defecto: la configuración guardada o, si no hay, open-meteo
  --forecast-url ORIGIN  dónde está la API de previsión, p. ej. http://127.0.0.1:8089
  --geocoding-url ORIGIN dónde está la API de búsqueda de lugares
  --nws-url ORIGIN       dónde está la API del National Weather Service de EE. UU. (por defecto https://api.weather.gov)
  --metalerts-url ORIGIN dónde está la API de MET Norway (por defecto https://api.met.no)
  --meteoalarm-url ORIGIN dónde están los feeds de MeteoAlarm (por defecto https://feeds.meteoalarm.org)
  --air-quality-url ORIGIN dónde está la API de calidad del aire de Open-Meteo
  --units SYSTEM         metric o imperial; por defecto: la configuración guardada o, si no hay, metric
  --wind-unit UNIT       km/h, m/s o mph, sean cuales sean las unidades; por defecto: la configuración guardada o, si no hay, la de las unidades
  --api-key KEY          la clave de OpenWeatherMap (o define {env})
  --lang CODE            el idioma de la tabla, la ayuda y los mensajes ({languages});
                         por defecto: LC_ALL, LC_MESSAGES o LANG, y si no, inglés. El JSON sigue en inglés.
  --json                 mostrar JSON en lugar de una tabla
  --log-file PATH        escribir también el registro (líneas JSON) en este archivo; SKYTRAY_LOG=debug para más detalle
  -h, --help             mostrar esta ayuda`,
  'cli.help.json': 'Con --json, cada lugar de "weather place ..." incluye también sus "alerts" y su "airQuality".',
  'cli.help.exitStatus': 'Código de salida: 0 éxito, 1 falló algún lugar (en alerts: un servicio de avisos no respondió), 2 error de uso.',
  'cli.usage.unknownOption': 'opción desconocida «{option}»',
  'cli.usage.missingValue': '{option} necesita un valor',
  'cli.usage.noValue': '{option} no admite ningún valor',
  'cli.usage.provider': '--provider debe ser uno de estos: {providers}; se recibió «{value}»',
  'cli.usage.units': '--units debe ser metric o imperial; se recibió «{value}»',
  'cli.usage.windUnit': '--wind-unit debe ser una de estas: {units}; se recibió «{value}»',
  'cli.usage.needsPath': '{option} necesita una ruta de archivo',
  'cli.usage.originNotUrl': '{option} debe ser una URL como https://api.open-meteo.com; se recibió «{value}».',
  'cli.usage.originScheme': '{option} debe usar http o https; se recibió «{scheme}».',
  'cli.usage.originParts': '{option} debe ser un origen (con una ruta opcional), sin consulta, fragmento ni credenciales.',
  'cli.usage.wholeNumber': '{what} debe ser un número entero igual o mayor que {min}; se recibió «{value}»',
  'cli.usage.refreshTakesNoPlace': 'refresh no admite ningún lugar: actualiza todos los favoritos (para ver el tiempo de un lugar, quita «refresh»)',
  'cli.usage.favouritesArguments':
    'favourites {action} {count, plural, =0 {no admite argumentos} one {admite # argumento} many {admite # argumentos} other {admite # argumentos}}',
  'cli.usage.favouritesAddNeedsPlace': 'favourites add necesita un lugar, p. ej. favourites add "Springfield, Illinois"',
  'cli.usage.favouritesAction': 'acción de favourites desconocida «{action}»: usa list, add, remove, move o primary',
  'cli.usage.emptyPlace': 'un lugar no puede estar vacío: indica un nombre como "Berlin" o unas coordenadas como 52.52,13.41',
  'cli.usage.placeTooLong': 'un lugar tiene como máximo {max} caracteres; el indicado tiene {length}',
  'cli.usage.notOnEarth': '«{query}» no es un lugar de la Tierra: la latitud debe estar entre -90 y 90, y la longitud entre -180 y 180.',
  'cli.logFileUnwritable': 'no se puede escribir el archivo de registro {path}: {reason}',
  'cli.apiKeyMissing': 'OpenWeatherMap necesita tu propia clave de API: consigue una gratis en openweathermap.org y añádela en Configuración (o define {env}).',
  'cli.table.place': 'Lugar',
  'cli.table.localTime': 'Hora local',
  'cli.table.temperature': 'Temp.',
  'cli.table.feelsLike': 'Sensación',
  'cli.table.condition': 'Estado',
  'cli.table.wind': 'Viento',
  'cli.table.humidity': 'Humedad',
  'cli.table.precipitation': 'Precip.',
  'cli.table.uv': 'UV (máx.)',
  'cli.table.today': 'Hoy',
  'cli.table.precipitationWithChance': '{amount} ({chance})',
  'cli.table.uvNowAndMax': '{now} ({max})',
  'cli.table.lowAndHigh': '{low} / {high}',
  'cli.severity.Extreme': 'Extremo',
  'cli.severity.Severe': 'Importante',
  'cli.severity.Moderate': 'Moderado',
  'cli.severity.Minor': 'Menor',
  'cli.severity.Unknown': 'Desconocido',
  'cli.warning.until': 'Aviso: {event} ({severity}) hasta el {until}',
  'cli.warning.open': 'Aviso: {event} ({severity})',
  'cli.warning.ends': '{weekday} {time}',
  'cli.warning.more': 'Otros avisos vigentes: {count} (weather alerts "{place}")',
  'cli.warning.failed': 'No se pudieron obtener los avisos: {reason}',
  'cli.alerts.noFavourites': 'Aún no hay favoritos. Indica lugares: weather alerts "Berlin" "Denver"',
  'cli.alerts.heading': '{place} ({source})',
  'cli.alerts.noService': 'Ningún servicio oficial de avisos cubre este lugar.',
  'cli.alerts.none': 'No hay avisos vigentes.',
  'cli.alerts.elsewhere': 'Otros avisos vigentes en el resto del país: {count}.',
  'cli.alerts.fromUntil': 'desde {start} hasta {end}',
  'cli.alerts.from': 'desde {start}',
  'cli.alerts.until': 'hasta {end}',
  'cli.alerts.dateAndTime': '{weekday} {date} {time}',
  'cli.alerts.area': 'Zona: {area}',
  'cli.store.noFavourites': 'Aún no hay favoritos. Añade uno con: npm run -s weather -- favourites add Berlin',
  'cli.store.refreshingStale': 'Actualizando {stale} de {total} (más antiguos que el intervalo de actualización)…',
  'cli.store.refreshedOf': 'Actualizados {done} de {total}.',
  'cli.store.refreshedFavourites': 'Actualizados {done} de {total} favoritos.',
  'cli.store.listHeading': '  ID  Pos     Lugar',
  'cli.store.added': 'Añadido: {place} (id {id}).',
  'cli.store.addedShownInTray': 'Añadido: {place} (id {id}); se muestra en el área de notificación.',
  'cli.store.alreadyFavourite': 'Ya es favorito: {place} (id {id}).',
  'cli.store.alreadyFavouriteShownInTray': 'Ya es favorito: {place} (id {id}); se muestra en el área de notificación.',
  'cli.store.removed': 'Favorito {id} eliminado.',
  'cli.store.moved': 'Favorito {id} movido a la posición {position}.',
  'cli.store.primary': 'El favorito {id} es ahora el que se muestra en el área de notificación.',
  'cli.store.dataAge': 'Antigüedad de los datos:',
  'cli.store.placeAge': '{place}: {age}',
  'cli.store.placeAgeFailed': '{place}: {age} (falló la última actualización: {reason})',
} as const satisfies Catalogue;
