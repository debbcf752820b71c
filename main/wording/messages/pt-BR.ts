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
//   offline               sem conexão
//   showing data from     dados obtidos {age} ("dados de há…" does not read)
//   warning               aviso (INMET's word: "aviso meteorológico")
//   severity (CAP)        Extreme Grande perigo, Severe Perigo, Moderate Perigo potencial (INMET's
//                         three levels), Minor Baixo perigo
//   weather service       serviço meteorológico; request: requisição; API key: chave de API
//   tray                  bandeja (Windows: "bandeja do sistema"); id: ID; log: log
//   quiet hours           horas de silêncio; issuer (of a warning): emissor
//   AQI / UV categories   IQA; UV: Baixo, Moderado, Alto, Muito alto, Extremo
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
  'common.freshness.updatedNote':
    '{freshness, select, offline {atualizado {age}, sem conexão} stale {atualizado {age}, desatualizado} other {atualizado {age}}}',
  'common.freshness.updated': 'Atualizado {age}',
  'common.freshness.outOfDate': 'Desatualizado · atualizado {age}',
  'common.freshness.offlineShowing': 'Sem conexão · dados obtidos {age}',
  'common.freshness.loading': 'Carregando…',
  'common.freshness.summaryOffline': 'Sem conexão: dados obtidos {age}',
  'common.freshness.summarySomeStale': 'Atualizado {age} (alguns locais desatualizados)',
  'common.freshness.noData': 'Ainda sem dados',
  'common.freshness.headlineOffline': 'Sem conexão: exibindo dados salvos',
  'common.callBudget.period': '{window, select, minute {Último minuto} hour {Última hora} other {Últimas 24 horas}}',
  'common.callBudget.window':
    '{window, select, minute {{used} de {limit} no último minuto} hour {{used} de {limit} na última hora} other {{used} de {limit} nas últimas 24 horas}}',
  'common.callBudget.summary': 'Chamadas a {provider} (ponderadas): {windows}',
  'common.placeCount': '{count, plural, one {# local} many {# locais} other {# locais}}',
  'common.airQuality.index': '{index, select, us {IQA dos EUA} other {IQA europeu}}',

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

  // ── errors
  'error.network':
    '{provider, select, none {Algo deu errado ao obter a previsão do tempo.} other {Não foi possível conectar a {provider}. Verifique sua conexão com a internet.}}',
  'error.timeout': '{provider, select, none {O serviço meteorológico não respondeu a tempo.} other {{provider} não respondeu a tempo.}}',
  'error.rateLimited.nextTry':
    '{provider, select, none {Limite de requisições atingido; nova tentativa às {time}} other {Limite de requisições de {provider} atingido; nova tentativa às {time}}}',
  'error.rateLimited.retrying':
    '{provider, select, none {O serviço meteorológico está limitando as requisições no momento. O Skytray tentará de novo mais tarde.} other {{provider} está limitando as requisições no momento. O Skytray tentará de novo mais tarde.}}',
  'error.rateLimited.tryAgain':
    '{provider, select, none {O serviço meteorológico está limitando as requisições no momento. Tente de novo daqui a um minuto.} other {{provider} está limitando as requisições no momento. Tente de novo daqui a um minuto.}}',
  'error.server.retrying':
    '{provider, select, none {O serviço meteorológico está com problemas (HTTP {status}). O Skytray tentará de novo mais tarde.} other {{provider} está com problemas (HTTP {status}). O Skytray tentará de novo mais tarde.}}',
  'error.server.tryAgain':
    '{provider, select, none {O serviço meteorológico está com problemas (HTTP {status}). Tente de novo daqui a alguns minutos.} other {{provider} está com problemas (HTTP {status}). Tente de novo daqui a alguns minutos.}}',
  'error.badRequest':
    '{provider, select, none {O serviço meteorológico rejeitou a requisição (HTTP {status}).} other {{provider} rejeitou a requisição (HTTP {status}).}}',
  'error.auth.keyMissing': 'O OpenWeatherMap precisa da sua própria chave de API: obtenha uma grátis em openweathermap.org e adicione-a em Configurações.',
  'error.auth.keyRejected':
    '{provider, select, none {O serviço meteorológico rejeitou a chave de API (401).} other {{provider} rejeitou a chave de API (401).}} Verifique a chave em Configurações; chaves novas podem levar até 2 horas para serem ativadas.',
  'error.auth.refused':
    '{provider, select, none {O serviço meteorológico recusou a requisição (HTTP {status}).} other {{provider} recusou a requisição (HTTP {status}).}}',
  'error.notFound.place': 'Nenhum local chamado "{query}" foi encontrado.',
  'error.notFound.favourite': 'Não existe favorito com o ID {id}; talvez tenha sido removido.',
  'error.notFound.other': '{provider, select, none {Nada foi encontrado.} other {{provider} não encontrou nada para esta requisição (HTTP {status}).}}',
  'error.malformed':
    '{provider, select, none {O serviço meteorológico enviou dados que o Skytray não entende.} other {{provider} enviou dados que o Skytray não entende.}}',
  'error.tooLarge':
    '{provider, select, none {O serviço meteorológico enviou uma resposta maior do que o Skytray aceita.} other {{provider} enviou uma resposta maior do que o Skytray aceita.}}',
  'error.aborted': 'A requisição foi cancelada.',
  'error.invalidInput': 'O Skytray não conseguiu usar um dos valores informados.',
  'error.invalidInput.keyNeedsHttps':
    '{provider, select, none {O serviço meteorológico envia sua chave de API em cada requisição, então a URL dele precisa usar https (ou apontar para este computador, como http://127.0.0.1): recebido {origin}.} other {{provider} envia sua chave de API em cada requisição, então a URL precisa usar https (ou apontar para este computador, como http://127.0.0.1): recebido {origin}.}}',
  'error.store.newerSchema': 'Este banco de dados foi gravado por uma versão mais nova do Skytray. Atualize o Skytray para abri-lo.',
  'error.store.corrupt': 'O banco de dados do Skytray está danificado e não pôde ser lido.',
  'error.store.busy': 'Outro Skytray (o app ou a linha de comando) manteve o banco de dados ocupado. Tente de novo daqui a pouco.',
  'error.store.disk':
    '{reason, select, full {O disco está cheio, então o Skytray não consegue gravar o banco de dados.} folderBlocked {Há um arquivo no lugar da pasta de dados do Skytray.} readOnly {O banco de dados do Skytray ou o disco em que ele está é somente leitura.} permission {O Skytray não tem permissão para gravar o banco de dados.} cantOpen {O banco de dados ou a pasta dele não deixa o Skytray gravar.} other {O disco não deixou o Skytray gravar o banco de dados.}}',
  'error.store.other': 'Algo deu errado com o banco de dados do Skytray.',
  'error.store.memoryOnly':
    'O Skytray não consegue salvar em {path}. Ele continua funcionando, mas as alterações serão perdidas quando ele for fechado. Libere espaço em disco ou verifique as permissões da pasta e reinicie o Skytray.',
  'error.store.recovered':
    '{outcome, select, backup {Não foi possível usar o banco de dados do Skytray; {count, plural, one {# local foi restaurado} many {# locais foram restaurados} other {# locais foram restaurados}} do backup.} salvaged {Não foi possível usar o banco de dados do Skytray e não havia backup utilizável; {count, plural, one {# local foi recuperado} many {# locais foram recuperados} other {# locais foram recuperados}} do arquivo danificado.} other {Não foi possível usar o banco de dados do Skytray, não havia backup utilizável e nenhum local pôde ser lido, então o Skytray começa vazio.}}',
  'error.store.damagedKept': 'O arquivo danificado foi mantido como {path}.',
  'error.request.forbidden': 'Esta janela não tem permissão para se comunicar com o Skytray.',
  'error.request.invalid': 'O Skytray não conseguiu usar o que a janela enviou.',

  // ── window: places and forecast
  'window.forecast.uvTitle': 'Índice UV',
  'window.forecast.uvNow': '{value} agora · {category}',
  'window.forecast.uvMax': 'Máximo de hoje: {value} · {category}',
  'window.forecast.uv.low': 'Baixo',
  'window.forecast.uv.moderate': 'Moderado',
  'window.forecast.uv.high': 'Alto',
  'window.forecast.uv.veryHigh': 'Muito alto',
  'window.forecast.uv.extreme': 'Extremo',
  'window.forecast.rainTitle': 'Próximas duas horas',
  'window.forecast.rainFrom':
    '{intensity, select, light {Chuva fraca a partir das {time}} moderate {Chuva moderada a partir das {time}} other {Chuva forte a partir das {time}}}',
  'window.forecast.rainNow': '{intensity, select, light {Chuva fraca agora} moderate {Chuva moderada agora} other {Chuva forte agora}}',
  'window.forecast.dry': 'Sem chuva nas próximas duas horas',
  'window.forecast.rainSpread': 'Com base em valores por hora: o momento exato em que começa é estimado.',
  'window.places.tab.places': 'Locais',
  'window.places.tab.settings': 'Configurações',
  'window.places.tab.diagnostics': 'Diagnóstico',
  'window.places.sections': 'Seções',
  'window.places.refreshAll': 'Atualizar tudo',
  'window.places.refreshingAll': 'Atualizando {done}/{total}…',
  'window.places.refreshProgress': 'Progresso da atualização',
  'window.places.refreshed': '{count, plural, =0 {Nenhum local atualizado} one {# local atualizado} many {# locais atualizados} other {# locais atualizados}}',
  'window.places.refreshFailed': '{place}: {error}',
  'window.places.backOnline': 'Conexão restabelecida',
  'window.places.ok': 'OK',
  'window.places.internalError': 'Algo deu errado dentro do Skytray. Os detalhes estão no log.',
  'window.places.search.label': 'Adicionar local',
  'window.places.search.placeholder': 'Nome da cidade ou 52.52, 13.41',
  'window.places.search.results': 'Locais encontrados',
  'window.places.search.found':
    '{count, plural, =0 {Nenhum local encontrado} one {# local encontrado} many {# locais encontrados} other {# locais encontrados}}',
  'window.places.list.label': 'Seus locais',
  'window.places.list.reorderHint': 'Arraste para reordenar ou pressione Alt+↑ / Alt+↓ em um local.',
  'window.places.list.empty': 'Nenhum local ainda. Pesquise acima para adicionar um.',
  'window.places.list.summary': '{temperature} {condition}',
  'window.places.list.unavailable': 'indisponível',
  'window.places.list.loading': 'carregando…',
  'window.places.list.isPrimary': '{place} é exibido na bandeja',
  'window.places.list.makePrimary': 'Exibir {place} na bandeja',
  'window.places.list.isPrimaryTitle': 'Exibido na bandeja',
  'window.places.list.makePrimaryTitle': 'Exibir na bandeja',
  'window.places.list.remove': 'Remover {place}',
  'window.places.list.removeTitle': 'Remover',
  'window.places.added': 'Adicionado: {place}',
  'window.places.removed': 'Removido: {place}.',
  'window.places.undo': 'Desfazer',
  'window.places.restored': '{place} está de volta',
  'window.forecast.title': 'Tempo',
  'window.forecast.notify': 'Notificar',
  'window.forecast.notifying': 'Notificando ✓',
  'window.forecast.notifyTitle': 'Notificações de chuva e tempo severo para este local',
  'window.forecast.refresh': 'Atualizar',
  'window.forecast.refreshing': 'Atualizando…',
  'window.forecast.errorShowingLastGood': '{error} Exibindo os últimos dados válidos.',
  'window.forecast.nextDays': 'Próximos dias',
  'window.forecast.feelsLike': 'Sensação térmica {temperature}',
  'window.forecast.highLow': 'Máx. {high} · Mín. {low}',
  'window.forecast.wind': 'Vento',
  'window.forecast.humidity': 'Umidade',
  'window.forecast.precipitation': 'Precipitação',
  'window.forecast.precipitationChance': '{amount} · {chance}',
  'window.forecast.localTime': 'Hora local',
  'window.forecast.sun': 'Sol',
  'window.forecast.attribution':
    '{provider, select, openweathermap {Dados meteorológicos do OpenWeather (CC BY-SA 4.0)} other {Dados meteorológicos do Open-Meteo.com (CC BY 4.0)}}',
  'window.forecast.sunriseSunset': '{sunrise} – {sunset}',

  // ── window: warnings and air
  'window.warnings.title': 'Avisos oficiais',
  'window.warnings.uncovered': 'Nenhum serviço oficial de avisos cobre este local',
  'window.warnings.unavailable': 'Avisos indisponíveis ({reason})',
  'window.warnings.none':
    '{source, select, nws {Nenhum aviso em vigor do National Weather Service} metalerts {Nenhum aviso em vigor do MET Norway} other {Nenhum aviso em vigor do MeteoAlarm}}',
  'window.warnings.more': 'Mais avisos para este local',
  'window.warnings.details': 'Detalhes',
  'window.warnings.from': 'A partir de {onset}',
  'window.warnings.until': 'Até {expires}',
  'window.warnings.fromUntil': 'De {onset} até {expires}',
  'window.warnings.timesNote': 'Horários no fuso do próprio local.',
  'window.warnings.issuer': 'Ler o aviso completo de {issuer}',
  'window.warnings.issuerUnnamed': 'Ler o aviso completo no site do emissor',
  'window.warnings.severity.Extreme': 'Grande perigo',
  'window.warnings.severity.Severe': 'Perigo',
  'window.warnings.severity.Moderate': 'Perigo potencial',
  'window.warnings.severity.Minor': 'Baixo perigo',
  'window.warnings.severity.Unknown': 'Aviso',
  'window.warnings.reason.network': 'sem conexão com {provider}',
  'window.warnings.reason.timeout': '{provider} não respondeu a tempo',
  'window.warnings.reason.rateLimited': '{provider} pediu ao Skytray que aguarde',
  'window.warnings.reason.server': '{provider} está com problemas',
  'window.warnings.reason.auth': '{provider} recusou a requisição',
  'window.warnings.reason.malformed': '{provider} enviou dados que o Skytray não entende',
  'window.warnings.reason.tooLarge': '{provider} enviou dados demais',
  'window.warnings.reason.unnamed': 'o serviço',
  'window.air.title': 'Qualidade do ar',
  'window.air.attribution': 'Qualidade do ar do Open-Meteo.com com dados do Copernicus Atmosphere Monitoring Service (CC BY 4.0)',
  'window.air.index': '{value} · {category}',
  'window.air.noIndex': 'Sem índice para este local no momento',
  'window.air.unavailable': 'Qualidade do ar indisponível ({reason})',
  'window.air.pollutants': 'Poluentes',
  'window.air.pollen': 'Pólen',
  'window.air.microgrammes': '{value} µg/m³',
  'window.air.grains': '{value} grãos/m³',
  'window.air.pm2_5': 'Partículas finas, de 2,5 µm ou menos',
  'window.air.pm10': 'Partículas, de 10 µm ou menos',
  'window.air.ozone': 'Ozônio',
  'window.air.nitrogenDioxide': 'Dióxido de nitrogênio',
  'window.air.pollen.alder': 'Amieiro',
  'window.air.pollen.birch': 'Bétula',
  'window.air.pollen.grass': 'Gramíneas',
  'window.air.pollen.mugwort': 'Artemísia',
  'window.air.pollen.olive': 'Oliveira',
  'window.air.pollen.ragweed': 'Ambrósia',
  'window.air.european.good': 'Boa',
  'window.air.european.fair': 'Razoável',
  'window.air.european.moderate': 'Moderada',
  'window.air.european.poor': 'Ruim',
  'window.air.european.very-poor': 'Muito ruim',
  'window.air.european.extremely-poor': 'Extremamente ruim',
  'window.air.us.good': 'Boa',
  'window.air.us.moderate': 'Moderada',
  'window.air.us.unhealthy-for-sensitive-groups': 'Insalubre para grupos sensíveis',
  'window.air.us.unhealthy': 'Insalubre',
  'window.air.us.very-unhealthy': 'Muito insalubre',
  'window.air.us.hazardous': 'Perigosa',

  // ── window: settings
  'window.settings.extras.legend': 'Avisos oficiais e qualidade do ar',
  'window.settings.extras.warnings': 'Notificar avisos oficiais',
  'window.settings.extras.warnings.off': 'Nunca',
  'window.settings.extras.warnings.Moderate': 'Perigo potencial ou mais grave',
  'window.settings.extras.warnings.Severe': 'Perigo ou mais grave',
  'window.settings.extras.warnings.Extreme': 'Só Grande perigo',
  'window.settings.extras.extreme': 'Avisos de Grande perigo podem ignorar as horas de silêncio',
  'window.settings.extras.extremeHint':
    'Somente avisos que o emissor classifica como Grande perigo (risco à vida), para os locais dos quais você recebe notificações.',
  'window.settings.extras.scale': 'Índice de qualidade do ar',
  'window.settings.extras.scale.auto': 'Conforme o local (índice dos EUA nos EUA)',
  'window.settings.extras.scale.european': 'Europeu (AEA)',
  'window.settings.extras.scale.us': 'EUA (EPA)',
  'window.settings.windUnit.legend': 'Velocidade do vento',
  'window.settings.windUnit.kilometresPerHour': 'Quilômetros por hora (km/h)',
  'window.settings.windUnit.metresPerSecond': 'Metros por segundo (m/s)',
  'window.settings.windUnit.milesPerHour': 'Milhas por hora (mph)',
  'window.settings.title': 'Configurações',
  'window.settings.saved': 'Salvo',
  'window.settings.language': 'Idioma',
  'window.settings.language.auto': 'Automático',
  'window.settings.clock': 'Relógio',
  'window.settings.clock.auto': 'Automático',
  'window.settings.clock.h12': '12 horas',
  'window.settings.clock.h23': '24 horas',
  'window.settings.units': 'Unidades',
  'window.settings.units.auto': 'Automático (pela região)',
  'window.settings.units.metric': 'Métrico (°C, km/h, mm)',
  'window.settings.units.imperial': 'Imperial (°F, mph, in)',
  'window.settings.interval': 'Atualizar a cada (minutos)',
  'window.settings.budget.noPlaces': 'Nenhum local ainda: atualizar não gasta nada.',
  'window.settings.budget.fits':
    '{places, plural, one {# local a cada {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} usa cerca de {calls} das {budget} chamadas por dia que o Skytray se permite.} many {# locais a cada {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} usam cerca de {calls} das {budget} chamadas por dia que o Skytray se permite.} other {# locais a cada {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} usam cerca de {calls} das {budget} chamadas por dia que o Skytray se permite.}}',
  'window.settings.budget.tooOften':
    '{places, plural, one {# local a cada {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} precisa de cerca de {calls} chamadas por dia, mais do que as {budget} chamadas por dia que o Skytray se permite: elas acabariam depois de cerca de {runsOut} a cada dia.} many {# locais a cada {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} precisam de cerca de {calls} chamadas por dia, mais do que as {budget} chamadas por dia que o Skytray se permite: elas acabariam depois de cerca de {runsOut} a cada dia.} other {# locais a cada {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} precisam de cerca de {calls} chamadas por dia, mais do que as {budget} chamadas por dia que o Skytray se permite: elas acabariam depois de cerca de {runsOut} a cada dia.}}',
  'window.settings.budget.fitsFrom':
    '{minutes, plural, one {Intervalos de # minuto ou mais cabem no limite.} many {Intervalos de # minutos ou mais cabem no limite.} other {Intervalos de # minutos ou mais cabem no limite.}}',
  'window.settings.budget.keepFewer':
    '{minutes, plural, one {Mesmo a cada # minuto é frequente demais: mantenha menos locais.} many {Mesmo a cada # minutos é frequente demais: mantenha menos locais.} other {Mesmo a cada # minutos é frequente demais: mantenha menos locais.}}',
  'window.settings.budget.duration': '{part, select, hours {{hours} h} minutes {{minutes} min} other {{hours} h {minutes} min}}',
  'window.settings.provider': 'Serviço meteorológico',
  'window.settings.provider.openMeteo': 'Open-Meteo (sem chave)',
  'window.settings.provider.openWeatherMap': 'OpenWeatherMap (sua própria chave)',
  'window.settings.key.label': 'Chave de API do OpenWeatherMap',
  'window.settings.key.placeholder': 'Sua chave de API',
  'window.settings.key.placeholderSaved': '•••••••• (salva)',
  'window.settings.key.save': 'Salvar chave',
  'window.settings.key.test': 'Testar chave',
  'window.settings.key.saved': 'Chave salva.',
  'window.settings.key.removed': 'Chave removida.',
  'window.settings.key.testing': 'Testando…',
  'window.settings.key.accepted': 'O OpenWeatherMap aceitou a chave.',
  'window.settings.key.enterFirst': 'Digite primeiro sua chave de API do OpenWeatherMap.',
  'window.settings.key.storage.osKeychain': 'Armazenada com criptografia pelo chaveiro do seu sistema.',
  'window.settings.key.storage.plainText':
    'Seu sistema não tem um chaveiro que o Skytray possa usar, então a chave é armazenada apenas levemente ofuscada (armazenamento basic_text do Electron). Qualquer pessoa com acesso aos seus arquivos poderia lê-la.',
  'window.settings.key.storage.unavailable':
    'Não há criptografia disponível, então a chave fica só na memória e precisa ser digitada de novo quando o Skytray reiniciar.',
  'window.settings.addresses': 'Endereços dos serviços (para um Open-Meteo auto-hospedado)',
  'window.settings.addresses.forecast': 'Previsão do Open-Meteo',
  'window.settings.addresses.geocoding': 'Geocodificação do Open-Meteo',
  'window.settings.addresses.public': 'Serviço público',
  'window.settings.notifications': 'Notificações',
  'window.settings.notifications.enabled': 'Permitir notificações (depois clique em “Notificar” em cada local que quiser)',
  'window.settings.notifications.rain': 'Chuva prestes a começar',
  'window.settings.notifications.severe': 'Trovoadas, neve forte, chuva congelante',
  'window.settings.notifications.quiet': 'Silêncio das {start} às {end}',
  'window.settings.startUp': 'Inicialização e janela',
  'window.settings.startUp.login': 'Iniciar o Skytray ao entrar na sessão',
  'window.settings.startUp.taskbar': 'Manter a janela na barra de tarefas',
  'window.settings.startUp.taskbarHint':
    'Assim, fechar a janela a minimiza, em vez de deixar o Skytray apenas na bandeja. O Skytray faz isso sozinho onde nenhum ícone de bandeja pode ser visto.',
  'window.settings.logLevel': 'Detalhe do log',
  'window.settings.logLevel.error': 'Só erros',
  'window.settings.logLevel.warn': 'Advertências e erros',
  'window.settings.logLevel.info': 'Normal',
  'window.settings.logLevel.debug': 'Tudo (para relatar um bug)',

  // ── window: diagnostics
  'window.diagnostics.title': 'Diagnóstico',
  'window.diagnostics.provider.airQuality': 'Open-Meteo qualidade do ar',
  'window.diagnostics.report': 'Relatório de diagnóstico',
  'window.diagnostics.summary':
    '{status, select, online {{provider}: conectado; dados mais antigos obtidos {age}; {searches, plural, =0 {nenhuma pesquisa respondida} one {# pesquisa respondida} many {# pesquisas respondidas} other {# pesquisas respondidas}} pelo cache.} other {{provider}: sem conexão; dados mais antigos obtidos {age}; {searches, plural, =0 {nenhuma pesquisa respondida} one {# pesquisa respondida} many {# pesquisas respondidas} other {# pesquisas respondidas}} pelo cache.}}',
  'window.diagnostics.requests': 'Requisições por serviço',
  'window.diagnostics.requestsCaption': 'Requisições por serviço (últimas {count})',
  'window.diagnostics.column.service': 'Serviço',
  'window.diagnostics.column.requests': 'Requisições',
  'window.diagnostics.column.retries': 'Novas tentativas',
  'window.diagnostics.column.failures': 'Falhas',
  'window.diagnostics.column.lastError': 'Último erro',
  'window.diagnostics.noRequests': 'Nenhuma requisição ainda.',
  'window.diagnostics.copy': 'Copiar relatório',
  'window.diagnostics.copied': 'Copiado.',
  'window.diagnostics.copyByHand': 'Selecione o texto e copie-o.',
  'window.diagnostics.reload': 'Recarregar',
  'window.diagnostics.showLog': 'Mostrar arquivo de log',
  'window.diagnostics.logShown': 'O arquivo de log é mostrado no seu gerenciador de arquivos.',
  'window.diagnostics.budgetCaption': 'Chamadas a {provider} (ponderadas), frente aos limites do próprio Skytray',
  'window.diagnostics.column.period': 'Período',
  'window.diagnostics.column.used': 'Usadas',
  'window.diagnostics.column.limit': 'Limite',
  'window.diagnostics.report.provider': 'Provedor',
  'window.diagnostics.report.queue': 'fila',
  'window.diagnostics.report.online': 'Conectado',
  'window.diagnostics.report.paused': 'pausado (suspensão)',
  'window.diagnostics.report.units': 'Unidades',
  'window.diagnostics.report.wind': 'vento em',
  'window.diagnostics.report.refresh': 'atualizar a cada',
  'window.diagnostics.report.customUrls': 'URLs personalizadas',
  'window.diagnostics.report.database': 'Banco de dados',
  'window.diagnostics.report.oldestData': 'Dados mais antigos',
  'window.diagnostics.report.cacheSearches': 'pesquisas respondidas pelo cache',
  'window.diagnostics.report.perProvider': 'Por provedor (últimas {count} requisições)',
  'window.diagnostics.report.recent': 'Requisições recentes',
  'window.diagnostics.report.logFile': 'Arquivo de log',

  // ── window: chart and days
  'window.chart.title': '{hours, plural, one {Próxima hora} many {Próximas # horas} other {Próximas # horas}}',
  'window.chart.tableCaption':
    '{hours, plural, one {Próxima hora, no fuso do local} many {Próximas # horas, no fuso do local} other {Próximas # horas, no fuso do local}}',
  'window.chart.now': 'Agora',
  'window.chart.sunrise': '↑{time}',
  'window.chart.sunset': '↓{time}',
  'window.chart.slider': 'Hora',
  'window.chart.help':
    'As setas para a esquerda e para a direita avançam uma hora; Page Up e Page Down, seis horas; Home e End vão para a primeira e a última hora. A mesma previsão está na tabela a seguir.',
  'window.chart.showTable': 'Mostrar tabela',
  'window.chart.hideTable': 'Ocultar tabela',
  'window.chart.legend.temperature': 'Temperatura',
  'window.chart.legend.feelsLike': 'Sensação térmica',
  'window.chart.legend.precipitation': 'Precipitação (mais escuro: mais provável)',
  'window.chart.noHours': 'Sem previsão por hora',
  'window.chart.column.time': 'Hora',
  'window.chart.column.condition': 'Condição',
  'window.chart.column.temperature': 'Temperatura',
  'window.chart.column.feelsLike': 'Sensação',
  'window.chart.column.precipitation': 'Precipitação',
  'window.chart.column.chance': 'Chance',
  'window.chart.dayAndTime': '{weekday} {time}',
  'window.chart.hourSummary': '{time}: {condition}, {temperature}, sensação térmica {feelsLike}, {precipitation}, {chance} de chance',
  'window.chart.next.wetFrom': '{condition} a partir de {when}',
  'window.chart.next.dryFrom': 'Tempo seco a partir de {when}',
  'window.chart.next.wetFor':
    '{hours, plural, one {{condition} na próxima hora} many {{condition} nas próximas # horas} other {{condition} nas próximas # horas}}',
  'window.chart.next.dryFor':
    '{hours, plural, one {Tempo seco na próxima hora} many {Tempo seco nas próximas # horas} other {Tempo seco nas próximas # horas}}',
  'window.days.today': 'Hoje',
  'window.days.chanceTitle': 'Chance de precipitação',
  'window.days.chance': 'precipitação {chance}',
  'window.days.low': 'mínima {temperature}',
  'window.days.high': 'máxima {temperature}',

  // ── window: about
  'window.about.licence': 'Software livre sob a licença MIT.',
  'window.about.copyright': 'Copyright © 2026 os autores do Skytray',
  'window.about.authors': 'Os autores do Skytray',
  'window.about.copyrightAndLicence': '{copyright}. {licence}',
  'window.about.title': 'Sobre o Skytray',
  'window.about.version': 'Skytray {version}',
  'window.about.homepage': 'Site:',
  'window.about.credits': 'Créditos',
  'window.about.credit.icons': 'Ícones do tempo: Meteocons, de Bas Milius, licença MIT.',
  'window.about.credit.openMeteo': 'Dados meteorológicos de Open-Meteo.com, sob a licença CC BY 4.0.',
  'window.about.credit.airQuality': 'Qualidade do ar de Open-Meteo.com, com dados do Copernicus Atmosphere Monitoring Service, sob a licença CC BY 4.0.',
  'window.about.credit.openWeather': 'Dados meteorológicos da OpenWeather, sob a licença CC BY-SA 4.0.',

  // ── tray
  'tray.reading': '{temperature}, {condition}',
  'tray.place.primary': '★ {place}',
  'tray.place.reading': '{place}: {reading}',
  'tray.place.stale': '{place}: {reading} (desatualizado)',
  'tray.place.loading': '{place}: carregando…',
  'tray.place.unavailable': '{place}: indisponível',
  'tray.placeWithWarning': '{line}  ⚠ {event}',
  'tray.tooltip.noPlaces': 'Skytray: nenhum local ainda. Abra o Skytray para adicionar um.',
  'tray.tooltip.loading': 'Skytray: {place}, ainda sem dados do tempo.',
  'tray.tooltip.failed': 'Skytray: {place}, ainda sem dados do tempo. {problem}',
  'tray.tooltip.reading': '{place}: {reading} ({updated})',
  'tray.tooltipWarning': '⚠ {event} ({place})',
  'tray.airQuality': 'Qualidade do ar',
  'tray.airQualityLine': '{place}: {index} {value}, {category}',
  'tray.refresh': 'Atualizar agora',
  'tray.refreshing': 'Atualizando… {done}/{total}',
  'tray.open': 'Abrir o Skytray',
  'tray.settings': 'Configurações…',
  'tray.quit': 'Sair do Skytray',
  'tray.notice.unavailable':
    'Seu ambiente de trabalho parece não mostrar ícones de bandeja, então o Skytray fica na barra de tarefas: fechar esta janela a minimiza. No GNOME, instale e ative a extensão “AppIndicator and KStatusNotifierItem Support” e inicie o Skytray novamente para ter o ícone na bandeja.',
  'tray.notice.pin':
    'O Skytray fica na área de notificação, à direita da barra de tarefas. Se o Windows esconder o ícone atrás da seta ^, arraste-o para a barra de tarefas ou ative o Skytray em Configurações > Personalização > Barra de tarefas > Outros ícones da bandeja do sistema.',

  // ── notifications
  'notification.warning.title': '{event} em {place}',
  'notification.warning.bodyUntil': '{headline} Em vigor até {day} às {time}.',
  'notification.warning.bodyOpen': '{headline}',
  'notification.warning.headlineMissing': '{event} para {area}.',
  'notification.rainSoon.title': 'Chuva à vista em {place}',
  'notification.rainSoon.bodyLight': 'Chuva fraca a partir das {time}',
  'notification.rainSoon.bodyModerate': 'Chuva moderada a partir das {time}',
  'notification.rainSoon.bodyHeavy': 'Chuva forte a partir das {time}',
  'notification.rainSoon.hourlyBody': '{condition} em cerca de {minutes, plural, one {# minuto} many {# minutos} other {# minutos}} ({chance} de chance).',
  'notification.severe.nowTitle': '{condition} em {place}',
  'notification.severe.nowBody': '{condition} agora.',
  'notification.severe.expectedTitle': 'Previsão em {place}: {condition}',
  'notification.severe.expectedBody': 'Previsão: {condition} por volta das {time} (hora local).',

  // ── dialogs
  'dialog.startup.dataTitle': 'O Skytray não consegue abrir seus dados',
  'dialog.startup.failedTitle': 'Não foi possível iniciar o Skytray',
  'dialog.startup.storeDisk':
    '{problem} Verifique se o disco tem espaço livre e se o Skytray pode gravar na pasta dele; depois, inicie o Skytray novamente.\n\n{details}',
  'dialog.startup.storeCorrupt':
    '{problem} O Skytray não conseguiu reparar o banco de dados nem colocá-lo de lado. Mova o arquivo para outro lugar (ele guarda seus locais) e inicie o Skytray novamente.\n\n{details}',
  'dialog.startup.storeNewer': '{problem}\n\n{details}',
  'dialog.startup.storeOther': '{problem} Inicie o Skytray novamente; se isso continuar acontecendo, relate o problema junto com o log.\n\n{details}',
  'dialog.startup.engine': '{problem}\n\n{details}',
  'dialog.startup.files':
    'O Skytray não conseguiu usar os arquivos da pasta de dados ({problem}). Verifique essa pasta e inicie o Skytray novamente.\n\n{details}',
  'dialog.startup.unexpected':
    'Algo inesperado deu errado durante a inicialização ({problem}). Inicie o Skytray novamente; se isso continuar acontecendo, relate o problema junto com o log.\n\n{details}',
  'dialog.startup.unwritableFolder':
    'O Skytray não consegue gravar em {folder} ({problem}). Verifique se essa pasta existe e se você tem permissão para gravar nela; depois, inicie o Skytray novamente.',
  'dialog.startup.unknownFolder': 'sua pasta de dados',
  'dialog.startup.detailsInLog': 'Os detalhes estão no log: {path}',
  'dialog.startup.detailsInTerminal': 'Os detalhes foram escritos no terminal (não foi possível abrir o arquivo de log).',
  'dialog.log.noFile': 'O Skytray não conseguiu abrir o arquivo de log e, por isso, registra apenas no terminal.',
  'dialog.log.folderNotOpened': 'Não foi possível abrir a pasta de logs {folder}: {problem}',

  // ── cli
  'cli.unknownLanguage': 'O Skytray não fala “{lang}”. Idiomas disponíveis: {languages}.',
  'cli.help.usage': `Uso:
  weather [opções] local ...             o tempo nestes locais, agora
  weather [opções]                       seus favoritos com o tempo salvo (atualizado se estiver desatualizado)
  weather [opções] refresh               atualiza todos os favoritos agora
  weather [opções] alerts [local ...]    avisos oficiais em vigor nesses locais (padrão: seus favoritos)
  weather [opções] favourites list
  weather [opções] favourites add PLACE
  weather [opções] favourites remove ID
  weather [opções] favourites move ID POSITION    (as posições contam a partir de 1)
  weather [opções] favourites primary ID          (o local que a bandeja mostra)`,
  'cli.help.places': 'Um local é um nome ("São Paulo", "Springfield, Illinois") ou coordenadas ("52.52,13.41", "-33.87,151.21").',
  'cli.help.options': `Opções:
  --db PATH              o banco de dados (padrão: o que o app Skytray usa)
  --provider NAME        open-meteo (sem chave) ou openweathermap; padrão: a configuração salva, senão open-meteo
  --forecast-url ORIGIN  onde fica a API de previsão, ex.: http://127.0.0.1:8089
  --geocoding-url ORIGIN onde fica a API de busca de locais
  --nws-url ORIGIN       onde fica a API do National Weather Service dos EUA (padrão https://api.weather.gov)
  --metalerts-url ORIGIN onde fica a API do MET Norway (padrão https://api.met.no)
  --meteoalarm-url ORIGIN onde ficam os feeds do MeteoAlarm (padrão https://feeds.meteoalarm.org)
  --air-quality-url ORIGIN onde fica a API de qualidade do ar do Open-Meteo
  --units SYSTEM         metric ou imperial; padrão: a configuração salva, senão metric
  --wind-unit UNIT       km/h, m/s ou mph, qualquer que seja o sistema; padrão: a configuração salva, senão a do sistema
  --api-key KEY          chave do OpenWeatherMap (ou defina {env})
  --lang CODE            o idioma da tabela, da ajuda e das mensagens ({languages});
                         padrão: LC_ALL, LC_MESSAGES ou LANG, senão inglês. O JSON continua em inglês.
  --json                 imprime JSON em vez de uma tabela
  --log-file PATH        também grava o log (linhas JSON) neste arquivo; SKYTRAY_LOG=debug para mais detalhes
  -h, --help             mostra esta ajuda`,
  'cli.help.json': 'Com --json, cada local de "weather local ..." também traz seus "alerts" e "airQuality".',
  'cli.help.exitStatus': 'Código de saída: 0 sucesso, 1 algum local falhou (em alerts: um serviço de avisos não respondeu), 2 erro de uso.',
  'cli.usage.unknownOption': 'opção desconhecida "{option}"',
  'cli.usage.missingValue': '{option} precisa de um valor',
  'cli.usage.noValue': '{option} não aceita valor',
  'cli.usage.provider': '--provider deve ser um destes: {providers}; recebido "{value}"',
  'cli.usage.units': '--units deve ser metric ou imperial; recebido "{value}"',
  'cli.usage.windUnit': '--wind-unit deve ser um destes: {units}; recebido "{value}"',
  'cli.usage.needsPath': '{option} precisa do caminho de um arquivo',
  'cli.usage.originNotUrl': '{option} deve ser uma URL como https://api.open-meteo.com; recebido "{value}".',
  'cli.usage.originScheme': '{option} deve usar http ou https; recebido "{scheme}".',
  'cli.usage.originParts': '{option} deve ser uma origem (com caminho opcional), sem consulta, fragmento ou credenciais.',
  'cli.usage.wholeNumber': '{what} deve ser um número inteiro maior ou igual a {min}; recebido "{value}"',
  'cli.usage.refreshTakesNoPlace': 'refresh não aceita local: ele atualiza todos os favoritos (para o tempo de um lugar, tire o "refresh")',
  'cli.usage.favouritesArguments':
    'favourites {action} {count, plural, =0 {não aceita argumentos} one {aceita # argumento} many {aceita # argumentos} other {aceita # argumentos}}',
  'cli.usage.favouritesAddNeedsPlace': 'favourites add precisa de um local, ex.: favourites add "Springfield, Illinois"',
  'cli.usage.favouritesAction': 'ação de favourites desconhecida "{action}": use list, add, remove, move ou primary',
  'cli.usage.emptyPlace': 'o local não pode ficar vazio: informe um nome como "São Paulo" ou coordenadas como 52.52,13.41',
  'cli.usage.placeTooLong': 'um local tem no máximo {max} caracteres; o informado tem {length}',
  'cli.usage.notOnEarth': '"{query}" não é um local na Terra: a latitude deve estar entre -90 e 90 e a longitude entre -180 e 180.',
  'cli.logFileUnwritable': 'não foi possível gravar o arquivo de log {path}: {reason}',
  'cli.apiKeyMissing':
    'O OpenWeatherMap precisa da sua própria chave de API: obtenha uma grátis em openweathermap.org e adicione-a em Configurações (ou defina {env}).',
  'cli.table.place': 'Local',
  'cli.table.localTime': 'Hora local',
  'cli.table.temperature': 'Temp.',
  'cli.table.feelsLike': 'Sensação',
  'cli.table.condition': 'Condição',
  'cli.table.wind': 'Vento',
  'cli.table.humidity': 'Umidade',
  'cli.table.precipitation': 'Precip.',
  'cli.table.uv': 'UV (máx.)',
  'cli.table.today': 'Hoje',
  'cli.table.precipitationWithChance': '{amount} ({chance})',
  'cli.table.uvNowAndMax': '{now} ({max})',
  'cli.table.lowAndHigh': '{low} / {high}',
  'cli.severity.Extreme': 'Grande perigo',
  'cli.severity.Severe': 'Perigo',
  'cli.severity.Moderate': 'Perigo potencial',
  'cli.severity.Minor': 'Baixo perigo',
  'cli.severity.Unknown': 'Desconhecido',
  'cli.warning.until': 'Aviso: {event} ({severity}) até {until}',
  'cli.warning.open': 'Aviso: {event} ({severity})',
  'cli.warning.ends': '{weekday} às {time}',
  'cli.warning.more': 'Mais {count} em vigor: weather alerts "{place}"',
  'cli.warning.failed': 'Não foi possível obter os avisos: {reason}',
  'cli.alerts.noFavourites': 'Ainda não há favoritos. Informe locais: weather alerts "Berlin" "Denver"',
  'cli.alerts.heading': '{place} ({source})',
  'cli.alerts.noService': 'Nenhum serviço oficial de avisos cobre este local.',
  'cli.alerts.none': 'Nenhum aviso em vigor.',
  'cli.alerts.elsewhere': 'Mais {count} em vigor em outras partes do país.',
  'cli.alerts.fromUntil': 'de {start} até {end}',
  'cli.alerts.from': 'a partir de {start}',
  'cli.alerts.until': 'até {end}',
  'cli.alerts.dateAndTime': '{weekday}, {date}, {time}',
  'cli.alerts.area': 'Área: {area}',
  'cli.store.noFavourites': 'Ainda não há favoritos. Adicione um com: npm run -s weather -- favourites add Berlin',
  'cli.store.refreshingStale': 'Atualizando {stale} de {total} (mais antigos que o intervalo de atualização)...',
  'cli.store.refreshedOf': 'Atualizados: {done} de {total}.',
  'cli.store.refreshedFavourites': 'Favoritos atualizados: {done} de {total}.',
  'cli.store.listHeading': '  ID  Pos     Local',
  'cli.store.added': 'Adicionado: {place} (ID {id}).',
  'cli.store.addedShownInTray': 'Adicionado: {place} (ID {id}), exibido na bandeja.',
  'cli.store.alreadyFavourite': 'Já é favorito: {place} (ID {id}).',
  'cli.store.alreadyFavouriteShownInTray': 'Já é favorito: {place} (ID {id}), exibido na bandeja.',
  'cli.store.removed': 'Favorito {id} removido.',
  'cli.store.moved': 'Favorito {id} movido para a posição {position}.',
  'cli.store.primary': 'O favorito {id} agora é o exibido na bandeja.',
  'cli.store.dataAge': 'Idade dos dados:',
  'cli.store.placeAge': '{place}: {age}',
  'cli.store.placeAgeFailed': '{place}: {age} (a última atualização falhou: {reason})',
} as const satisfies Catalogue;
