// Skytray en français. Register: infinitive buttons and labels, « vous » in sentences; weather
// words as Météo-France uses them. French spacing: a no-break space (\u00a0) before « : » and
// inside « ». Typographic apostrophe ’ throughout.
//
// Glossary (English → français):
//   place → lieu · favourites → favoris · settings → paramètres · refresh → actualiser
//   quit → quitter · diagnostics → diagnostic · warning (official alert) → alerte
//   tray → zone de notification · API key → clé API · request → requête · weather service → service météo
//   updated → mis à jour · out of date → obsolète · offline → hors ligne · loading → chargement
//   just now → à l’instant · never → jamais · calls (weighted) → appels (pondérés)
//   clear → ciel dégagé · mainly clear → peu nuageux · partly cloudy → éclaircies
//   overcast → couvert · drizzle → bruine · freezing → verglaçant(e) · showers → averses
//   thunderstorm → orage · hail → grêle · sleet → pluie et neige mêlées · squalls → grains
//   heavy (rain, snow) → forte (pluie forte, neige forte) · in force until → en vigueur jusqu’à
//   CAP severity: Extreme → extrême · Severe → sévère · Moderate → modéré · Minor → mineur
//   log → journal · start Skytray again → relancer Skytray · folder → dossier
//   quiet hours → heures silencieuses · air quality → qualité de l’air · pollutants → polluants
//   UV: faible, modéré, élevé, très élevé, extrême · EEA → AEE · US AQI → indice américain
//   European AQI (as ATMO France and the AEE word it): bon, moyen, dégradé, mauvais, très mauvais,
//   extrêmement mauvais · request → requête · provider → fournisseur · feels like → ressenti
//   notify me → m’avertir · severe weather → intempéries · remove → supprimer · undo → annuler
//   compass: N NE E SE S SO O NO
import type { Catalogue } from './en.ts';

export const fr = {
  // ── common
  'common.age.never': 'jamais',
  'common.age.justNow': 'à l’instant',
  'common.compass.n': 'N',
  'common.compass.ne': 'NE',
  'common.compass.e': 'E',
  'common.compass.se': 'SE',
  'common.compass.s': 'S',
  'common.compass.sw': 'SO',
  'common.compass.w': 'O',
  'common.compass.nw': 'NO',
  'common.windWithDirection': '{speed} {direction}',
  'common.freshness.updatedNote': '{freshness, select, offline {mis à jour {age}, hors ligne} stale {mis à jour {age}, obsolète} other {mis à jour {age}}}',
  'common.freshness.updated': 'Mis à jour {age}',
  'common.freshness.outOfDate': 'Obsolète · mis à jour {age}',
  'common.freshness.offlineShowing': 'Hors ligne · données mises à jour {age}',
  'common.freshness.loading': 'Chargement…',
  'common.freshness.summaryOffline': 'Hors ligne\u00a0: données mises à jour {age}',
  'common.freshness.summarySomeStale': 'Mis à jour {age} (données obsolètes pour certains lieux)',
  'common.freshness.noData': 'Pas encore de données',
  'common.freshness.headlineOffline': 'Hors ligne\u00a0: météo enregistrée',
  'common.callBudget.period': '{window, select, minute {Dernière minute} hour {Dernière heure} other {24 dernières heures}}',
  'common.callBudget.window':
    '{window, select, minute {{used} sur {limit} durant la dernière minute} hour {{used} sur {limit} durant la dernière heure} other {{used} sur {limit} durant les 24 dernières heures}}',
  'common.callBudget.summary': 'Appels à {provider} (pondérés)\u00a0: {windows}',
  'common.placeCount': '{count, plural, one {# lieu} many {# de lieux} other {# lieux}}',
  'common.airQuality.index': '{index, select, us {Indice américain} other {Indice européen}}',

  // ── conditions
  'condition.clear': 'Ciel dégagé',
  'condition.mainly-clear': 'Peu nuageux',
  'condition.partly-cloudy': 'Éclaircies',
  'condition.overcast': 'Couvert',
  'condition.fog': 'Brouillard',
  'condition.drizzle': 'Bruine',
  'condition.freezing-drizzle': 'Bruine verglaçante',
  'condition.rain': 'Pluie',
  'condition.heavy-rain': 'Pluie forte',
  'condition.freezing-rain': 'Pluie verglaçante',
  'condition.snow': 'Neige',
  'condition.heavy-snow': 'Neige forte',
  'condition.rain-showers': 'Averses',
  'condition.snow-showers': 'Averses de neige',
  'condition.thunderstorm': 'Orage',
  'condition.thunderstorm-hail': 'Orage avec grêle',
  'condition.sleet': 'Pluie et neige mêlées',
  'condition.squalls': 'Grains',
  'condition.tornado': 'Tornade',
  'condition.unknown': 'Inconnu',

  // ── errors
  'error.network':
    '{provider, select, none {Un problème est survenu lors de la récupération de la météo.} other {Impossible de joindre {provider}. Vérifiez votre connexion Internet.}}',
  'error.timeout': '{provider, select, none {Le service météo n’a pas répondu à temps.} other {{provider} n’a pas répondu à temps.}}',
  'error.rateLimited.nextTry':
    '{provider, select, none {Limite de requêtes atteinte\u00a0; nouvel essai à {time}} other {Limite de requêtes atteinte chez {provider}\u00a0; nouvel essai à {time}}}',
  'error.rateLimited.retrying':
    '{provider, select, none {Le service météo limite les requêtes en ce moment. Skytray réessaiera plus tard.} other {{provider} limite les requêtes en ce moment. Skytray réessaiera plus tard.}}',
  'error.rateLimited.tryAgain':
    '{provider, select, none {Le service météo limite les requêtes en ce moment. Réessayez dans une minute.} other {{provider} limite les requêtes en ce moment. Réessayez dans une minute.}}',
  'error.server.retrying':
    '{provider, select, none {Le service météo rencontre un problème (HTTP {status}). Skytray réessaiera plus tard.} other {{provider} rencontre un problème (HTTP {status}). Skytray réessaiera plus tard.}}',
  'error.server.tryAgain':
    '{provider, select, none {Le service météo rencontre un problème (HTTP {status}). Réessayez dans quelques minutes.} other {{provider} rencontre un problème (HTTP {status}). Réessayez dans quelques minutes.}}',
  'error.badRequest':
    '{provider, select, none {Le service météo a rejeté la requête (HTTP {status}).} other {{provider} a rejeté la requête (HTTP {status}).}}',
  'error.auth.keyMissing':
    'OpenWeatherMap exige votre propre clé API\u00a0: obtenez-en une gratuitement sur openweathermap.org, puis ajoutez-la dans les Paramètres.',
  'error.auth.keyRejected':
    '{provider, select, none {Le service météo a rejeté la clé API (401).} other {{provider} a rejeté la clé API (401).}} Vérifiez la clé dans les Paramètres\u00a0; une nouvelle clé peut mettre jusqu’à 2 heures à s’activer.',
  'error.auth.refused': '{provider, select, none {Le service météo a refusé l’accès (HTTP {status}).} other {{provider} a refusé l’accès (HTTP {status}).}}',
  'error.notFound.place': 'Aucun lieu nommé «\u00a0{query}\u00a0» n’a été trouvé.',
  'error.notFound.favourite': 'Aucun favori n’a l’id {id}\u00a0; il a peut-être été supprimé.',
  'error.notFound.other': '{provider, select, none {Rien n’a été trouvé.} other {{provider} n’a rien trouvé pour cette requête (HTTP {status}).}}',
  'error.malformed':
    '{provider, select, none {Le service météo a envoyé des données que Skytray ne comprend pas.} other {{provider} a envoyé des données que Skytray ne comprend pas.}}',
  'error.tooLarge':
    '{provider, select, none {Le service météo a envoyé une réponse plus volumineuse que ce que Skytray accepte.} other {{provider} a envoyé une réponse plus volumineuse que ce que Skytray accepte.}}',
  'error.aborted': 'La requête a été annulée.',
  'error.invalidInput': 'Skytray n’a pas pu utiliser une valeur reçue.',
  'error.invalidInput.keyNeedsHttps':
    '{provider, select, none {Skytray envoie votre clé API au service météo à chaque requête, son URL doit donc utiliser https (ou désigner cet ordinateur, comme http://127.0.0.1)\u00a0: reçu {origin}.} other {Skytray envoie votre clé API à {provider} à chaque requête, son URL doit donc utiliser https (ou désigner cet ordinateur, comme http://127.0.0.1)\u00a0: reçu {origin}.}}',
  'error.store.newerSchema': 'Cette base de données a été écrite par une version plus récente de Skytray. Mettez Skytray à jour pour l’ouvrir.',
  'error.store.corrupt': 'La base de données de Skytray est endommagée et n’a pas pu être lue.',
  'error.store.busy': 'Une autre instance de Skytray (l’application ou la CLI) occupait la base de données. Réessayez dans un instant.',
  'error.store.disk':
    '{reason, select, full {Le disque est plein\u00a0: Skytray ne peut pas écrire sa base de données.} folderBlocked {Un fichier occupe l’emplacement du dossier de données de Skytray.} readOnly {La base de données de Skytray ou son disque est en lecture seule.} permission {Skytray n’a pas l’autorisation d’écrire sa base de données.} cantOpen {La base de données ou son dossier ne permet pas à Skytray d’écrire.} other {Le disque n’a pas permis à Skytray d’écrire sa base de données.}}',
  'error.store.other': 'Un problème est survenu avec la base de données de Skytray.',
  'error.store.memoryOnly':
    'Skytray ne peut pas enregistrer dans {path}. Il continue de fonctionner, mais les modifications seront perdues à sa fermeture. Libérez de l’espace disque ou vérifiez les autorisations du dossier, puis relancez Skytray.',
  'error.store.recovered':
    '{outcome, select, backup {La base de données de Skytray était inutilisable\u00a0; {count, plural, one {# lieu a été restauré} many {# lieux ont été restaurés} other {# lieux ont été restaurés}} depuis la sauvegarde.} salvaged {La base de données de Skytray était inutilisable et aucune sauvegarde n’était exploitable\u00a0; {count, plural, one {# lieu a été récupéré} many {# lieux ont été récupérés} other {# lieux ont été récupérés}} dans le fichier endommagé.} other {La base de données de Skytray était inutilisable, aucune sauvegarde n’était exploitable et aucun lieu n’a pu être lu\u00a0: Skytray démarre donc à vide.}}',
  'error.store.damagedKept': 'Le fichier endommagé a été conservé\u00a0: {path}.',
  'error.request.forbidden': 'Cette fenêtre n’a pas le droit de communiquer avec Skytray.',
  'error.request.invalid': 'Skytray n’a pas pu utiliser ce que la fenêtre a envoyé.',

  // ── window: places and forecast
  'window.forecast.uvTitle': 'Indice UV',
  'window.forecast.uvNow': '{value} actuellement · {category}',
  'window.forecast.uvMax': 'Maximum du jour {value} · {category}',
  'window.forecast.uv.low': 'Faible',
  'window.forecast.uv.moderate': 'Modéré',
  'window.forecast.uv.high': 'Élevé',
  'window.forecast.uv.veryHigh': 'Très élevé',
  'window.forecast.uv.extreme': 'Extrême',
  'window.forecast.rainTitle': 'Deux prochaines heures',
  'window.forecast.rainFrom':
    '{intensity, select, light {Pluie faible à partir de {time}} moderate {Pluie modérée à partir de {time}} other {Pluie forte à partir de {time}}}',
  'window.forecast.rainNow': '{intensity, select, light {Pluie faible en ce moment} moderate {Pluie modérée en ce moment} other {Pluie forte en ce moment}}',
  'window.forecast.dry': 'Pas de pluie dans les deux prochaines heures',
  'window.forecast.rainSpread': 'D’après des valeurs horaires\u00a0: le moment du début dans l’heure est estimé.',
  'window.places.tab.places': 'Lieux',
  'window.places.tab.settings': 'Paramètres',
  'window.places.tab.diagnostics': 'Diagnostic',
  'window.places.sections': 'Sections',
  'window.places.refreshAll': 'Tout actualiser',
  'window.places.refreshingAll': 'Actualisation {done}/{total}…',
  'window.places.refreshProgress': 'Progression de l’actualisation',
  'window.places.refreshed': '{count, plural, one {# lieu actualisé} many {# de lieux actualisés} other {# lieux actualisés}}',
  'window.places.refreshFailed': '{place}\u00a0: {error}',
  'window.places.backOnline': 'De nouveau en ligne',
  'window.places.ok': 'OK',
  'window.places.internalError': 'Une erreur interne s’est produite dans Skytray. Les détails sont dans le journal.',
  'window.places.search.label': 'Ajouter un lieu',
  'window.places.search.placeholder': 'Nom de ville, ou 52.52, 13.41',
  'window.places.search.results': 'Lieux trouvés',
  'window.places.search.found': '{count, plural, one {# lieu trouvé} many {# de lieux trouvés} other {# lieux trouvés}}',
  'window.places.list.label': 'Vos lieux',
  'window.places.list.reorderHint': 'Faites glisser pour réordonner, ou appuyez sur Alt+↑ / Alt+↓ sur un lieu.',
  'window.places.list.empty': 'Aucun lieu pour l’instant. Faites une recherche ci-dessus pour en ajouter un.',
  'window.places.list.summary': '{temperature} {condition}',
  'window.places.list.unavailable': 'indisponible',
  'window.places.list.loading': 'chargement…',
  'window.places.list.isPrimary': 'La zone de notification affiche {place}',
  'window.places.list.makePrimary': 'Afficher {place} dans la zone de notification',
  'window.places.list.isPrimaryTitle': 'Affiché dans la zone de notification',
  'window.places.list.makePrimaryTitle': 'Afficher dans la zone de notification',
  'window.places.list.remove': 'Supprimer {place}',
  'window.places.list.removeTitle': 'Supprimer',
  'window.places.added': 'Lieu ajouté\u00a0: {place}',
  'window.places.removed': 'Lieu supprimé\u00a0: {place}.',
  'window.places.undo': 'Annuler',
  'window.places.restored': 'Lieu rétabli\u00a0: {place}',
  'window.forecast.title': 'Météo',
  'window.forecast.notify': 'M’avertir',
  'window.forecast.notifying': 'Notifications ✓',
  'window.forecast.notifyTitle': 'Notifications de pluie et d’intempéries pour ce lieu',
  'window.forecast.refresh': 'Actualiser',
  'window.forecast.refreshing': 'Actualisation…',
  'window.forecast.errorShowingLastGood': '{error} Affichage des dernières données valides.',
  'window.forecast.nextDays': 'Prochains jours',
  'window.forecast.feelsLike': 'Ressenti {temperature}',
  'window.forecast.highLow': 'Max. {high} · Min. {low}',
  'window.forecast.wind': 'Vent',
  'window.forecast.humidity': 'Humidité',
  'window.forecast.precipitation': 'Précipitations',
  'window.forecast.precipitationChance': '{amount} · {chance}',
  'window.forecast.localTime': 'Heure locale',
  'window.forecast.sun': 'Soleil',
  'window.forecast.attribution':
    '{provider, select, openweathermap {Données météo d’OpenWeather (CC BY-SA 4.0)} other {Données météo d’Open-Meteo.com (CC BY 4.0)}}',
  'window.forecast.sunriseSunset': '{sunrise} – {sunset}',

  // ── window: warnings and air
  'window.warnings.title': 'Alertes officielles',
  'window.warnings.uncovered': 'Aucun service d’alertes officiel ne couvre ce lieu',
  'window.warnings.unavailable': 'Alertes indisponibles ({reason})',
  'window.warnings.none':
    '{source, select, nws {Aucune alerte du National Weather Service en vigueur} metalerts {Aucune alerte de MET Norway en vigueur} other {Aucune alerte de MeteoAlarm en vigueur}}',
  'window.warnings.more': 'Autres alertes pour ce lieu',
  'window.warnings.details': 'Détails',
  'window.warnings.from': 'À partir de {onset}',
  'window.warnings.until': 'Jusqu’à {expires}',
  'window.warnings.fromUntil': 'De {onset} à {expires}',
  'window.warnings.timesNote': 'Les heures sont celles du lieu.',
  'window.warnings.issuer': 'Lire l’alerte complète de {issuer}',
  'window.warnings.issuerUnnamed': 'Lire l’alerte complète de son émetteur',
  'window.warnings.severity.Extreme': 'Extrême',
  'window.warnings.severity.Severe': 'Sévère',
  'window.warnings.severity.Moderate': 'Modéré',
  'window.warnings.severity.Minor': 'Mineur',
  'window.warnings.severity.Unknown': 'Alerte',
  'window.warnings.reason.network': 'pas de connexion avec {provider}',
  'window.warnings.reason.timeout': '{provider} n’a pas répondu à temps',
  'window.warnings.reason.rateLimited': '{provider} a demandé à Skytray de patienter',
  'window.warnings.reason.server': '{provider} rencontre un problème',
  'window.warnings.reason.auth': '{provider} a refusé l’accès',
  'window.warnings.reason.malformed': '{provider} a envoyé des données que Skytray ne comprend pas',
  'window.warnings.reason.tooLarge': '{provider} a envoyé trop de données',
  // Stands for {provider} in the reasons above when the service is not known.
  'window.warnings.reason.unnamed': 'le service',
  'window.air.title': 'Qualité de l’air',
  'window.air.attribution': 'Qualité de l’air par Open-Meteo.com d’après les données du Copernicus Atmosphere Monitoring Service (CC BY 4.0)',
  'window.air.index': '{value} · {category}',
  'window.air.noIndex': 'Aucun indice pour ce lieu actuellement',
  'window.air.unavailable': 'Qualité de l’air indisponible ({reason})',
  'window.air.pollutants': 'Polluants',
  'window.air.pollen': 'Pollens',
  'window.air.microgrammes': '{value}\u00a0µg/m³',
  'window.air.grains': '{value}\u00a0grains/m³',
  'window.air.pm2_5': 'Particules fines, 2,5\u00a0µm et moins',
  'window.air.pm10': 'Particules, 10\u00a0µm et moins',
  'window.air.ozone': 'Ozone',
  'window.air.nitrogenDioxide': 'Dioxyde d’azote',
  'window.air.pollen.alder': 'Aulne',
  'window.air.pollen.birch': 'Bouleau',
  'window.air.pollen.grass': 'Graminées',
  'window.air.pollen.mugwort': 'Armoise',
  'window.air.pollen.olive': 'Olivier',
  'window.air.pollen.ragweed': 'Ambroisie',
  'window.air.european.good': 'Bon',
  'window.air.european.fair': 'Moyen',
  'window.air.european.moderate': 'Dégradé',
  'window.air.european.poor': 'Mauvais',
  'window.air.european.very-poor': 'Très mauvais',
  'window.air.european.extremely-poor': 'Extrêmement mauvais',
  'window.air.us.good': 'Bon',
  'window.air.us.moderate': 'Modéré',
  'window.air.us.unhealthy-for-sensitive-groups': 'Mauvais pour les personnes sensibles',
  'window.air.us.unhealthy': 'Mauvais',
  'window.air.us.very-unhealthy': 'Très mauvais',
  'window.air.us.hazardous': 'Dangereux',

  // ── window: settings
  'window.settings.extras.legend': 'Alertes officielles et qualité de l’air',
  'window.settings.extras.warnings': 'M’avertir des alertes officielles',
  'window.settings.extras.warnings.off': 'Jamais',
  'window.settings.extras.warnings.Moderate': 'Modérées, sévères et extrêmes',
  'window.settings.extras.warnings.Severe': 'Sévères et extrêmes',
  'window.settings.extras.warnings.Extreme': 'Extrêmes uniquement',
  'window.settings.extras.extreme': 'Les alertes extrêmes peuvent passer outre les heures silencieuses',
  'window.settings.extras.extremeHint':
    'Uniquement les alertes que l’émetteur classe Extrême (danger de mort), pour les lieux dont vous recevez les notifications.',
  'window.settings.extras.scale': 'Indice de qualité de l’air',
  'window.settings.extras.scale.auto': 'Selon le lieu (indice US aux États-Unis)',
  'window.settings.extras.scale.european': 'Européen (AEE)',
  'window.settings.extras.scale.us': 'Américain (EPA)',
  'window.settings.windUnit.legend': 'Vitesse du vent',
  'window.settings.windUnit.kilometresPerHour': 'Kilomètres par heure (km/h)',
  'window.settings.windUnit.metresPerSecond': 'Mètres par seconde (m/s)',
  'window.settings.windUnit.milesPerHour': 'Miles par heure (mi/h)',
  'window.settings.title': 'Paramètres',
  'window.settings.saved': 'Enregistré',
  'window.settings.language': 'Langue',
  'window.settings.language.auto': 'Automatique',
  'window.settings.clock': 'Format horaire',
  'window.settings.clock.auto': 'Automatique',
  'window.settings.clock.h12': '12 heures',
  'window.settings.clock.h23': '24 heures',
  'window.settings.units': 'Unités',
  'window.settings.units.auto': 'Automatiques (selon la région)',
  'window.settings.units.metric': 'Métriques (°C, km/h, mm)',
  'window.settings.units.imperial': 'Impériales (°F, mi/h, po)',
  'window.settings.interval': 'Actualiser toutes les (minutes)',
  'window.settings.budget.noPlaces': 'Aucun lieu pour l’instant\u00a0: l’actualisation ne consomme rien.',
  'window.settings.budget.fits':
    '{places, plural, one {Un lieu toutes les {minutes, plural, one {# minutes} many {# minutes} other {# minutes}} utilise environ {calls} des {budget} appels par jour que Skytray s’autorise.} many {# lieux toutes les {minutes, plural, one {# minutes} many {# minutes} other {# minutes}} utilisent environ {calls} des {budget} appels par jour que Skytray s’autorise.} other {# lieux toutes les {minutes, plural, one {# minutes} many {# minutes} other {# minutes}} utilisent environ {calls} des {budget} appels par jour que Skytray s’autorise.}}',
  'window.settings.budget.tooOften':
    '{places, plural, one {Un lieu toutes les {minutes, plural, one {# minutes} many {# minutes} other {# minutes}} demande environ {calls} appels par jour, plus que les {budget} appels par jour que Skytray s’autorise\u00a0: la limite serait atteinte après environ {runsOut} chaque jour.} many {# lieux toutes les {minutes, plural, one {# minutes} many {# minutes} other {# minutes}} demandent environ {calls} appels par jour, plus que les {budget} appels par jour que Skytray s’autorise\u00a0: la limite serait atteinte après environ {runsOut} chaque jour.} other {# lieux toutes les {minutes, plural, one {# minutes} many {# minutes} other {# minutes}} demandent environ {calls} appels par jour, plus que les {budget} appels par jour que Skytray s’autorise\u00a0: la limite serait atteinte après environ {runsOut} chaque jour.}}',
  'window.settings.budget.fitsFrom':
    '{minutes, plural, one {Un intervalle de # minutes ou plus reste dans la limite.} many {Un intervalle de # minutes ou plus reste dans la limite.} other {Un intervalle de # minutes ou plus reste dans la limite.}}',
  'window.settings.budget.keepFewer':
    '{minutes, plural, one {Même toutes les # minutes, c’est trop fréquent\u00a0: gardez moins de lieux.} many {Même toutes les # minutes, c’est trop fréquent\u00a0: gardez moins de lieux.} other {Même toutes les # minutes, c’est trop fréquent\u00a0: gardez moins de lieux.}}',
  'window.settings.budget.duration': '{part, select, hours {{hours}\u00a0h} minutes {{minutes}\u00a0min} other {{hours}\u00a0h {minutes}\u00a0min}}',
  'window.settings.provider': 'Service météo',
  'window.settings.provider.openMeteo': 'Open-Meteo (sans clé)',
  'window.settings.provider.openWeatherMap': 'OpenWeatherMap (votre propre clé)',
  'window.settings.key.label': 'Clé API OpenWeatherMap',
  'window.settings.key.placeholder': 'Votre clé API',
  'window.settings.key.placeholderSaved': '•••••••• (enregistrée)',
  'window.settings.key.save': 'Enregistrer la clé',
  'window.settings.key.test': 'Tester la clé',
  'window.settings.key.saved': 'Clé enregistrée.',
  'window.settings.key.removed': 'Clé supprimée.',
  'window.settings.key.testing': 'Test en cours…',
  'window.settings.key.accepted': 'OpenWeatherMap a accepté la clé.',
  'window.settings.key.enterFirst': 'Saisissez d’abord votre clé API OpenWeatherMap.',
  'window.settings.key.storage.osKeychain': 'Stockée chiffrée par le trousseau de votre système.',
  'window.settings.key.storage.plainText':
    'Votre système n’a pas de trousseau que Skytray puisse utiliser\u00a0: la clé est donc stockée à peine masquée (stockage basic_text d’Electron). Toute personne ayant accès à vos fichiers pourrait la lire.',
  'window.settings.key.storage.unavailable':
    'Aucun chiffrement n’est disponible\u00a0: la clé est donc conservée en mémoire uniquement et devra être saisie de nouveau après le redémarrage de Skytray.',
  'window.settings.addresses': 'Adresses des services (pour un Open-Meteo auto-hébergé)',
  'window.settings.addresses.forecast': 'Prévisions Open-Meteo',
  'window.settings.addresses.geocoding': 'Géocodage Open-Meteo',
  'window.settings.addresses.public': 'Serveur public',
  'window.settings.notifications': 'Notifications',
  'window.settings.notifications.enabled': 'Autoriser les notifications (puis appuyer sur «\u00a0M’avertir\u00a0» pour chaque lieu concerné)',
  'window.settings.notifications.rain': 'Pluie en approche',
  'window.settings.notifications.severe': 'Orages, neige forte, pluie verglaçante',
  'window.settings.notifications.quiet': 'Silence de {start} à {end}',
  'window.settings.startUp': 'Démarrage et fenêtre',
  'window.settings.startUp.login': 'Lancer Skytray à l’ouverture de session',
  'window.settings.startUp.taskbar': 'Garder la fenêtre dans la barre des tâches',
  'window.settings.startUp.taskbarHint':
    'Fermer la fenêtre la réduit alors, au lieu de laisser Skytray seulement dans la zone de notification. Skytray le fait de lui-même là où aucune icône de notification n’est visible.',
  'window.settings.logLevel': 'Détail du journal',
  'window.settings.logLevel.error': 'Erreurs uniquement',
  'window.settings.logLevel.warn': 'Avertissements et erreurs',
  'window.settings.logLevel.info': 'Normal',
  'window.settings.logLevel.debug': 'Tout (pour un rapport de bogue)',

  // ── window: diagnostics
  'window.diagnostics.title': 'Diagnostic',
  'window.diagnostics.provider.airQuality': 'Open-Meteo qualité de l’air',
  'window.diagnostics.report': 'Rapport de diagnostic',
  'window.diagnostics.summary':
    '{status, select, online {{provider}\u00a0: en ligne\u00a0; données les plus anciennes mises à jour {age}\u00a0; {searches, plural, one {# recherche servie} many {# de recherches servies} other {# recherches servies}} par le cache.} other {{provider}\u00a0: hors ligne\u00a0; données les plus anciennes mises à jour {age}\u00a0; {searches, plural, one {# recherche servie} many {# de recherches servies} other {# recherches servies}} par le cache.}}',
  'window.diagnostics.requests': 'Requêtes par service',
  'window.diagnostics.requestsCaption': 'Requêtes par service ({count} dernières)',
  'window.diagnostics.column.service': 'Service',
  'window.diagnostics.column.requests': 'Requêtes',
  'window.diagnostics.column.retries': 'Réessais',
  'window.diagnostics.column.failures': 'Échecs',
  'window.diagnostics.column.lastError': 'Dernière erreur',
  'window.diagnostics.noRequests': 'Aucune requête pour l’instant.',
  'window.diagnostics.copy': 'Copier le rapport',
  'window.diagnostics.copied': 'Copié.',
  'window.diagnostics.copyByHand': 'Sélectionnez le texte et copiez-le.',
  'window.diagnostics.reload': 'Recharger',
  'window.diagnostics.showLog': 'Afficher le fichier journal',
  'window.diagnostics.logShown': 'Le fichier journal est affiché dans votre gestionnaire de fichiers.',
  'window.diagnostics.budgetCaption': 'Appels à {provider} (pondérés), par rapport aux limites propres à Skytray',
  'window.diagnostics.column.period': 'Période',
  'window.diagnostics.column.used': 'Utilisés',
  'window.diagnostics.column.limit': 'Limite',
  'window.diagnostics.report.provider': 'Fournisseur',
  'window.diagnostics.report.queue': 'file d’attente',
  'window.diagnostics.report.online': 'En ligne',
  'window.diagnostics.report.paused': 'en pause (veille)',
  'window.diagnostics.report.units': 'Unités',
  'window.diagnostics.report.wind': 'vent en',
  'window.diagnostics.report.refresh': 'actualisation toutes les',
  'window.diagnostics.report.customUrls': 'URL personnalisées',
  'window.diagnostics.report.database': 'Base de données',
  'window.diagnostics.report.oldestData': 'Données les plus anciennes',
  'window.diagnostics.report.cacheSearches': 'recherches servies par le cache',
  'window.diagnostics.report.perProvider': 'Par fournisseur ({count} dernières requêtes)',
  'window.diagnostics.report.recent': 'Requêtes récentes',
  'window.diagnostics.report.logFile': 'Fichier journal',

  // ── window: chart and days
  'window.chart.title': '{hours, plural, one {Prochaine heure} many {# prochaines heures} other {# prochaines heures}}',
  'window.chart.tableCaption':
    '{hours, plural, one {Prochaine heure, à l’heure locale du lieu} many {# prochaines heures, à l’heure locale du lieu} other {# prochaines heures, à l’heure locale du lieu}}',
  'window.chart.now': 'Maintenant',
  'window.chart.sunrise': '↑{time}',
  'window.chart.sunset': '↓{time}',
  'window.chart.slider': 'Heure',
  'window.chart.help':
    'Les flèches gauche et droite avancent ou reculent d’une heure, Page précédente et Page suivante de six heures, Origine et Fin vont à la première et à la dernière heure. Les mêmes prévisions figurent dans le tableau qui suit.',
  'window.chart.showTable': 'Afficher le tableau',
  'window.chart.hideTable': 'Masquer le tableau',
  'window.chart.legend.temperature': 'Température',
  'window.chart.legend.feelsLike': 'Ressenti',
  'window.chart.legend.precipitation': 'Précipitations (plus foncé\u00a0: plus probable)',
  'window.chart.noHours': 'Aucune prévision horaire',
  'window.chart.column.time': 'Heure',
  'window.chart.column.condition': 'Temps',
  'window.chart.column.temperature': 'Température',
  'window.chart.column.feelsLike': 'Ressenti',
  'window.chart.column.precipitation': 'Précipitations',
  'window.chart.column.chance': 'Probabilité',
  'window.chart.dayAndTime': '{weekday} {time}',
  'window.chart.hourSummary': '{time}\u00a0: {condition}, {temperature}, ressenti {feelsLike}, {precipitation}, probabilité {chance}',
  'window.chart.next.wetFrom': '{condition} à partir de {when}',
  'window.chart.next.dryFrom': 'Temps sec à partir de {when}',
  'window.chart.next.wetFor':
    '{hours, plural, one {{condition} pendant la prochaine heure} many {{condition} pendant les # prochaines heures} other {{condition} pendant les # prochaines heures}}',
  'window.chart.next.dryFor':
    '{hours, plural, one {Temps sec pendant la prochaine heure} many {Temps sec pendant les # prochaines heures} other {Temps sec pendant les # prochaines heures}}',
  'window.days.today': 'Aujourd’hui',
  'window.days.chanceTitle': 'Probabilité de précipitations',
  'window.days.chance': 'précipitations {chance}',
  'window.days.low': 'minimum {temperature}',
  'window.days.high': 'maximum {temperature}',

  // ── window: about
  'window.about.licence': 'Logiciel libre sous licence MIT.',
  'window.about.copyright': 'Copyright © 2026 les auteurs de Skytray',
  'window.about.authors': 'Les auteurs de Skytray',
  'window.about.copyrightAndLicence': '{copyright}. {licence}',
  'window.about.title': 'À propos de Skytray',
  'window.about.version': 'Skytray {version}',
  'window.about.homepage': 'Page d’accueil\u00a0:',
  'window.about.credits': 'Crédits',
  'window.about.credit.icons': 'Icônes météo\u00a0: Meteocons par Bas Milius, licence MIT.',
  'window.about.credit.openMeteo': 'Données météo fournies par Open-Meteo.com, sous licence CC BY 4.0.',
  'window.about.credit.airQuality':
    'Qualité de l’air fournie par Open-Meteo.com d’après les données du Copernicus Atmosphere Monitoring Service, sous licence CC BY 4.0.',
  'window.about.credit.openWeather': 'Données météo fournies par OpenWeather, sous licence CC BY-SA 4.0.',

  // ── tray
  'tray.reading': '{temperature}, {condition}',
  'tray.place.primary': '★ {place}',
  'tray.place.reading': '{place}\u00a0: {reading}',
  'tray.place.stale': '{place}\u00a0: {reading} (obsolète)',
  'tray.place.loading': '{place}\u00a0: chargement…',
  'tray.place.unavailable': '{place}\u00a0: indisponible',
  'tray.placeWithWarning': '{line}  ⚠ {event}',
  'tray.tooltip.noPlaces': 'Skytray\u00a0: aucun lieu pour l’instant. Ouvrez Skytray pour en ajouter un.',
  'tray.tooltip.loading': 'Skytray\u00a0: {place}, pas encore de météo.',
  'tray.tooltip.failed': 'Skytray\u00a0: {place}, pas encore de météo. {problem}',
  'tray.tooltip.reading': '{place}\u00a0: {reading} ({updated})',
  'tray.tooltipWarning': '⚠ {event} ({place})',
  'tray.airQuality': 'Qualité de l’air',
  'tray.airQualityLine': '{place}\u00a0: {index} {value}, {category}',
  'tray.refresh': 'Actualiser maintenant',
  'tray.refreshing': 'Actualisation… {done}/{total}',
  'tray.open': 'Ouvrir Skytray',
  'tray.settings': 'Paramètres…',
  'tray.quit': 'Quitter Skytray',
  'tray.notice.unavailable':
    'Votre bureau ne semble pas afficher d’icônes de notification\u00a0: Skytray reste donc dans la barre des tâches, et fermer cette fenêtre la réduit. Sous GNOME, installez et activez l’extension «\u00a0AppIndicator and KStatusNotifierItem Support\u00a0», puis relancez Skytray pour obtenir son icône.',
  'tray.notice.pin':
    'Skytray se trouve dans la zone de notification, à droite de la barre des tâches. Si Windows masque son icône derrière la flèche ^, faites-la glisser sur la barre des tâches, ou activez Skytray dans Paramètres > Personnalisation > Barre des tâches > Autres icônes de la barre d’état système.',

  // ── notifications
  'notification.warning.title': '{event} pour {place}',
  'notification.warning.bodyUntil': '{headline} En vigueur jusqu’à {day} {time}.',
  'notification.warning.bodyOpen': '{headline}',
  'notification.warning.headlineMissing': '{event} pour {area}.',
  'notification.rainSoon.title': 'Pluie en approche sur {place}',
  'notification.rainSoon.bodyLight': 'Pluie faible à partir de {time}',
  'notification.rainSoon.bodyModerate': 'Pluie modérée à partir de {time}',
  'notification.rainSoon.bodyHeavy': 'Pluie forte à partir de {time}',
  'notification.rainSoon.hourlyBody':
    '{condition} dans {minutes, plural, one {environ # minute} many {environ # de minutes} other {environ # minutes}} (probabilité de {chance}).',
  'notification.severe.nowTitle': '{condition} sur {place}',
  'notification.severe.nowBody': '{condition} en ce moment.',
  'notification.severe.expectedTitle': '{condition} à prévoir sur {place}',
  'notification.severe.expectedBody': '{condition} à prévoir vers {time}, heure locale.',

  // ── dialogs
  'dialog.startup.dataTitle': 'Skytray ne peut pas ouvrir ses données',
  'dialog.startup.failedTitle': 'Skytray n’a pas pu démarrer',
  'dialog.startup.storeDisk':
    '{problem} Vérifiez que le disque a de l’espace libre et que Skytray peut écrire dans son dossier, puis relancez Skytray.\n\n{details}',
  'dialog.startup.storeCorrupt':
    '{problem} Skytray n’a pas pu réparer ni mettre de côté sa base de données. Déplacez le fichier ailleurs (il contient vos lieux) et relancez Skytray.\n\n{details}',
  'dialog.startup.storeNewer': '{problem}\n\n{details}',
  'dialog.startup.storeOther': '{problem} Relancez Skytray\u00a0; si le problème persiste, signalez-le en joignant le journal.\n\n{details}',
  'dialog.startup.engine': '{problem}\n\n{details}',
  'dialog.startup.files':
    'Skytray n’a pas pu utiliser les fichiers de son dossier de données ({problem}). Vérifiez ce dossier, puis relancez Skytray.\n\n{details}',
  'dialog.startup.unexpected':
    'Une erreur inattendue s’est produite au démarrage ({problem}). Relancez Skytray\u00a0; si le problème persiste, signalez-le en joignant le journal.\n\n{details}',
  'dialog.startup.unwritableFolder':
    'Skytray ne peut pas écrire dans {folder} ({problem}). Vérifiez que ce dossier existe et que vous pouvez y écrire, puis relancez Skytray.',
  'dialog.startup.unknownFolder': 'son dossier de données',
  'dialog.startup.detailsInLog': 'Les détails sont dans le journal\u00a0: {path}',
  'dialog.startup.detailsInTerminal': 'Les détails ont été écrits dans le terminal (le fichier journal n’a pas pu être ouvert).',
  'dialog.log.noFile': 'Skytray n’a pas pu ouvrir son fichier journal\u00a0: il écrit donc son journal uniquement dans le terminal.',
  'dialog.log.folderNotOpened': 'Impossible d’ouvrir le dossier du journal {folder}\u00a0: {problem}',

  // ── cli
  'cli.unknownLanguage': 'Langue non prise en charge\u00a0: «\u00a0{lang}\u00a0». Langues disponibles\u00a0: {languages}.',
  'cli.help.usage': `Utilisation\u00a0:
  weather [options] place ...            la météo de ces lieux, maintenant
  weather [options]                      vos favoris et leur météo enregistrée (actualisée si obsolète)
  weather [options] refresh              actualiser tous les favoris maintenant
  weather [options] alerts [place ...]   les alertes officielles en vigueur dans ces lieux (par défaut\u00a0: vos favoris)
  weather [options] favourites list
  weather [options] favourites add PLACE
  weather [options] favourites remove ID
  weather [options] favourites move ID POSITION    (positions comptées à partir de 1)
  weather [options] favourites primary ID          (le lieu affiché dans la zone de notification)`,
  'cli.help.places': 'Un lieu est un nom ("Berlin", "Springfield, Illinois") ou des coordonnées ("52.52,13.41", "-33.87,151.21").',
  'cli.help.options': `Options\u00a0:
  --db PATH              la base de données (par défaut\u00a0: celle de l’application Skytray)
  --provider NAME        open-meteo (sans clé) ou openweathermap\u00a0; par défaut\u00a0: le réglage enregistré, sinon open-meteo
  --forecast-url ORIGIN  l’adresse de l’API de prévisions, p.\u00a0ex. http://127.0.0.1:8089
  --geocoding-url ORIGIN l’adresse de l’API de recherche de lieux
  --nws-url ORIGIN       l’adresse de l’API du National Weather Service américain (par défaut https://api.weather.gov)
  --metalerts-url ORIGIN l’adresse de l’API de MET Norway (par défaut https://api.met.no)
  --meteoalarm-url ORIGIN l’adresse des flux de MeteoAlarm (par défaut https://feeds.meteoalarm.org)
  --air-quality-url ORIGIN l’adresse de l’API de qualité de l’air d’Open-Meteo
  --units SYSTEM         metric ou imperial\u00a0; par défaut\u00a0: le réglage enregistré, sinon metric
  --wind-unit UNIT       km/h, m/s ou mph, quelles que soient les unités\u00a0; par défaut\u00a0: le réglage enregistré, sinon celle des unités
  --api-key KEY          la clé OpenWeatherMap (ou définir {env})
  --lang CODE            la langue du tableau, de l’aide et des messages ({languages})\u00a0;
                         par défaut\u00a0: LC_ALL, LC_MESSAGES ou LANG, sinon l’anglais. Le JSON reste en anglais.
  --json                 afficher du JSON au lieu d’un tableau
  --log-file PATH        écrire aussi le journal (lignes JSON) dans ce fichier\u00a0; SKYTRAY_LOG=debug pour plus de détails
  -h, --help             afficher cette aide`,
  'cli.help.json': 'Avec --json, chaque lieu de "weather place ..." porte aussi ses "alerts" et son "airQuality".',
  'cli.help.exitStatus':
    'Code de sortie\u00a0: 0 succès, 1 échec pour au moins un lieu (pour alerts\u00a0: un service d’alertes n’a pas répondu), 2 erreur d’utilisation.',
  'cli.usage.unknownOption': 'option inconnue «\u00a0{option}\u00a0»',
  'cli.usage.missingValue': '{option} attend une valeur',
  'cli.usage.noValue': '{option} n’accepte pas de valeur',
  'cli.usage.provider': '--provider doit être l’un de ces fournisseurs\u00a0: {providers}\u00a0; reçu «\u00a0{value}\u00a0»',
  'cli.usage.units': '--units doit être metric ou imperial, reçu «\u00a0{value}\u00a0»',
  'cli.usage.windUnit': '--wind-unit doit être l’une de ces unités\u00a0: {units}\u00a0; reçu «\u00a0{value}\u00a0»',
  'cli.usage.needsPath': '{option} attend un chemin de fichier',
  'cli.usage.originNotUrl': '{option} doit être une URL comme https://api.open-meteo.com, reçu «\u00a0{value}\u00a0».',
  'cli.usage.originScheme': '{option} doit utiliser http ou https, reçu «\u00a0{scheme}\u00a0».',
  'cli.usage.originParts': '{option} doit être une origine (avec un chemin facultatif), sans requête, fragment ni identifiants.',
  'cli.usage.wholeNumber': '{what} doit être un nombre entier supérieur ou égal à {min}, reçu «\u00a0{value}\u00a0»',
  'cli.usage.refreshTakesNoPlace': 'refresh ne prend pas de lieu\u00a0: il actualise tous les favoris (pour la météo d’un lieu, retirez «\u00a0refresh\u00a0»)',
  'cli.usage.favouritesArguments':
    'favourites {action} {count, plural, =0 {ne prend aucun argument} one {prend # argument} many {prend # arguments} other {prend # arguments}}',
  'cli.usage.favouritesAddNeedsPlace': 'favourites add attend un lieu, p.\u00a0ex. favourites add "Springfield, Illinois"',
  'cli.usage.favouritesAction': 'action de favourites inconnue «\u00a0{action}\u00a0»\u00a0: utilisez list, add, remove, move ou primary',
  'cli.usage.emptyPlace': 'un lieu ne peut pas être vide\u00a0: indiquez un nom comme "Berlin" ou des coordonnées comme 52.52,13.41',
  'cli.usage.placeTooLong': 'un lieu compte au plus {max} caractères\u00a0; celui indiqué en compte {length}',
  'cli.usage.notOnEarth':
    '«\u00a0{query}\u00a0» n’est pas un lieu sur Terre\u00a0: la latitude doit être comprise entre -90 et 90, et la longitude entre -180 et 180.',
  'cli.logFileUnwritable': 'impossible d’écrire le fichier journal {path}\u00a0: {reason}',
  'cli.apiKeyMissing':
    'OpenWeatherMap exige votre propre clé API\u00a0: obtenez-en une gratuitement sur openweathermap.org, puis ajoutez-la dans les Paramètres (ou définissez {env}).',
  'cli.table.place': 'Lieu',
  'cli.table.localTime': 'Heure locale',
  'cli.table.temperature': 'Temp.',
  'cli.table.feelsLike': 'Ressenti',
  'cli.table.condition': 'Temps',
  'cli.table.wind': 'Vent',
  'cli.table.humidity': 'Humidité',
  'cli.table.precipitation': 'Précip.',
  'cli.table.uv': 'UV (max)',
  'cli.table.today': 'Aujourd’hui',
  'cli.table.precipitationWithChance': '{amount} ({chance})',
  'cli.table.uvNowAndMax': '{now} ({max})',
  'cli.table.lowAndHigh': '{low} / {high}',
  'cli.severity.Extreme': 'Extrême',
  'cli.severity.Severe': 'Sévère',
  'cli.severity.Moderate': 'Modéré',
  'cli.severity.Minor': 'Mineur',
  'cli.severity.Unknown': 'Inconnu',
  'cli.warning.until': 'Alerte\u00a0: {event} ({severity}) jusqu’à {until}',
  'cli.warning.open': 'Alerte\u00a0: {event} ({severity})',
  'cli.warning.ends': '{weekday} {time}',
  'cli.warning.more': 'Autres alertes en vigueur\u00a0: {count} (weather alerts "{place}")',
  'cli.warning.failed': 'Alertes indisponibles\u00a0: {reason}',
  'cli.alerts.noFavourites': 'Aucun favori pour l’instant. Indiquez des lieux\u00a0: weather alerts "Berlin" "Denver"',
  'cli.alerts.heading': '{place} ({source})',
  'cli.alerts.noService': 'Aucun service d’alertes officiel ne couvre ce lieu.',
  'cli.alerts.none': 'Aucune alerte en vigueur.',
  'cli.alerts.elsewhere': 'Autres alertes en vigueur ailleurs dans le pays\u00a0: {count}.',
  'cli.alerts.fromUntil': 'du {start} au {end}',
  'cli.alerts.from': 'à partir du {start}',
  'cli.alerts.until': 'jusqu’au {end}',
  'cli.alerts.dateAndTime': '{weekday} {date} {time}',
  'cli.alerts.area': 'Zone\u00a0: {area}',
  'cli.store.noFavourites': 'Aucun favori pour l’instant. Pour en ajouter un\u00a0: npm run -s weather -- favourites add Berlin',
  'cli.store.refreshingStale': 'Actualisation de {stale} sur {total} (plus anciens que l’intervalle d’actualisation)…',
  'cli.store.refreshedOf': 'Actualisés\u00a0: {done} sur {total}.',
  'cli.store.refreshedFavourites': 'Favoris actualisés\u00a0: {done} sur {total}.',
  'cli.store.listHeading': '  ID  Pos     Lieu',
  'cli.store.added': 'Ajouté\u00a0: {place} (id {id}).',
  'cli.store.addedShownInTray': 'Ajouté\u00a0: {place} (id {id}), affiché dans la zone de notification.',
  'cli.store.alreadyFavourite': 'Déjà en favori\u00a0: {place} (id {id}).',
  'cli.store.alreadyFavouriteShownInTray': 'Déjà en favori\u00a0: {place} (id {id}), affiché dans la zone de notification.',
  'cli.store.removed': 'Favori {id} supprimé.',
  'cli.store.moved': 'Favori {id} déplacé en position {position}.',
  'cli.store.primary': 'Le favori {id} est désormais celui affiché dans la zone de notification.',
  'cli.store.dataAge': 'Âge des données\u00a0:',
  'cli.store.placeAge': '{place}\u00a0: {age}',
  'cli.store.placeAgeFailed': '{place}\u00a0: {age} (échec de la dernière actualisation\u00a0: {reason})',
} as const satisfies Catalogue;
