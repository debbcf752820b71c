// Skytray's words in Japanese. Sentences polite (です/ます), labels as nouns; weather words as the
// Japan Meteorological Agency (気象庁) uses them. A space around Latin words (Skytray, provider
// names, API), none around numbers and times; 「」 around what a person typed.
//
// Glossary:
//   updated → 更新（「更新：{age}」: reads with 4 分前, たった今 and なし alike）  refresh → 更新
//   out of date → 古いデータ       offline → オフライン       loading → 読み込み中
//   never → なし   just now → たった今   place(s) → 地点   favourite(s) → お気に入り   tray → トレイ
//   Settings → 設定   API key → API キー   folder → フォルダー   weather service → 気象サービス
//   official warnings → 気象警報   warning → 警報   in force → 発表中   issuer → 発表元
//   CAP severity: Extreme 極めて重大, Severe 重大, Moderate 中程度, Minor 軽微
//   air quality → 大気質   UV index → UVインデックス (JMA), categories 弱い … 極端に強い
//   calls (provider requests) → 呼び出し   weighted → 重み付き   last hour → 直近1時間
//   compass → 北, 北東, 東 … (JMA's 8 points)   quiet hours → おやすみ時間
//   clear → 快晴   mainly clear → 晴れ   partly cloudy → 晴れ時々曇り   overcast → 曇り
//   drizzle → 霧雨   freezing rain/drizzle → 着氷性の雨/霧雨   heavy rain/snow → 強い雨/雪
//   light/moderate/heavy rain → 弱い雨/雨/強い雨   showers → にわか雨/にわか雪   thunderstorm → 雷雨
//   sleet → みぞれ   squalls → スコール   tornado → 竜巻
import type { Catalogue } from './en.ts';

export const ja = {
  // ── common
  'common.age.never': 'なし',
  'common.age.justNow': 'たった今',
  'common.compass.n': '北',
  'common.compass.ne': '北東',
  'common.compass.e': '東',
  'common.compass.se': '南東',
  'common.compass.s': '南',
  'common.compass.sw': '南西',
  'common.compass.w': '西',
  'common.compass.nw': '北西',
  'common.windWithDirection': '{direction} {speed}',
  'common.freshness.updatedNote': '{freshness, select, offline {更新：{age}（オフライン）} stale {更新：{age}（古いデータ）} other {更新：{age}}}',
  'common.freshness.updated': '更新：{age}',
  'common.freshness.outOfDate': '古いデータ · 更新：{age}',
  'common.freshness.offlineShowing': 'オフライン · {age}のデータを表示中',
  'common.freshness.loading': '読み込み中…',
  'common.freshness.summaryOffline': 'オフライン：{age}のデータを表示中',
  'common.freshness.summarySomeStale': '更新：{age}（一部の地点は古いデータ）',
  'common.freshness.noData': 'まだデータがありません',
  'common.freshness.headlineOffline': 'オフライン：保存済みの天気を表示中',
  'common.callBudget.period': '{window, select, minute {直近1分間} hour {直近1時間} other {直近24時間}}',
  'common.callBudget.window':
    '{window, select, minute {直近1分間に{used}回（上限{limit}回）} hour {直近1時間に{used}回（上限{limit}回）} other {直近24時間に{used}回（上限{limit}回）}}',
  'common.callBudget.summary': '{provider} の呼び出し回数（重み付き）：{windows}',
  'common.placeCount': '{count, plural, other {#地点}}',
  'common.airQuality.index': '{index, select, us {米国 AQI} other {欧州 AQI}}',

  // ── conditions
  'condition.clear': '快晴',
  'condition.mainly-clear': '晴れ',
  'condition.partly-cloudy': '晴れ時々曇り',
  'condition.overcast': '曇り',
  'condition.fog': '霧',
  'condition.drizzle': '霧雨',
  'condition.freezing-drizzle': '着氷性の霧雨',
  'condition.rain': '雨',
  'condition.heavy-rain': '強い雨',
  'condition.freezing-rain': '着氷性の雨',
  'condition.snow': '雪',
  'condition.heavy-snow': '強い雪',
  'condition.rain-showers': 'にわか雨',
  'condition.snow-showers': 'にわか雪',
  'condition.thunderstorm': '雷雨',
  'condition.thunderstorm-hail': 'ひょうを伴う雷雨',
  'condition.sleet': 'みぞれ',
  'condition.squalls': 'スコール',
  'condition.tornado': '竜巻',
  'condition.unknown': '不明',

  // ── errors
  'error.network':
    '{provider, select, none {天気の取得中に問題が発生しました。} other {{provider} に接続できませんでした。インターネット接続を確認してください。}}',
  'error.timeout': '{provider, select, none {気象サービスから時間内に応答がありませんでした。} other {{provider} から時間内に応答がありませんでした。}}',
  'error.rateLimited.nextTry': '{provider, select, none {リクエスト制限中。{time}に再試行} other {{provider} によるリクエスト制限中。{time}に再試行}}',
  'error.rateLimited.retrying':
    '{provider, select, none {気象サービスが現在リクエストを制限しています。Skytray は後で再試行します。} other {{provider} が現在リクエストを制限しています。Skytray は後で再試行します。}}',
  'error.rateLimited.tryAgain':
    '{provider, select, none {気象サービスが現在リクエストを制限しています。1分ほどしてからもう一度お試しください。} other {{provider} が現在リクエストを制限しています。1分ほどしてからもう一度お試しください。}}',
  'error.server.retrying':
    '{provider, select, none {気象サービスで問題が発生しています（HTTP {status}）。Skytray は後で再試行します。} other {{provider} で問題が発生しています（HTTP {status}）。Skytray は後で再試行します。}}',
  'error.server.tryAgain':
    '{provider, select, none {気象サービスで問題が発生しています（HTTP {status}）。数分後にもう一度お試しください。} other {{provider} で問題が発生しています（HTTP {status}）。数分後にもう一度お試しください。}}',
  'error.badRequest':
    '{provider, select, none {気象サービスがリクエストを受け付けませんでした（HTTP {status}）。} other {{provider} がリクエストを受け付けませんでした（HTTP {status}）。}}',
  'error.auth.keyMissing': 'OpenWeatherMap を使うには自分の API キーが必要です。openweathermap.org で無料で取得し、設定で追加してください。',
  'error.auth.keyRejected':
    '{provider, select, none {気象サービスが API キーを拒否しました（401）。} other {{provider} が API キーを拒否しました（401）。}}設定でキーを確認してください。新しいキーが有効になるまで最大2時間かかることがあります。',
  'error.auth.refused':
    '{provider, select, none {気象サービスがリクエストを拒否しました（HTTP {status}）。} other {{provider} がリクエストを拒否しました（HTTP {status}）。}}',
  'error.notFound.place': '「{query}」という地点は見つかりませんでした。',
  'error.notFound.favourite': 'ID {id} のお気に入りはありません。削除された可能性があります。',
  'error.notFound.other':
    '{provider, select, none {何も見つかりませんでした。} other {{provider} でこのリクエストに該当するものが見つかりませんでした（HTTP {status}）。}}',
  'error.malformed':
    '{provider, select, none {気象サービスから Skytray が理解できないデータが届きました。} other {{provider} から Skytray が理解できないデータが届きました。}}',
  'error.tooLarge':
    '{provider, select, none {気象サービスから Skytray が受け付けられる大きさを超える応答が届きました。} other {{provider} から Skytray が受け付けられる大きさを超える応答が届きました。}}',
  'error.aborted': 'リクエストはキャンセルされました。',
  'error.invalidInput': 'Skytray は指定された値を使用できませんでした。',
  'error.invalidInput.keyNeedsHttps':
    '{provider, select, none {気象サービスにはすべてのリクエストで API キーが送信されるため、URL には https を使う必要があります（または http://127.0.0.1 のようにこのコンピューターを指定してください）。指定された値：{origin}} other {{provider} にはすべてのリクエストで API キーが送信されるため、URL には https を使う必要があります（または http://127.0.0.1 のようにこのコンピューターを指定してください）。指定された値：{origin}}}',

  'error.store.newerSchema': 'このデータベースは新しいバージョンの Skytray で作成されました。開くには Skytray をアップデートしてください。',
  'error.store.corrupt': 'Skytray のデータベースが破損しているため、読み込めませんでした。',
  'error.store.busy': '別の Skytray（アプリまたは CLI）がデータベースを使用中でした。しばらくしてからもう一度お試しください。',
  'error.store.disk':
    '{reason, select, full {ディスクがいっぱいのため、Skytray はデータベースに書き込めません。} folderBlocked {Skytray のデータフォルダーの場所にファイルがあり、フォルダーを使用できません。} readOnly {Skytray のデータベースまたはディスクが読み取り専用です。} permission {Skytray にはデータベースへの書き込みが許可されていません。} cantOpen {データベースまたはそのフォルダーに Skytray が書き込めません。} other {ディスクに Skytray のデータベースを書き込めませんでした。}}',
  'error.store.other': 'Skytray のデータベースで問題が発生しました。',
  'error.store.memoryOnly':
    'Skytray は {path} に保存できません。動作は続けますが、終了すると変更は失われます。ディスクの空き容量を増やすかフォルダーのアクセス許可を確認してから、Skytray を再起動してください。',
  'error.store.recovered':
    '{outcome, select, backup {Skytray のデータベースを使用できなかったため、バックアップから{count, plural, other {#地点}}を復元しました。} salvaged {Skytray のデータベースを使用できず、使えるバックアップもなかったため、破損したファイルから{count, plural, other {#地点}}を救出しました。} other {Skytray のデータベースを使用できず、使えるバックアップもなく、地点を1つも読み取れなかったため、Skytray は空の状態で起動します。}}',
  'error.store.damagedKept': '破損したファイルは {path} として保存しました。',
  'error.request.forbidden': 'このウィンドウは Skytray と通信できません。',
  'error.request.invalid': 'ウィンドウから送られた内容を Skytray は使用できませんでした。',

  // ── window: places and forecast
  // UV categories as JMA words them: 弱い, 中程度, 強い, 非常に強い, 極端に強い.
  'window.forecast.uvTitle': 'UVインデックス',
  'window.forecast.uvNow': '現在{value} · {category}',
  'window.forecast.uvMax': '今日の最大{value} · {category}',
  'window.forecast.uv.low': '弱い',
  'window.forecast.uv.moderate': '中程度',
  'window.forecast.uv.high': '強い',
  'window.forecast.uv.veryHigh': '非常に強い',
  'window.forecast.uv.extreme': '極端に強い',
  'window.forecast.rainTitle': '今後2時間',
  'window.forecast.rainFrom': '{intensity, select, light {{time}から弱い雨} moderate {{time}から雨} other {{time}から強い雨}}',
  'window.forecast.rainNow': '{intensity, select, light {弱い雨が降っています} moderate {雨が降っています} other {強い雨が降っています}}',
  'window.forecast.dry': '今後2時間は雨の心配はありません',
  'window.forecast.rainSpread': '1時間ごとの値に基づくため、降り始めの時刻は目安です。',
  'window.places.tab.places': '地点',
  'window.places.tab.settings': '設定',
  'window.places.tab.diagnostics': '診断',
  'window.places.sections': 'セクション',
  'window.places.refreshAll': 'すべて更新',
  'window.places.refreshingAll': '更新中（{done}/{total}）…',
  'window.places.refreshProgress': '更新の進行状況',
  'window.places.refreshed': '{count, plural, other {#地点を更新しました}}',
  'window.places.refreshFailed': '{place}：{error}',
  'window.places.backOnline': 'オンラインに戻りました',
  'window.places.ok': 'OK',
  'window.places.internalError': 'Skytray 内部で問題が発生しました。詳細はログにあります。',
  'window.places.search.label': '地点を追加',
  'window.places.search.placeholder': '都市名、または 52.52, 13.41',
  'window.places.search.results': '見つかった地点',
  'window.places.search.found': '{count, plural, other {#件の地点が見つかりました}}',
  'window.places.list.label': '登録した地点',
  'window.places.list.reorderHint': 'ドラッグするか、地点の上で Alt+↑ / Alt+↓ キーを押して並べ替えます。',
  'window.places.list.empty': 'まだ地点がありません。上の検索で追加してください。',
  'window.places.list.summary': '{temperature} {condition}',
  'window.places.list.unavailable': '取得できません',
  'window.places.list.loading': '読み込み中…',
  'window.places.list.isPrimary': '{place}をトレイに表示中',
  'window.places.list.makePrimary': '{place}をトレイに表示',
  'window.places.list.isPrimaryTitle': 'トレイに表示中',
  'window.places.list.makePrimaryTitle': 'トレイに表示',
  'window.places.list.remove': '{place}を削除',
  'window.places.list.removeTitle': '削除',
  'window.places.added': '{place}を追加しました',
  'window.places.removed': '{place}を削除しました。',
  'window.places.undo': '元に戻す',
  'window.places.restored': '{place}を元に戻しました',
  'window.forecast.title': '天気',
  'window.forecast.notify': '通知する',
  'window.forecast.notifying': '通知中 ✓',
  'window.forecast.notifyTitle': 'この地点の雨と悪天候の通知',
  'window.forecast.refresh': '更新',
  'window.forecast.refreshing': '更新中…',
  'window.forecast.errorShowingLastGood': '{error}最後に取得できたデータを表示しています。',
  'window.forecast.nextDays': '今後数日間',
  'window.forecast.feelsLike': '体感{temperature}',
  'window.forecast.highLow': '最高{high} · 最低{low}',
  'window.forecast.wind': '風',
  'window.forecast.humidity': '湿度',
  'window.forecast.precipitation': '降水',
  'window.forecast.precipitationChance': '{amount} · {chance}',
  'window.forecast.localTime': '現地時刻',
  'window.forecast.sun': '日の出・日の入り',
  'window.forecast.attribution': '{provider, select, openweathermap {気象データ：OpenWeather（CC BY-SA 4.0）} other {気象データ：Open-Meteo.com（CC BY 4.0）}}',
  'window.forecast.sunriseSunset': '{sunrise}～{sunset}',

  // ── window: warnings and air
  'window.warnings.title': '気象警報',
  'window.warnings.uncovered': 'この地点を対象とする公式の警報サービスはありません',
  'window.warnings.unavailable': '警報を取得できません（{reason}）',
  'window.warnings.none':
    '{source, select, nws {National Weather Service から発表中の警報はありません} metalerts {MET Norway から発表中の警報はありません} other {MeteoAlarm から発表中の警報はありません}}',
  'window.warnings.more': 'この地点のその他の警報',
  'window.warnings.details': '詳細',
  'window.warnings.from': '{onset}から',
  'window.warnings.until': '{expires}まで',
  'window.warnings.fromUntil': '{onset}から{expires}まで',
  'window.warnings.timesNote': '時刻は現地時間です。',
  'window.warnings.issuer': '{issuer} の警報の全文を読む',
  'window.warnings.issuerUnnamed': '発表元の警報の全文を読む',
  'window.warnings.severity.Extreme': '極めて重大',
  'window.warnings.severity.Severe': '重大',
  'window.warnings.severity.Moderate': '中程度',
  'window.warnings.severity.Minor': '軽微',
  'window.warnings.severity.Unknown': '警報',
  // Reasons, inside window.warnings.unavailable's brackets.
  'window.warnings.reason.network': '{provider} に接続できません',
  'window.warnings.reason.timeout': '{provider} から時間内に応答がありません',
  'window.warnings.reason.rateLimited': '{provider} から待つよう求められました',
  'window.warnings.reason.server': '{provider} で問題が発生しています',
  'window.warnings.reason.auth': '{provider} がリクエストを拒否しました',
  'window.warnings.reason.malformed': '{provider} から Skytray が理解できないデータが届きました',
  'window.warnings.reason.tooLarge': '{provider} から届いたデータが大きすぎます',
  'window.warnings.reason.unnamed': '警報サービス',
  'window.air.title': '大気質',
  'window.air.attribution': '大気質：Open-Meteo.com（Copernicus Atmosphere Monitoring Service のデータに基づく、CC BY 4.0）',
  'window.air.index': '{value} · {category}',
  'window.air.noIndex': '現在、この地点の指数はありません',
  'window.air.unavailable': '大気質を取得できません（{reason}）',
  'window.air.pollutants': '汚染物質',
  'window.air.pollen': '花粉',
  'window.air.microgrammes': '{value} µg/m³',
  // Japan's pollen monitors count 個/m³.
  'window.air.grains': '{value} 個/m³',
  'window.air.pm2_5': '微小粒子状物質（PM2.5）',
  'window.air.pm10': '粒子状物質（PM10）',
  'window.air.ozone': 'オゾン',
  'window.air.nitrogenDioxide': '二酸化窒素',
  'window.air.pollen.alder': 'ハンノキ',
  'window.air.pollen.birch': 'シラカバ',
  'window.air.pollen.grass': 'イネ科',
  'window.air.pollen.mugwort': 'ヨモギ',
  'window.air.pollen.olive': 'オリーブ',
  'window.air.pollen.ragweed': 'ブタクサ',
  // No official Japanese names for the EEA's bands; the US bands as the AirNow scale is usually given in Japanese.
  'window.air.european.good': '良好',
  'window.air.european.fair': 'まずまず',
  'window.air.european.moderate': '中程度',
  'window.air.european.poor': '悪い',
  'window.air.european.very-poor': '非常に悪い',
  'window.air.european.extremely-poor': '極めて悪い',
  'window.air.us.good': '良好',
  'window.air.us.moderate': '中程度',
  'window.air.us.unhealthy-for-sensitive-groups': '敏感な人には健康に悪い',
  'window.air.us.unhealthy': '健康に悪い',
  'window.air.us.very-unhealthy': '非常に健康に悪い',
  'window.air.us.hazardous': '危険',

  // ── window: settings
  'window.settings.extras.legend': '気象警報と大気質',
  'window.settings.extras.warnings': '気象警報の通知',
  'window.settings.extras.warnings.off': '通知しない',
  'window.settings.extras.warnings.Moderate': '中程度以上',
  'window.settings.extras.warnings.Severe': '重大以上',
  'window.settings.extras.warnings.Extreme': '極めて重大のみ',
  'window.settings.extras.extreme': '「極めて重大」の警報はおやすみ時間中も通知',
  'window.settings.extras.extremeHint': '発表元が「極めて重大」（生命への脅威）と評価した警報のみが対象です。通知を受け取る地点に限ります。',
  'window.settings.extras.scale': '大気質指数',
  'window.settings.extras.scale.auto': '場所に応じて（米国では米国指数）',
  'window.settings.extras.scale.european': '欧州（EEA）',
  'window.settings.extras.scale.us': '米国（EPA）',
  'window.settings.windUnit.legend': '風速',
  'window.settings.windUnit.kilometresPerHour': 'キロメートル毎時（km/h）',
  'window.settings.windUnit.metresPerSecond': 'メートル毎秒（m/s）',
  'window.settings.windUnit.milesPerHour': 'マイル毎時（mph）',
  'window.settings.title': '設定',
  'window.settings.saved': '保存しました',
  'window.settings.language': '言語',
  'window.settings.language.auto': '自動',
  'window.settings.clock': '時刻表示',
  'window.settings.clock.auto': '自動',
  'window.settings.clock.h12': '12時間制',
  'window.settings.clock.h23': '24時間制',
  'window.settings.units': '単位',
  'window.settings.units.auto': '自動（地域に合わせる）',
  'window.settings.units.metric': 'メートル法（°C、km/h、mm）',
  'window.settings.units.imperial': 'ヤード・ポンド法（°F、mph、in）',
  'window.settings.interval': '更新間隔（分）',
  'window.settings.budget.noPlaces': 'まだ地点がないため、更新しても呼び出しは発生しません。',
  'window.settings.budget.fits':
    '{places, plural, other {#地点を{minutes, plural, other {#分}}ごとに更新すると、Skytray が自ら定めた1日{budget}回のうち約{calls}回を使います。}}',
  'window.settings.budget.tooOften':
    '{places, plural, other {#地点を{minutes, plural, other {#分}}ごとに更新するには1日約{calls}回の呼び出しが必要で、Skytray が自ら定めた1日{budget}回を超えます。毎日約{runsOut}で上限に達してしまいます。}}',
  'window.settings.budget.fitsFrom': '{minutes, plural, other {#分以上の間隔なら収まります。}}',
  'window.settings.budget.keepFewer': '{minutes, plural, other {#分ごとでも多すぎます。地点を減らしてください。}}',
  'window.settings.budget.duration': '{part, select, hours {{hours}時間} minutes {{minutes}分} other {{hours}時間{minutes}分}}',
  'window.settings.provider': '気象サービス',
  'window.settings.provider.openMeteo': 'Open-Meteo（キー不要）',
  'window.settings.provider.openWeatherMap': 'OpenWeatherMap（自分のキー）',
  'window.settings.key.label': 'OpenWeatherMap の API キー',
  'window.settings.key.placeholder': 'API キー',
  'window.settings.key.placeholderSaved': '••••••••（保存済み）',
  'window.settings.key.save': 'キーを保存',
  'window.settings.key.test': 'キーをテスト',
  'window.settings.key.saved': 'キーを保存しました。',
  'window.settings.key.removed': 'キーを削除しました。',
  'window.settings.key.testing': 'テスト中…',
  'window.settings.key.accepted': 'OpenWeatherMap がキーを受け付けました。',
  'window.settings.key.enterFirst': '先に OpenWeatherMap の API キーを入力してください。',
  'window.settings.key.storage.osKeychain': 'システムのキーチェーンで暗号化して保存されています。',
  'window.settings.key.storage.plainText':
    'Skytray が使えるキーチェーンがシステムにないため、キーは簡単に難読化しただけで保存されています（Electron の basic_text ストレージ）。ファイルにアクセスできる人なら誰でも読み取れます。',
  'window.settings.key.storage.unavailable':
    '暗号化を利用できないため、キーはメモリ上にだけ保持されます。Skytray を再起動したら、もう一度入力する必要があります。',
  'window.settings.addresses': 'サービスのアドレス（セルフホストの Open-Meteo 用）',
  'window.settings.addresses.forecast': 'Open-Meteo 予報',
  'window.settings.addresses.geocoding': 'Open-Meteo ジオコーディング',
  'window.settings.addresses.public': '公開サービス',
  'window.settings.notifications': '通知',
  'window.settings.notifications.enabled': '通知を許可する（そのうえで、通知を受け取りたい地点ごとに「通知する」を押してください）',
  'window.settings.notifications.rain': 'まもなく雨が降るとき',
  'window.settings.notifications.severe': '雷雨、強い雪、着氷性の雨',
  'window.settings.notifications.quiet': 'おやすみ時間：{start}～{end}',
  'window.settings.startUp': '起動とウィンドウ',
  'window.settings.startUp.login': 'ログイン時に Skytray を起動',
  'window.settings.startUp.taskbar': 'ウィンドウをタスクバーに残す',
  'window.settings.startUp.taskbarHint':
    'ウィンドウを閉じたとき、トレイだけに残すのではなく最小化します。トレイアイコンが表示されない環境では、Skytray は自動でこのように動作します。',
  'window.settings.logLevel': 'ログの詳細度',
  'window.settings.logLevel.error': 'エラーのみ',
  'window.settings.logLevel.warn': '警告とエラー',
  'window.settings.logLevel.info': '標準',
  'window.settings.logLevel.debug': 'すべて（バグ報告用）',

  // ── window: diagnostics
  'window.diagnostics.title': '診断',
  'window.diagnostics.provider.airQuality': 'Open-Meteo 大気質',
  'window.diagnostics.report': '診断レポート',
  'window.diagnostics.summary':
    '{status, select, online {{provider}：オンライン。最も古いデータ：{age}。キャッシュから応答した検索：{searches, plural, other {#件}}。} other {{provider}：オフライン。最も古いデータ：{age}。キャッシュから応答した検索：{searches, plural, other {#件}}。}}',
  'window.diagnostics.requests': 'サービス別のリクエスト',
  'window.diagnostics.requestsCaption': 'サービス別のリクエスト（直近{count}件）',
  'window.diagnostics.column.service': 'サービス',
  'window.diagnostics.column.requests': 'リクエスト',
  'window.diagnostics.column.retries': '再試行',
  'window.diagnostics.column.failures': '失敗',
  'window.diagnostics.column.lastError': '最後のエラー',
  'window.diagnostics.noRequests': 'まだリクエストはありません。',
  'window.diagnostics.copy': 'レポートをコピー',
  'window.diagnostics.copied': 'コピーしました。',
  'window.diagnostics.copyByHand': 'テキストを選択してコピーしてください。',
  'window.diagnostics.reload': '再読み込み',
  'window.diagnostics.showLog': 'ログファイルを表示',
  'window.diagnostics.logShown': 'ログファイルをファイルマネージャーで表示しました。',
  'window.diagnostics.budgetCaption': '{provider} の呼び出し回数（重み付き）と Skytray 独自の上限',
  'window.diagnostics.column.period': '期間',
  'window.diagnostics.column.used': '使用',
  'window.diagnostics.column.limit': '上限',
  // The copied report's headings; the values after them stay in English.
  'window.diagnostics.report.provider': '気象サービス',
  'window.diagnostics.report.queue': 'キュー',
  'window.diagnostics.report.online': 'オンライン',
  'window.diagnostics.report.paused': '一時停止（スリープ）',
  'window.diagnostics.report.units': '単位',
  'window.diagnostics.report.wind': '風速の単位',
  'window.diagnostics.report.refresh': '更新間隔',
  'window.diagnostics.report.customUrls': 'カスタム URL',
  'window.diagnostics.report.database': 'データベース',
  'window.diagnostics.report.oldestData': '最も古いデータ',
  'window.diagnostics.report.cacheSearches': 'キャッシュから応答した検索',
  'window.diagnostics.report.perProvider': '気象サービス別（直近{count}件のリクエスト）',
  'window.diagnostics.report.recent': '最近のリクエスト',
  'window.diagnostics.report.logFile': 'ログファイル',

  // ── window: chart and days
  'window.chart.title': '{hours, plural, other {今後#時間}}',
  'window.chart.tableCaption': '{hours, plural, other {今後#時間（現地時刻）}}',
  'window.chart.now': '現在',
  'window.chart.sunrise': '↑{time}',
  'window.chart.sunset': '↓{time}',
  'window.chart.slider': '時刻',
  'window.chart.help':
    '左右の矢印キーで1時間、Page Up キーと Page Down キーで6時間、Home キーと End キーで最初と最後の時刻に移動します。同じ予報が後の表にもあります。',
  'window.chart.showTable': '表を表示',
  'window.chart.hideTable': '表を隠す',
  'window.chart.legend.temperature': '気温',
  'window.chart.legend.feelsLike': '体感温度',
  'window.chart.legend.precipitation': '降水（濃いほど可能性が高い）',
  'window.chart.noHours': '1時間ごとの予報はありません',
  'window.chart.column.time': '時刻',
  'window.chart.column.condition': '天気',
  'window.chart.column.temperature': '気温',
  'window.chart.column.feelsLike': '体感温度',
  'window.chart.column.precipitation': '降水量',
  'window.chart.column.chance': '降水確率',
  // {weekday} is the short weekday, "木": 木曜 15:00.
  'window.chart.dayAndTime': '{weekday}曜 {time}',
  'window.chart.hourSummary': '{time}：{condition}、{temperature}、体感{feelsLike}、{precipitation}、降水確率{chance}',
  'window.chart.next.wetFrom': '{when}から{condition}',
  'window.chart.next.dryFrom': '{when}から降水なし',
  'window.chart.next.wetFor': '{hours, plural, other {今後#時間は{condition}}}',
  'window.chart.next.dryFor': '{hours, plural, other {今後#時間は降水なし}}',
  'window.days.today': '今日',
  'window.days.chanceTitle': '降水確率',
  'window.days.chance': '降水確率{chance}',
  'window.days.low': '最低{temperature}',
  'window.days.high': '最高{temperature}',

  // ── window: about
  'window.about.licence': 'MIT ライセンスのフリーソフトウェアです。',
  'window.about.copyright': 'Copyright © 2026 Skytray 作者一同',
  'window.about.authors': 'Skytray 作者一同',
  'window.about.copyrightAndLicence': '{copyright}。{licence}',
  'window.about.title': 'Skytray について',
  'window.about.version': 'Skytray {version}',
  'window.about.homepage': 'ホームページ：',
  'window.about.credits': 'クレジット',
  'window.about.credit.icons': '天気アイコン：Bas Milius 作 Meteocons（MIT ライセンス）。',
  'window.about.credit.openMeteo': '気象データ提供：Open-Meteo.com（CC BY 4.0 ライセンス）。',
  'window.about.credit.airQuality': '大気質データ提供：Open-Meteo.com（Copernicus Atmosphere Monitoring Service のデータに基づく、CC BY 4.0 ライセンス）。',
  'window.about.credit.openWeather': '気象データ提供：OpenWeather（CC BY-SA 4.0 ライセンス）。',

  // ── tray
  'tray.reading': '{temperature} {condition}',
  'tray.place.primary': '★ {place}',
  'tray.place.reading': '{place}：{reading}',
  'tray.place.stale': '{place}：{reading}（古いデータ）',
  'tray.place.loading': '{place}：読み込み中…',
  'tray.place.unavailable': '{place}：取得できません',
  'tray.placeWithWarning': '{line}  ⚠ {event}',
  'tray.tooltip.noPlaces': 'Skytray：まだ地点がありません。Skytray を開いて追加してください。',
  'tray.tooltip.loading': 'Skytray：{place}の天気はまだありません。',
  'tray.tooltip.failed': 'Skytray：{place}の天気はまだありません。{problem}',
  // {updated} reads 更新：4 分前（古いデータ）, so a dot rather than brackets around it.
  'tray.tooltip.reading': '{place}：{reading} · {updated}',
  'tray.tooltipWarning': '⚠ {event}（{place}）',
  'tray.airQuality': '大気質',
  'tray.airQualityLine': '{place}：{index} {value}（{category}）',
  'tray.refresh': '今すぐ更新',
  'tray.refreshing': '更新中（{done}/{total}）…',
  'tray.open': 'Skytray を開く',
  'tray.settings': '設定…',
  'tray.quit': 'Skytray を終了',
  // The extension's name is not translated on extensions.gnome.org; the Windows path as Windows 11 shows it in Japanese.
  'tray.notice.unavailable':
    'お使いのデスクトップはトレイアイコンを表示しないようです。そのため Skytray はタスクバーに残り、このウィンドウを閉じると最小化されます。GNOME では「AppIndicator and KStatusNotifierItem Support」拡張機能をインストールして有効にし、Skytray を再起動するとトレイアイコンが表示されます。',
  'tray.notice.pin':
    'Skytray はタスクバー右側の通知領域にあります。Windows がアイコンを ^ 矢印の中に隠している場合は、アイコンをタスクバーにドラッグするか、［設定］>［個人用設定］>［タスク バー］>［その他のシステム トレイ アイコン］で Skytray をオンにしてください。',

  // ── notifications
  'notification.warning.title': '{place}：{event}',
  // {day} is the short weekday, "水": 水曜 16:00, as in cli.warning.ends and window.chart.dayAndTime.
  'notification.warning.bodyUntil': '{headline} {day}曜 {time}まで有効です。',
  'notification.warning.bodyOpen': '{headline}',
  'notification.warning.headlineMissing': '{area}に{event}が発表されています。',
  'notification.rainSoon.title': '{place}でまもなく雨',
  // Light, moderate, heavy as the condition names have them: 弱い雨, 雨, 強い雨.
  'notification.rainSoon.bodyLight': '{time}から弱い雨',
  'notification.rainSoon.bodyModerate': '{time}から雨',
  'notification.rainSoon.bodyHeavy': '{time}から強い雨',
  'notification.rainSoon.hourlyBody': '約{minutes, plural, other {#分}}後から{condition}の見込みです（降水確率{chance}）。',
  'notification.severe.nowTitle': '{place}で{condition}',
  'notification.severe.nowBody': '現在、{condition}となっています。',
  'notification.severe.expectedTitle': '{place}で{condition}の見込み',
  'notification.severe.expectedBody': '現地時刻の{time}ごろ{condition}の見込みです。',

  // ── dialogs
  'dialog.startup.dataTitle': 'Skytray のデータを開けません',
  'dialog.startup.failedTitle': 'Skytray を起動できませんでした',
  'dialog.startup.storeDisk':
    '{problem} ディスクに空きがあり、Skytray がそのフォルダーに書き込めることを確認してから、Skytray をもう一度起動してください。\n\n{details}',
  'dialog.startup.storeCorrupt':
    '{problem} Skytray はデータベースを修復することも、別の場所に退避することもできませんでした。ファイルを別の場所に移動して（地点はそのファイルに残ります）、Skytray をもう一度起動してください。\n\n{details}',
  'dialog.startup.storeNewer': '{problem}\n\n{details}',
  'dialog.startup.storeOther': '{problem} Skytray をもう一度起動してください。問題が続く場合は、ログを添えて報告してください。\n\n{details}',
  'dialog.startup.engine': '{problem}\n\n{details}',
  'dialog.startup.files':
    'Skytray はデータフォルダー内のファイルを使用できませんでした（{problem}）。フォルダーを確認してから、Skytray をもう一度起動してください。\n\n{details}',
  'dialog.startup.unexpected':
    '起動中に予期しない問題が発生しました（{problem}）。Skytray をもう一度起動してください。問題が続く場合は、ログを添えて報告してください。\n\n{details}',
  'dialog.startup.unwritableFolder':
    'Skytray は {folder} に書き込めません（{problem}）。フォルダーが存在し、書き込みの権限があることを確認してから、Skytray をもう一度起動してください。',
  'dialog.startup.unknownFolder': 'データフォルダー',
  'dialog.startup.detailsInLog': '詳細はログにあります：{path}',
  'dialog.startup.detailsInTerminal': '詳細はターミナルに出力されました（ログファイルを開けませんでした）。',
  'dialog.log.noFile': 'Skytray はログファイルを開けなかったため、ログはターミナルにのみ出力されます。',
  'dialog.log.folderNotOpened': 'ログフォルダー {folder} を開けませんでした：{problem}',

  // ── cli
  'cli.unknownLanguage': 'Skytray は「{lang}」に対応していません。対応言語：{languages}。',
  // Commands, options and metavariables stay as typed; only their descriptions are Japanese.
  'cli.help.usage': `使い方：
  weather [options] place ...            指定した地点の現在の天気
  weather [options]                      お気に入りと保存済みの天気（古ければ更新）
  weather [options] refresh              すべてのお気に入りを今すぐ更新
  weather [options] alerts [place ...]   その地点で発表中の気象警報（既定値：お気に入り）
  weather [options] favourites list
  weather [options] favourites add PLACE
  weather [options] favourites remove ID
  weather [options] favourites move ID POSITION    （POSITION は1から数えます）
  weather [options] favourites primary ID          （トレイに表示する地点）`,
  'cli.help.places': '地点は名前（"Berlin"、"Springfield, Illinois"）または座標（"52.52,13.41"、"-33.87,151.21"）で指定します。',
  'cli.help.options': `オプション：
  --db PATH              データベース（既定値：Skytray アプリが使うもの）
  --provider NAME        open-meteo（キー不要）または openweathermap。既定値：保存された設定、なければ open-meteo
  --forecast-url ORIGIN  予報 API の場所（例：http://127.0.0.1:8089）
  --geocoding-url ORIGIN 地点検索 API の場所
  --nws-url ORIGIN       米国 National Weather Service の API の場所（既定値：https://api.weather.gov）
  --metalerts-url ORIGIN MET Norway の API の場所（既定値：https://api.met.no）
  --meteoalarm-url ORIGIN MeteoAlarm のフィードの場所（既定値：https://feeds.meteoalarm.org）
  --air-quality-url ORIGIN Open-Meteo の大気質 API の場所
  --units SYSTEM         metric（メートル法）または imperial（ヤード・ポンド法）。既定値：保存された設定、なければ metric
  --wind-unit UNIT       km/h、m/s または mph（単位系とは別に指定可）。既定値：保存された設定、なければ単位系に合わせる
  --api-key KEY          OpenWeatherMap のキー（または {env} を設定）
  --lang CODE            表、ヘルプ、メッセージの言語（{languages}）。
                         既定値：LC_ALL、LC_MESSAGES または LANG、なければ英語。JSON は英語のままです。
  --json                 表の代わりに JSON を出力
  --log-file PATH        ログ（JSON Lines）をこのファイルにも書き込む。詳しいログは SKYTRAY_LOG=debug
  -h, --help             このヘルプを表示`,
  'cli.help.json': '--json を付けると、"weather place ..." の各地点に "alerts" と "airQuality" も含まれます。',
  'cli.help.exitStatus': '終了ステータス：0 成功、1 いずれかの地点で失敗（alerts では警報サービスが応答しなかった場合）、2 使い方の誤り。',
  // Usage errors, shown above the help.
  'cli.usage.unknownOption': '不明なオプションです：{option}',
  'cli.usage.missingValue': '{option} には値が必要です',
  'cli.usage.noValue': '{option} は値を取りません',
  'cli.usage.provider': '--provider には {providers} のいずれかを指定してください（指定値：「{value}」）',
  'cli.usage.units': '--units には metric または imperial を指定してください（指定値：「{value}」）',
  'cli.usage.windUnit': '--wind-unit には {units} のいずれかを指定してください（指定値：「{value}」）',
  'cli.usage.needsPath': '{option} にはファイルのパスが必要です',
  'cli.usage.originNotUrl': '{option} には https://api.open-meteo.com のような URL を指定してください（指定値：「{value}」）。',
  'cli.usage.originScheme': '{option} には http または https を使ってください（指定値：「{scheme}」）。',
  'cli.usage.originParts': '{option} にはオリジン（とパス）だけを指定してください。クエリ、フラグメント、認証情報は使えません。',
  'cli.usage.wholeNumber': '{what} には{min}以上の整数を指定してください（指定値：「{value}」）',
  'cli.usage.refreshTakesNoPlace': 'refresh に地点は指定できません。すべてのお気に入りを更新します（ある地点の天気を見るには "refresh" を外してください）',
  'cli.usage.favouritesArguments': 'favourites {action} {count, plural, =0 {に引数は指定できません} other {の引数は#個です}}',
  'cli.usage.favouritesAddNeedsPlace': 'favourites add には地点が必要です（例：favourites add "Springfield, Illinois"）',
  'cli.usage.favouritesAction': 'favourites の操作「{action}」は不明です。list、add、remove、move、primary のいずれかを使ってください',
  'cli.usage.emptyPlace': '地点は空にできません。"Berlin" のような名前か 52.52,13.41 のような座標を指定してください',
  'cli.usage.placeTooLong': '地点は{max}文字までです。指定された地点は{length}文字あります',
  'cli.usage.notOnEarth': '「{query}」は地球上の地点ではありません。緯度は -90～90、経度は -180～180 の範囲で指定してください。',
  'cli.logFileUnwritable': 'ログファイル {path} に書き込めません：{reason}',
  'cli.apiKeyMissing': 'OpenWeatherMap を使うには自分の API キーが必要です。openweathermap.org で無料で取得し、設定で追加してください（または {env} を設定）。',
  // Table headings, short.
  'cli.table.place': '地点',
  'cli.table.localTime': '現地時刻',
  'cli.table.temperature': '気温',
  'cli.table.feelsLike': '体感',
  'cli.table.condition': '天気',
  'cli.table.wind': '風',
  'cli.table.humidity': '湿度',
  'cli.table.precipitation': '降水',
  'cli.table.uv': 'UV (最大)',
  'cli.table.today': '今日',
  // Table cells keep half-width brackets: the columns are counted in characters.
  'cli.table.precipitationWithChance': '{amount} ({chance})',
  'cli.table.uvNowAndMax': '{now} ({max})',
  'cli.table.lowAndHigh': '{low} / {high}',
  'cli.severity.Extreme': '極めて重大',
  'cli.severity.Severe': '重大',
  'cli.severity.Moderate': '中程度',
  'cli.severity.Minor': '軽微',
  'cli.severity.Unknown': '不明',
  'cli.warning.until': '警報：{event}（{severity}）{until}まで',
  'cli.warning.open': '警報：{event}（{severity}）',
  // {weekday} is the short weekday, "水": 水曜 18:00.
  'cli.warning.ends': '{weekday}曜 {time}',
  'cli.warning.more': 'ほかに{count}件が発表中：weather alerts "{place}"',
  'cli.warning.failed': '警報を取得できませんでした：{reason}',
  'cli.alerts.noFavourites': 'お気に入りはまだありません。地点を指定してください：weather alerts "Berlin" "Denver"',
  'cli.alerts.heading': '{place}（{source}）',
  'cli.alerts.noService': 'この地点を対象とする公式の警報サービスはありません。',
  'cli.alerts.none': '発表中の警報はありません。',
  'cli.alerts.elsewhere': '国内のほかの地域で{count}件が発表中です。',
  'cli.alerts.fromUntil': '{start}から{end}まで',
  'cli.alerts.from': '{start}から',
  'cli.alerts.until': '{end}まで',
  // {date} is "11月25日": 11月25日（水）06:00.
  'cli.alerts.dateAndTime': '{date}（{weekday}）{time}',
  'cli.alerts.area': '対象地域：{area}',
  'cli.store.noFavourites': 'お気に入りはまだありません。追加するには：npm run -s weather -- favourites add Berlin',
  'cli.store.refreshingStale': '{total}件中{stale}件を更新しています（更新間隔より古いもの）…',
  'cli.store.refreshedOf': '{total}件中{done}件を更新しました。',
  'cli.store.refreshedFavourites': 'お気に入り{total}件中{done}件を更新しました。',
  // Aligned over the rows: ID right-aligned in 4 columns, position in 3, the place from column 15.
  'cli.store.listHeading': '  ID  順番    地点',
  'cli.store.added': '{place}を追加しました（ID {id}）。',
  'cli.store.addedShownInTray': '{place}を追加しました（ID {id}）。トレイに表示されます。',
  'cli.store.alreadyFavourite': '{place}はすでにお気に入りです（ID {id}）。',
  'cli.store.alreadyFavouriteShownInTray': '{place}はすでにお気に入りで、トレイに表示されています（ID {id}）。',
  'cli.store.removed': 'お気に入り（ID {id}）を削除しました。',
  'cli.store.moved': 'お気に入り（ID {id}）を{position}番目に移動しました。',
  'cli.store.primary': 'お気に入り（ID {id}）をトレイに表示するようにしました。',
  'cli.store.dataAge': '最終更新：',
  'cli.store.placeAge': '{place}：{age}',
  'cli.store.placeAgeFailed': '{place}：{age}（前回の更新に失敗：{reason}）',
} as const satisfies Catalogue;
