// Skytray's words in Brazilian Portuguese (see en.ts for the rules every catalogue follows).
//
// Glossary (the same English term, the same Portuguese everywhere):
//   place / places        local / locais
//   favourites            Favoritos
//   settings              Configurações
//   refresh / refresh now Atualizar / Atualizar agora
//   quit                  Sair
//   diagnostics           Diagnóstico
//   updated {age}         atualizado {age} ({age} already says "há 4 min.")
//   out of date           desatualizado
//   offline               Offline (as Brazilian apps and Windows write it)
//   showing data from     dados obtidos {age} ("dados de há…" does not read)
//   warning               aviso (INMET's word: "aviso meteorológico")
//   in force until        em vigor até
//   calls (to a service)  chamadas; weighted: ponderadas
//   drizzle               garoa; showers: pancadas (de chuva, de neve)
//   thunderstorm          trovoada (INMET/CPTEC forecasts)
//   fog                   nevoeiro (INMET)
//   overcast              nublado; mainly clear: poucas nuvens (INMET's sky words)
//   sleet                 chuva com neve
//   squalls               rajadas de vento
//   compass points        N, NE, L, SE, S, SO, O, NO (leste, oeste)
// Plurals: CLDR's `one` covers 0 and 1 ("0 local", "1 local"); `many` is for compact millions only
// and reads like `other` here.
import type { Catalogue } from './en.ts';

export const ptBR = {
  // ── common
  'common.age.never': 'nunca',
  'common.age.justNow': 'agora mesmo',
  'common.compass.n': 'N',
  'common.compass.ne': 'NE',
  'common.compass.e': 'L',
  'common.compass.se': 'SE',
  'common.compass.s': 'S',
  'common.compass.sw': 'SO',
  'common.compass.w': 'O',
  'common.compass.nw': 'NO',
  'common.windWithDirection': '{speed} {direction}',
  'common.freshness.updatedNote': '{freshness, select, offline {atualizado {age}, offline} stale {atualizado {age}, desatualizado} other {atualizado {age}}}',
  'common.freshness.updated': 'Atualizado {age}',
  'common.freshness.outOfDate': 'Desatualizado · atualizado {age}',
  'common.freshness.offlineShowing': 'Offline · dados obtidos {age}',
  'common.freshness.loading': 'Carregando…',
  'common.freshness.summaryOffline': 'Offline: dados obtidos {age}',
  'common.freshness.summarySomeStale': 'Atualizado {age} (alguns locais desatualizados)',
  'common.freshness.noData': 'Ainda sem dados',
  'common.freshness.headlineOffline': 'Offline: exibindo dados salvos',
  'common.callBudget.period': '{window, select, minute {Último minuto} hour {Última hora} other {Últimas 24 horas}}',
  'common.callBudget.window':
    '{window, select, minute {{used} de {limit} no último minuto} hour {{used} de {limit} na última hora} other {{used} de {limit} nas últimas 24 horas}}',
  'common.callBudget.summary': 'Chamadas a {provider} (ponderadas): {windows}',
  'common.placeCount': '{count, plural, one {# local} many {# locais} other {# locais}}',

  // ── conditions
  'condition.clear': 'Céu limpo',
  'condition.mainly-clear': 'Poucas nuvens',
  'condition.partly-cloudy': 'Parcialmente nublado',
  'condition.overcast': 'Nublado',
  'condition.fog': 'Nevoeiro',
  'condition.drizzle': 'Garoa',
  'condition.freezing-drizzle': 'Garoa congelante',
  'condition.rain': 'Chuva',
  'condition.heavy-rain': 'Chuva forte',
  'condition.freezing-rain': 'Chuva congelante',
  'condition.snow': 'Neve',
  'condition.heavy-snow': 'Neve forte',
  'condition.rain-showers': 'Pancadas de chuva',
  'condition.snow-showers': 'Pancadas de neve',
  'condition.thunderstorm': 'Trovoada',
  'condition.thunderstorm-hail': 'Trovoada com granizo',
  'condition.sleet': 'Chuva com neve',
  'condition.squalls': 'Rajadas de vento',
  'condition.tornado': 'Tornado',
  'condition.unknown': 'Desconhecido',

  // ── notifications
  'notification.warning.title': '{event} em {place}',
  'notification.warning.bodyUntil': '{headline} Em vigor até {day} às {time}.',
  'notification.warning.bodyOpen': '{headline}',
  'notification.warning.headlineMissing': '{event} para {area}.',

  // ── cli
  'cli.unknownLanguage': 'O Skytray não fala “{lang}”. Idiomas disponíveis: {languages}.',
} as const satisfies Catalogue;
