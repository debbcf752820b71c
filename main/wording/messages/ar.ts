// Skytray's words in Arabic, Modern Standard Arabic, written right to left (see en.ts for the rules
// every catalogue follows). No LRM/RLM marks: the window sets dir="rtl" and the placeholders read
// well inside Arabic sentences as they are.
//
// Glossary (the same English term, the same Arabic everywhere):
//   place / places        موقع / مواقع
//   favourites            المفضلة
//   settings              الإعدادات
//   refresh / refresh now تحديث / تحديث الآن
//   quit                  إنهاء
//   diagnostics           التشخيص
//   updated {age}         آخر تحديث {age} ({age} already says "قبل 4 دقائق")
//   just now / never      قبل لحظات / لم يتم بعد (both read after "آخر تحديث")
//   out of date           غير محدَّثة (the data)
//   offline               غير متصل
//   warning               تحذير; in force until: ساري المفعول حتى
//   severity (CAP)        طفيف، متوسط، شديد، شديد جدًا
//   weather service       خدمة الطقس; request: طلب; API key: مفتاح API
//   tray                  علبة النظام; id: المعرّف; log: السجل
//   quiet hours           ساعات الهدوء; issuer (of a warning): الجهة المُصدِرة
//   AQI / UV categories   AQI; UV: منخفض، متوسط، مرتفع، مرتفع جدًا، شديد الارتفاع
//   {provider} as subject masculine verb (a service's name, like الموقع), or worded without agreement
//   calls (to a service)  طلبات; weighted: مرجَّحة
//   rain / snow           أمطار / ثلوج (as the met services' bulletins say them)
//   drizzle               رذاذ; showers: زخات (مطر، ثلج)
//   thunderstorm          عاصفة رعدية; hail: بَرَد
//   fog                   ضباب
//   sleet                 أمطار وثلوج
//   squalls               هبّات رياح قوية
//   tornado               إعصار قمعي
//   compass points        whole words (شمال، شمال شرق، …): Arabic has no letter abbreviations for them
// Plurals: zero, one, two, few (3–10: plural), many (11–99: singular accusative), other (100…: singular).
import type { Catalogue } from './en.ts';

export const ar = {
  // ── common
  'common.age.never': 'لم يتم بعد',
  'common.age.justNow': 'قبل لحظات',
  'common.compass.n': 'شمال',
  'common.compass.ne': 'شمال شرق',
  'common.compass.e': 'شرق',
  'common.compass.se': 'جنوب شرق',
  'common.compass.s': 'جنوب',
  'common.compass.sw': 'جنوب غرب',
  'common.compass.w': 'غرب',
  'common.compass.nw': 'شمال غرب',
  'common.windWithDirection': '{speed} {direction}',
  'common.freshness.updatedNote': '{freshness, select, offline {آخر تحديث {age}، غير متصل} stale {آخر تحديث {age}، غير محدَّثة} other {آخر تحديث {age}}}',
  'common.freshness.updated': 'آخر تحديث {age}',
  'common.freshness.outOfDate': 'غير محدَّثة · آخر تحديث {age}',
  'common.freshness.offlineShowing': 'غير متصل · عرض بيانات من {age}',
  'common.freshness.loading': 'جارٍ التحميل…',
  'common.freshness.summaryOffline': 'غير متصل: عرض بيانات من {age}',
  'common.freshness.summarySomeStale': 'آخر تحديث {age} (بعض المواقع غير محدَّثة)',
  'common.freshness.noData': 'لا توجد بيانات بعد',
  'common.freshness.headlineOffline': 'غير متصل: عرض الطقس المحفوظ',
  'common.callBudget.period': '{window, select, minute {آخر دقيقة} hour {آخر ساعة} other {آخر 24 ساعة}}',
  'common.callBudget.window':
    '{window, select, minute {{used} من {limit} في آخر دقيقة} hour {{used} من {limit} في آخر ساعة} other {{used} من {limit} في آخر 24 ساعة}}',
  'common.callBudget.summary': 'طلبات {provider} (مرجَّحة): {windows}',
  'common.placeCount': '{count, plural, zero {لا مواقع} one {موقع واحد} two {موقعان} few {# مواقع} many {# موقعًا} other {# موقع}}',
  'common.airQuality.index': '{index, select, us {AQI الأمريكي} other {AQI الأوروبي}}',

  // ── conditions
  'condition.clear': 'صافٍ',
  'condition.mainly-clear': 'صافٍ غالبًا',
  'condition.partly-cloudy': 'غائم جزئيًا',
  'condition.overcast': 'غائم كليًا',
  'condition.fog': 'ضباب',
  'condition.drizzle': 'رذاذ',
  'condition.freezing-drizzle': 'رذاذ متجمد',
  'condition.rain': 'أمطار',
  'condition.heavy-rain': 'أمطار غزيرة',
  'condition.freezing-rain': 'أمطار متجمدة',
  'condition.snow': 'ثلوج',
  'condition.heavy-snow': 'ثلوج كثيفة',
  'condition.rain-showers': 'زخات مطر',
  'condition.snow-showers': 'زخات ثلج',
  'condition.thunderstorm': 'عاصفة رعدية',
  'condition.thunderstorm-hail': 'عاصفة رعدية مع بَرَد',
  'condition.sleet': 'أمطار وثلوج',
  'condition.squalls': 'هبّات رياح قوية',
  'condition.tornado': 'إعصار قمعي',
  'condition.unknown': 'غير معروف',

  // ── errors
  'error.network': '{provider, select, none {حدث خطأ أثناء جلب بيانات الطقس.} other {تعذّر الوصول إلى {provider}. تحقّق من اتصالك بالإنترنت.}}',
  'error.timeout': '{provider, select, none {لم تستجب خدمة الطقس في الوقت المحدد.} other {لم يصل رد من {provider} في الوقت المحدد.}}',
  'error.rateLimited.nextTry':
    '{provider, select, none {تم تقييد الطلبات؛ المحاولة التالية الساعة {time}} other {قيّد {provider} الطلبات؛ المحاولة التالية الساعة {time}}}',
  'error.rateLimited.retrying':
    '{provider, select, none {تقيّد خدمة الطقس عدد الطلبات حاليًا. سيحاول Skytray مجددًا لاحقًا.} other {يقيّد {provider} عدد الطلبات حاليًا. سيحاول Skytray مجددًا لاحقًا.}}',
  'error.rateLimited.tryAgain':
    '{provider, select, none {تقيّد خدمة الطقس عدد الطلبات حاليًا. حاول مجددًا بعد دقيقة.} other {يقيّد {provider} عدد الطلبات حاليًا. حاول مجددًا بعد دقيقة.}}',
  'error.server.retrying':
    '{provider, select, none {تواجه خدمة الطقس مشكلة (HTTP {status}). سيحاول Skytray مجددًا لاحقًا.} other {يواجه {provider} مشكلة (HTTP {status}). سيحاول Skytray مجددًا لاحقًا.}}',
  'error.server.tryAgain':
    '{provider, select, none {تواجه خدمة الطقس مشكلة (HTTP {status}). حاول مجددًا بعد بضع دقائق.} other {يواجه {provider} مشكلة (HTTP {status}). حاول مجددًا بعد بضع دقائق.}}',
  'error.badRequest': '{provider, select, none {رفضت خدمة الطقس الطلب (HTTP {status}).} other {رفض {provider} الطلب (HTTP {status}).}}',
  'error.auth.keyMissing': 'يحتاج OpenWeatherMap إلى مفتاح API خاص بك: احصل على مفتاح مجانًا من openweathermap.org، ثم أضِفه في الإعدادات.',
  'error.auth.keyRejected':
    '{provider, select, none {رفضت خدمة الطقس مفتاح API (401).} other {رفض {provider} مفتاح API (401).}} تحقّق من المفتاح في الإعدادات؛ قد يستغرق تفعيل المفاتيح الجديدة ما يصل إلى ساعتين.',
  'error.auth.refused': '{provider, select, none {امتنعت خدمة الطقس عن تنفيذ الطلب (HTTP {status}).} other {امتنع {provider} عن تنفيذ الطلب (HTTP {status}).}}',
  'error.notFound.place': 'لم يُعثر على موقع باسم «{query}».',
  'error.notFound.favourite': 'لا يوجد موقع مفضّل بالمعرّف {id}؛ ربما أُزيل.',
  'error.notFound.other': '{provider, select, none {لم يُعثر على شيء.} other {لم يجد {provider} شيئًا لهذا الطلب (HTTP {status}).}}',
  'error.malformed': '{provider, select, none {أرسلت خدمة الطقس بيانات لا يفهمها Skytray.} other {أرسل {provider} بيانات لا يفهمها Skytray.}}',
  'error.tooLarge': '{provider, select, none {أرسلت خدمة الطقس استجابة أكبر مما يقبله Skytray.} other {أرسل {provider} استجابة أكبر مما يقبله Skytray.}}',
  'error.aborted': 'تم إلغاء الطلب.',
  'error.invalidInput': 'تعذّر على Skytray استخدام قيمة أُعطيت له.',
  'error.invalidInput.keyNeedsHttps':
    '{provider, select, none {ترسل خدمة الطقس مفتاح API الخاص بك مع كل طلب، لذا يجب أن يستخدم عنوانها https (أو أن يشير إلى هذا الحاسوب، مثل http://127.0.0.1): القيمة المُعطاة {origin}.} other {يرسل {provider} مفتاح API الخاص بك مع كل طلب، لذا يجب أن يستخدم عنوانه https (أو أن يشير إلى هذا الحاسوب، مثل http://127.0.0.1): القيمة المُعطاة {origin}.}}',
  'error.store.newerSchema': 'كُتبت قاعدة البيانات هذه بإصدار أحدث من Skytray. حدّث Skytray لفتحها.',
  'error.store.corrupt': 'قاعدة بيانات Skytray تالفة وتعذّرت قراءتها.',
  'error.store.busy': 'أبقت نسخة أخرى من Skytray (التطبيق أو سطر الأوامر) قاعدة البيانات مشغولة. حاول مجددًا بعد قليل.',
  'error.store.disk':
    '{reason, select, full {القرص ممتلئ، لذا لا يستطيع Skytray الكتابة في قاعدة بياناته.} folderBlocked {يوجد ملف في مكان مجلد بيانات Skytray.} readOnly {قاعدة بيانات Skytray أو القرص الذي عليه للقراءة فقط.} permission {لا يملك Skytray إذن الكتابة في قاعدة بياناته.} cantOpen {لا تسمح قاعدة البيانات أو مجلدها لـ Skytray بالكتابة.} other {لم يسمح القرص لـ Skytray بالكتابة في قاعدة بياناته.}}',
  'error.store.other': 'حدث خطأ في قاعدة بيانات Skytray.',
  'error.store.memoryOnly':
    'لا يستطيع Skytray الحفظ في {path}. سيواصل العمل، لكن التغييرات ستضيع عند إغلاقه. وفّر بعض المساحة على القرص أو تحقّق من أذونات المجلد، ثم أعد تشغيل Skytray.',
  'error.store.recovered':
    '{outcome, select, backup {تعذّر استخدام قاعدة بيانات Skytray؛ {count, plural, zero {لم يُستعَد أي موقع} one {استُعيد موقع واحد} two {استُعيد موقعان} few {استُعيدت # مواقع} many {استُعيد # موقعًا} other {استُعيد # موقع}} من النسخة الاحتياطية.} salvaged {تعذّر استخدام قاعدة بيانات Skytray ولم توجد نسخة احتياطية صالحة؛ {count, plural, zero {لم يُنقَذ أي موقع} one {أُنقذ موقع واحد} two {أُنقذ موقعان} few {أُنقذت # مواقع} many {أُنقذ # موقعًا} other {أُنقذ # موقع}} من الملف التالف.} other {تعذّر استخدام قاعدة بيانات Skytray، ولم توجد نسخة احتياطية صالحة، ولم تمكن قراءة أي موقع، لذا يبدأ Skytray فارغًا.}}',
  'error.store.damagedKept': 'احتُفظ بالملف التالف باسم {path}.',
  'error.request.forbidden': 'لا يُسمح لهذه النافذة بالتواصل مع Skytray.',
  'error.request.invalid': 'تعذّر على Skytray استخدام ما أرسلته النافذة.',

  // ── window: places and forecast
  'window.forecast.uvTitle': 'مؤشر الأشعة فوق البنفسجية',
  'window.forecast.uvNow': '{value} الآن · {category}',
  'window.forecast.uvMax': 'أعلى قيمة اليوم {value} · {category}',
  'window.forecast.uv.low': 'منخفض',
  'window.forecast.uv.moderate': 'متوسط',
  'window.forecast.uv.high': 'مرتفع',
  'window.forecast.uv.veryHigh': 'مرتفع جدًا',
  'window.forecast.uv.extreme': 'شديد الارتفاع',
  'window.forecast.rainTitle': 'الساعتان القادمتان',
  'window.forecast.rainFrom':
    '{intensity, select, light {أمطار خفيفة ابتداءً من الساعة {time}} moderate {أمطار متوسطة ابتداءً من الساعة {time}} other {أمطار غزيرة ابتداءً من الساعة {time}}}',
  'window.forecast.rainNow': '{intensity, select, light {أمطار خفيفة الآن} moderate {أمطار متوسطة الآن} other {أمطار غزيرة الآن}}',
  'window.forecast.dry': 'لا أمطار في الساعتين القادمتين',
  'window.forecast.rainSpread': 'من قيم كل ساعة: وقت البدء داخل الساعة تقديري.',
  'window.places.tab.places': 'المواقع',
  'window.places.tab.settings': 'الإعدادات',
  'window.places.tab.diagnostics': 'التشخيص',
  'window.places.sections': 'الأقسام',
  'window.places.refreshAll': 'تحديث الكل',
  'window.places.refreshingAll': 'جارٍ التحديث {done}/{total}…',
  'window.places.refreshProgress': 'تقدّم التحديث',
  'window.places.refreshed':
    '{count, plural, zero {لم يُحدَّث أي موقع} one {تم تحديث موقع واحد} two {تم تحديث موقعين} few {تم تحديث # مواقع} many {تم تحديث # موقعًا} other {تم تحديث # موقع}}',
  'window.places.refreshFailed': '{place}: {error}',
  'window.places.backOnline': 'عاد الاتصال',
  'window.places.ok': 'حسنًا',
  'window.places.internalError': 'حدث خطأ داخلي في Skytray. التفاصيل في السجل.',
  'window.places.search.label': 'إضافة موقع',
  'window.places.search.placeholder': 'اسم المدينة، أو 52.52, 13.41',
  'window.places.search.results': 'المواقع المعثور عليها',
  'window.places.search.found':
    '{count, plural, zero {لم يُعثر على أي موقع} one {عُثر على موقع واحد} two {عُثر على موقعين} few {عُثر على # مواقع} many {عُثر على # موقعًا} other {عُثر على # موقع}}',
  'window.places.list.label': 'مواقعك',
  'window.places.list.reorderHint': 'اسحب لإعادة الترتيب، أو اضغط Alt+↑ / Alt+↓ على موقع.',
  'window.places.list.empty': 'لا توجد مواقع بعد. ابحث في الأعلى لإضافة موقع.',
  'window.places.list.summary': '{temperature} {condition}',
  'window.places.list.unavailable': 'غير متاح',
  'window.places.list.loading': 'جارٍ التحميل…',
  'window.places.list.isPrimary': '{place} معروض في علبة النظام',
  'window.places.list.makePrimary': 'اعرض {place} في علبة النظام',
  'window.places.list.isPrimaryTitle': 'معروض في علبة النظام',
  'window.places.list.makePrimaryTitle': 'العرض في علبة النظام',
  'window.places.list.remove': 'إزالة {place}',
  'window.places.list.removeTitle': 'إزالة',
  'window.places.added': 'تمت إضافة {place}',
  'window.places.removed': 'تمت إزالة {place}.',
  'window.places.undo': 'تراجع',
  'window.places.restored': 'تمت استعادة {place}',
  'window.forecast.title': 'الطقس',
  'window.forecast.notify': 'إشعاري',
  'window.forecast.notifying': 'الإشعارات مفعّلة ✓',
  'window.forecast.notifyTitle': 'إشعارات الأمطار والطقس الشديد لهذا الموقع',
  'window.forecast.refresh': 'تحديث',
  'window.forecast.refreshing': 'جارٍ التحديث…',
  'window.forecast.errorShowingLastGood': '{error} تُعرض آخر بيانات سليمة.',
  'window.forecast.nextDays': 'الأيام القادمة',
  'window.forecast.feelsLike': 'الحرارة المحسوسة {temperature}',
  'window.forecast.highLow': 'العظمى {high} · الصغرى {low}',
  'window.forecast.wind': 'الرياح',
  'window.forecast.humidity': 'الرطوبة',
  'window.forecast.precipitation': 'الهطول',
  'window.forecast.precipitationChance': '{amount} · {chance}',
  'window.forecast.localTime': 'التوقيت المحلي',
  'window.forecast.sun': 'الشمس',
  'window.forecast.attribution':
    '{provider, select, openweathermap {بيانات الطقس من OpenWeather (CC BY-SA 4.0)} other {بيانات الطقس من Open-Meteo.com (CC BY 4.0)}}',
  'window.forecast.sunriseSunset': '{sunrise} – {sunset}',

  // ── window: warnings and air
  'window.warnings.title': 'التحذيرات الرسمية',
  'window.warnings.uncovered': 'لا تغطي أي خدمة تحذيرات رسمية هذا الموقع',
  'window.warnings.unavailable': 'التحذيرات غير متاحة ({reason})',
  'window.warnings.none':
    '{source, select, nws {لا توجد تحذيرات سارية من National Weather Service} metalerts {لا توجد تحذيرات سارية من MET Norway} other {لا توجد تحذيرات سارية من MeteoAlarm}}',
  'window.warnings.more': 'مزيد من التحذيرات لهذا الموقع',
  'window.warnings.details': 'التفاصيل',
  'window.warnings.from': 'ابتداءً من {onset}',
  'window.warnings.until': 'حتى {expires}',
  'window.warnings.fromUntil': 'من {onset} حتى {expires}',
  'window.warnings.timesNote': 'الأوقات بالتوقيت المحلي للموقع.',
  'window.warnings.issuer': 'اقرأ التحذير كاملًا لدى {issuer}',
  'window.warnings.issuerUnnamed': 'اقرأ التحذير كاملًا لدى الجهة المُصدِرة',
  'window.warnings.severity.Extreme': 'شديد جدًا',
  'window.warnings.severity.Severe': 'شديد',
  'window.warnings.severity.Moderate': 'متوسط',
  'window.warnings.severity.Minor': 'طفيف',
  'window.warnings.severity.Unknown': 'تحذير',
  'window.warnings.reason.network': 'لا يوجد اتصال مع {provider}',
  'window.warnings.reason.timeout': 'لم يصل رد من {provider} في الوقت المحدد',
  'window.warnings.reason.rateLimited': 'طلب {provider} من Skytray الانتظار',
  'window.warnings.reason.server': 'يواجه {provider} مشكلة',
  'window.warnings.reason.auth': 'امتنع {provider} عن تنفيذ الطلب',
  'window.warnings.reason.malformed': 'أرسل {provider} بيانات لا يفهمها Skytray',
  'window.warnings.reason.tooLarge': 'أرسل {provider} بيانات أكثر من اللازم',
  'window.warnings.reason.unnamed': 'مزوّد الخدمة',
  'window.air.title': 'جودة الهواء',
  'window.air.attribution': 'جودة الهواء من Open-Meteo.com استنادًا إلى بيانات Copernicus Atmosphere Monitoring Service (CC BY 4.0)',
  'window.air.index': '{value} · {category}',
  'window.air.noIndex': 'لا يوجد مؤشر لهذا الموقع حاليًا',
  'window.air.unavailable': 'جودة الهواء غير متاحة ({reason})',
  'window.air.pollutants': 'الملوثات',
  'window.air.pollen': 'حبوب اللقاح',
  'window.air.microgrammes': '{value} ميكروغرام/م³',
  'window.air.grains': '{value} حبة/م³',
  'window.air.pm2_5': 'الجسيمات الدقيقة، 2.5 ميكرومتر أو أصغر',
  'window.air.pm10': 'الجسيمات، 10 ميكرومتر أو أصغر',
  'window.air.ozone': 'الأوزون',
  'window.air.nitrogenDioxide': 'ثاني أكسيد النيتروجين',
  'window.air.pollen.alder': 'جار الماء',
  'window.air.pollen.birch': 'البتولا',
  'window.air.pollen.grass': 'النجيليات',
  'window.air.pollen.mugwort': 'حبق الراعي',
  'window.air.pollen.olive': 'الزيتون',
  'window.air.pollen.ragweed': 'الرجيد',
  'window.air.european.good': 'جيدة',
  'window.air.european.fair': 'مقبولة',
  'window.air.european.moderate': 'متوسطة',
  'window.air.european.poor': 'سيئة',
  'window.air.european.very-poor': 'سيئة جدًا',
  'window.air.european.extremely-poor': 'سيئة للغاية',
  'window.air.us.good': 'جيدة',
  'window.air.us.moderate': 'متوسطة',
  'window.air.us.unhealthy-for-sensitive-groups': 'غير صحية للفئات الحساسة',
  'window.air.us.unhealthy': 'غير صحية',
  'window.air.us.very-unhealthy': 'غير صحية جدًا',
  'window.air.us.hazardous': 'خطرة',

  // ── window: settings
  'window.settings.extras.legend': 'التحذيرات الرسمية وجودة الهواء',
  'window.settings.extras.warnings': 'إشعاري بالتحذيرات الرسمية',
  'window.settings.extras.warnings.off': 'أبدًا',
  'window.settings.extras.warnings.Moderate': 'متوسط وشديد وشديد جدًا',
  'window.settings.extras.warnings.Severe': 'شديد وشديد جدًا',
  'window.settings.extras.warnings.Extreme': 'شديد جدًا فقط',
  'window.settings.extras.extreme': 'يمكن للتحذيرات الشديدة جدًا تجاوز ساعات الهدوء',
  'window.settings.extras.extremeHint': 'فقط التحذيرات التي تصنّفها الجهة المُصدِرة «شديد جدًا» (خطر على الحياة)، وللمواقع التي تتلقى إشعاراتها.',
  'window.settings.extras.scale': 'مؤشر جودة الهواء',
  'window.settings.extras.scale.auto': 'حسب الموقع (المؤشر الأمريكي في أمريكا)',
  'window.settings.extras.scale.european': 'الأوروبي (EEA)',
  'window.settings.extras.scale.us': 'الأمريكي (EPA)',
  'window.settings.windUnit.legend': 'سرعة الرياح',
  'window.settings.windUnit.kilometresPerHour': 'كيلومتر في الساعة (كم/س)',
  'window.settings.windUnit.metresPerSecond': 'متر في الثانية (م/ث)',
  'window.settings.windUnit.milesPerHour': 'ميل في الساعة (ميل/س)',
  'window.settings.title': 'الإعدادات',
  'window.settings.saved': 'تم الحفظ',
  'window.settings.language': 'اللغة',
  'window.settings.language.auto': 'تلقائي',
  'window.settings.clock': 'الساعة',
  'window.settings.clock.auto': 'تلقائي',
  'window.settings.clock.h12': 'نظام 12 ساعة',
  'window.settings.clock.h23': 'نظام 24 ساعة',
  'window.settings.units': 'الوحدات',
  'window.settings.units.auto': 'تلقائي (حسب المنطقة)',
  'window.settings.units.metric': 'مترية (°م، كم/س، مم)',
  'window.settings.units.imperial': 'إمبراطورية (°ف، ميل/س، بوصة)',
  'window.settings.interval': 'التحديث كل (دقيقة)',
  'window.settings.budget.noPlaces': 'لا توجد مواقع بعد: التحديث لا يستهلك شيئًا.',
  'window.settings.budget.fits':
    'مع {places, plural, zero {لا مواقع} one {موقع واحد} two {موقعين} few {# مواقع} many {# موقعًا} other {# موقع}} والتحديث كل {minutes, plural, zero {# دقيقة} one {دقيقة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}، يُستهلك يوميًا نحو {calls} من الطلبات من أصل {budget} يسمح بها Skytray لنفسه.',
  'window.settings.budget.tooOften':
    'مع {places, plural, zero {لا مواقع} one {موقع واحد} two {موقعين} few {# مواقع} many {# موقعًا} other {# موقع}} والتحديث كل {minutes, plural, zero {# دقيقة} one {دقيقة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}، يلزم يوميًا نحو {calls} من الطلبات، أي أكثر من {budget} يسمح بها Skytray لنفسه يوميًا: سينفد الحد بعد نحو {runsOut} كل يوم.',
  'window.settings.budget.fitsFrom':
    'التحديث كل {minutes, plural, zero {# دقيقة} one {دقيقة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} أو أكثر ضمن الحد.',
  'window.settings.budget.keepFewer':
    'حتى التحديث كل {minutes, plural, zero {# دقيقة} one {دقيقة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} متكرر أكثر من اللازم: قلّل عدد المواقع.',
  'window.settings.budget.duration': '{part, select, hours {{hours} س} minutes {{minutes} د} other {{hours} س و{minutes} د}}',
  'window.settings.provider': 'خدمة الطقس',
  'window.settings.provider.openMeteo': 'Open-Meteo (بلا مفتاح)',
  'window.settings.provider.openWeatherMap': 'OpenWeatherMap (بمفتاحك الخاص)',
  'window.settings.key.label': 'مفتاح API لخدمة OpenWeatherMap',
  'window.settings.key.placeholder': 'مفتاح API الخاص بك',
  'window.settings.key.placeholderSaved': '•••••••• (محفوظ)',
  'window.settings.key.save': 'حفظ المفتاح',
  'window.settings.key.test': 'اختبار المفتاح',
  'window.settings.key.saved': 'تم حفظ المفتاح.',
  'window.settings.key.removed': 'تمت إزالة المفتاح.',
  'window.settings.key.testing': 'جارٍ الاختبار…',
  'window.settings.key.accepted': 'قبِل OpenWeatherMap المفتاح.',
  'window.settings.key.enterFirst': 'أدخل مفتاح API لخدمة OpenWeatherMap أولًا.',
  'window.settings.key.storage.osKeychain': 'مخزَّن مشفَّرًا في سلسلة مفاتيح نظامك.',
  'window.settings.key.storage.plainText':
    'لا يملك نظامك سلسلة مفاتيح يمكن لـ Skytray استخدامها، لذا يُخزَّن المفتاح بتمويه خفيف فقط (تخزين basic_text في Electron). يمكن لأي شخص لديه وصول إلى ملفاتك قراءته.',
  'window.settings.key.storage.unavailable': 'لا يتوفر تشفير، لذا يُحفظ المفتاح في الذاكرة فقط ويجب إدخاله مجددًا بعد إعادة تشغيل Skytray.',
  'window.settings.addresses': 'عناوين الخدمات (لـ Open-Meteo مستضاف ذاتيًا)',
  'window.settings.addresses.forecast': 'توقعات Open-Meteo',
  'window.settings.addresses.geocoding': 'الترميز الجغرافي في Open-Meteo',
  'window.settings.addresses.public': 'الخدمة العامة',
  'window.settings.notifications': 'الإشعارات',
  'window.settings.notifications.enabled': 'السماح بالإشعارات (ثم اضغط «إشعاري» في كل موقع تريد إشعاراته)',
  'window.settings.notifications.rain': 'أمطار ستبدأ قريبًا',
  'window.settings.notifications.severe': 'العواصف الرعدية والثلوج الكثيفة والأمطار المتجمدة',
  'window.settings.notifications.quiet': 'ساعات الهدوء من {start} حتى {end}',
  'window.settings.startUp': 'بدء التشغيل والنافذة',
  'window.settings.startUp.login': 'تشغيل Skytray عند تسجيل الدخول',
  'window.settings.startUp.taskbar': 'إبقاء النافذة في شريط المهام',
  'window.settings.startUp.taskbarHint':
    'عندها يصغّر إغلاقُ النافذة النافذةَ بدلًا من إبقاء Skytray في علبة النظام فقط. يفعل Skytray ذلك تلقائيًا حيث لا تظهر أيقونة في علبة النظام.',
  'window.settings.logLevel': 'تفاصيل السجل',
  'window.settings.logLevel.error': 'الأخطاء فقط',
  'window.settings.logLevel.warn': 'التنبيهات والأخطاء',
  'window.settings.logLevel.info': 'عادي',
  'window.settings.logLevel.debug': 'كل شيء (لتقرير عن خلل)',

  // ── window: diagnostics
  'window.diagnostics.title': 'التشخيص',
  'window.diagnostics.provider.airQuality': 'Open-Meteo جودة الهواء',
  'window.diagnostics.report': 'تقرير التشخيص',
  'window.diagnostics.summary':
    '{status, select, online {{provider}: متصل؛ أقدم البيانات من {age}؛ {searches, plural, zero {لم يُجَب عن أي بحث} one {أُجيب عن بحث واحد} two {أُجيب عن بحثين} few {أُجيب عن # عمليات بحث} many {أُجيب عن # عملية بحث} other {أُجيب عن # عملية بحث}} من ذاكرة التخزين المؤقت.} other {{provider}: غير متصل؛ أقدم البيانات من {age}؛ {searches, plural, zero {لم يُجَب عن أي بحث} one {أُجيب عن بحث واحد} two {أُجيب عن بحثين} few {أُجيب عن # عمليات بحث} many {أُجيب عن # عملية بحث} other {أُجيب عن # عملية بحث}} من ذاكرة التخزين المؤقت.}}',
  'window.diagnostics.requests': 'الطلبات لكل خدمة',
  'window.diagnostics.requestsCaption': 'الطلبات لكل خدمة (آخر {count})',
  'window.diagnostics.column.service': 'الخدمة',
  'window.diagnostics.column.requests': 'الطلبات',
  'window.diagnostics.column.retries': 'إعادات المحاولة',
  'window.diagnostics.column.failures': 'الإخفاقات',
  'window.diagnostics.column.lastError': 'آخر خطأ',
  'window.diagnostics.noRequests': 'لا توجد طلبات بعد.',
  'window.diagnostics.copy': 'نسخ التقرير',
  'window.diagnostics.copied': 'تم النسخ.',
  'window.diagnostics.copyByHand': 'حدّد النص وانسخه.',
  'window.diagnostics.reload': 'إعادة التحميل',
  'window.diagnostics.showLog': 'عرض ملف السجل',
  'window.diagnostics.logShown': 'يظهر ملف السجل في مدير الملفات.',
  'window.diagnostics.budgetCaption': 'طلبات {provider} (مرجَّحة) مقارنةً بحدود Skytray الخاصة',
  'window.diagnostics.column.period': 'الفترة',
  'window.diagnostics.column.used': 'المستخدَم',
  'window.diagnostics.column.limit': 'الحد',
  'window.diagnostics.report.provider': 'المزوّد',
  'window.diagnostics.report.queue': 'قائمة الانتظار',
  'window.diagnostics.report.online': 'الاتصال',
  'window.diagnostics.report.paused': 'متوقف مؤقتًا (سكون)',
  'window.diagnostics.report.units': 'الوحدات',
  'window.diagnostics.report.wind': 'الرياح بوحدة',
  'window.diagnostics.report.refresh': 'التحديث كل',
  'window.diagnostics.report.customUrls': 'عناوين URL مخصّصة',
  'window.diagnostics.report.database': 'قاعدة البيانات',
  'window.diagnostics.report.oldestData': 'أقدم البيانات',
  'window.diagnostics.report.cacheSearches': 'عمليات بحث أُجيب عنها من ذاكرة التخزين المؤقت',
  'window.diagnostics.report.perProvider': 'لكل مزوّد (عدد الطلبات الأخيرة: {count})',
  'window.diagnostics.report.recent': 'الطلبات الأخيرة',
  'window.diagnostics.report.logFile': 'ملف السجل',

  // ── window: chart and days
  'window.chart.title':
    '{hours, plural, zero {الساعات القادمة} one {الساعة القادمة} two {الساعتان القادمتان} few {الساعات الـ# القادمة} many {الساعات الـ# القادمة} other {الساعات الـ# القادمة}}',
  'window.chart.tableCaption':
    '{hours, plural, zero {الساعات القادمة، بالتوقيت المحلي للموقع} one {الساعة القادمة، بالتوقيت المحلي للموقع} two {الساعتان القادمتان، بالتوقيت المحلي للموقع} few {الساعات الـ# القادمة، بالتوقيت المحلي للموقع} many {الساعات الـ# القادمة، بالتوقيت المحلي للموقع} other {الساعات الـ# القادمة، بالتوقيت المحلي للموقع}}',
  'window.chart.now': 'الآن',
  'window.chart.sunrise': '↑{time}',
  'window.chart.sunset': '↓{time}',
  'window.chart.slider': 'الساعة',
  'window.chart.help':
    'تنقل الأسهم اليمنى واليسرى ساعةً واحدة، وPage Up وPage Down ست ساعات، وHome وEnd إلى الساعة الأولى والأخيرة. التوقعات نفسها موجودة في الجدول التالي.',
  'window.chart.showTable': 'إظهار الجدول',
  'window.chart.hideTable': 'إخفاء الجدول',
  'window.chart.legend.temperature': 'درجة الحرارة',
  'window.chart.legend.feelsLike': 'الحرارة المحسوسة',
  'window.chart.legend.precipitation': 'الهطول (الأغمق: الأرجح)',
  'window.chart.noHours': 'لا توجد توقعات لكل ساعة',
  'window.chart.column.time': 'الوقت',
  'window.chart.column.condition': 'الحالة',
  'window.chart.column.temperature': 'درجة الحرارة',
  'window.chart.column.feelsLike': 'المحسوسة',
  'window.chart.column.precipitation': 'الهطول',
  'window.chart.column.chance': 'الاحتمال',
  'window.chart.dayAndTime': '{weekday} {time}',
  'window.chart.hourSummary': '{time}: {condition}، {temperature}، المحسوسة {feelsLike}، {precipitation}، احتمال {chance}',
  'window.chart.next.wetFrom': '{condition} ابتداءً من {when}',
  'window.chart.next.dryFrom': 'طقس جاف ابتداءً من {when}',
  'window.chart.next.wetFor':
    '{hours, plural, zero {{condition} خلال الساعات القادمة} one {{condition} خلال الساعة القادمة} two {{condition} خلال الساعتين القادمتين} few {{condition} خلال الساعات الـ# القادمة} many {{condition} خلال الساعات الـ# القادمة} other {{condition} خلال الساعات الـ# القادمة}}',
  'window.chart.next.dryFor':
    '{hours, plural, zero {طقس جاف خلال الساعات القادمة} one {طقس جاف خلال الساعة القادمة} two {طقس جاف خلال الساعتين القادمتين} few {طقس جاف خلال الساعات الـ# القادمة} many {طقس جاف خلال الساعات الـ# القادمة} other {طقس جاف خلال الساعات الـ# القادمة}}',
  'window.days.today': 'اليوم',
  'window.days.chanceTitle': 'احتمال الهطول',
  'window.days.chance': 'احتمال الهطول {chance}',
  'window.days.low': 'الصغرى {temperature}',
  'window.days.high': 'العظمى {temperature}',

  // ── window: about
  'window.about.licence': 'برنامج حر بموجب رخصة MIT.',
  'window.about.copyright': 'حقوق النشر © 2026 لمؤلفي Skytray',
  'window.about.authors': 'مؤلفو Skytray',
  'window.about.copyrightAndLicence': '{copyright}. {licence}',
  'window.about.title': 'حول Skytray',
  'window.about.version': 'Skytray {version}',
  'window.about.homepage': 'الصفحة الرئيسية:',
  'window.about.credits': 'شكر وتقدير',
  'window.about.credit.icons': 'أيقونات الطقس: Meteocons من Bas Milius، رخصة MIT.',
  'window.about.credit.openMeteo': 'بيانات الطقس من Open-Meteo.com، مرخّصة بموجب CC BY 4.0.',
  'window.about.credit.airQuality': 'جودة الهواء من Open-Meteo.com استنادًا إلى بيانات Copernicus Atmosphere Monitoring Service، مرخّصة بموجب CC BY 4.0.',
  'window.about.credit.openWeather': 'بيانات الطقس من OpenWeather، مرخّصة بموجب CC BY-SA 4.0.',

  // ── tray
  'tray.reading': '{temperature}، {condition}',
  'tray.place.primary': '★ {place}',
  'tray.place.reading': '{place}: {reading}',
  'tray.place.stale': '{place}: {reading} (غير محدَّثة)',
  'tray.place.loading': '{place}: جارٍ التحميل…',
  'tray.place.unavailable': '{place}: غير متاح',
  'tray.placeWithWarning': '{line}  ⚠ {event}',
  'tray.tooltip.noPlaces': 'Skytray: لا توجد مواقع بعد. افتح Skytray لإضافة موقع.',
  'tray.tooltip.loading': 'Skytray: {place}، لا بيانات طقس بعد.',
  'tray.tooltip.failed': 'Skytray: {place}، لا بيانات طقس بعد. {problem}',
  'tray.tooltip.reading': '{place}: {reading} ({updated})',
  'tray.tooltipWarning': '⚠ {event} ({place})',
  'tray.airQuality': 'جودة الهواء',
  'tray.airQualityLine': '{place}: {index} {value}، {category}',
  'tray.refresh': 'تحديث الآن',
  'tray.refreshing': 'جارٍ التحديث… {done}/{total}',
  'tray.open': 'فتح Skytray',
  'tray.settings': 'الإعدادات…',
  'tray.quit': 'إنهاء Skytray',
  'tray.notice.unavailable':
    'يبدو أن سطح المكتب لديك لا يعرض أيقونات علبة النظام، لذا يبقى Skytray في شريط المهام: إغلاق هذه النافذة يصغّرها. في GNOME، ثبّت الامتداد «AppIndicator and KStatusNotifierItem Support» وفعّله، ثم شغّل Skytray مجددًا لتظهر أيقونته في علبة النظام.',
  'tray.notice.pin':
    'يوجد Skytray في منطقة الإعلام عند طرف شريط المهام. إذا أخفى Windows أيقونته خلف السهم ^، فاسحبها إلى شريط المهام، أو فعّل Skytray من الإعدادات > التخصيص > شريط المهام > أيقونات علبة النظام الأخرى.',

  // ── notifications
  'notification.warning.title': '{event} في {place}',
  'notification.warning.bodyUntil': '{headline} ساري المفعول حتى {day} الساعة {time}.',
  'notification.warning.bodyOpen': '{headline}',
  'notification.warning.headlineMissing': '{event} في {area}.',
  'notification.rainSoon.title': 'أمطار متوقعة قريبًا في {place}',
  'notification.rainSoon.bodyLight': 'أمطار خفيفة ابتداءً من الساعة {time}',
  'notification.rainSoon.bodyModerate': 'أمطار متوسطة ابتداءً من الساعة {time}',
  'notification.rainSoon.bodyHeavy': 'أمطار غزيرة ابتداءً من الساعة {time}',
  'notification.rainSoon.hourlyBody':
    '{condition} بعد نحو {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}} (احتمال {chance}).',
  'notification.severe.nowTitle': '{condition} في {place}',
  'notification.severe.nowBody': '{condition} الآن.',
  'notification.severe.expectedTitle': 'المتوقع في {place}: {condition}',
  'notification.severe.expectedBody': 'المتوقع: {condition} نحو الساعة {time} بالتوقيت المحلي.',

  // ── dialogs
  'dialog.startup.dataTitle': 'يتعذّر على Skytray فتح بياناته',
  'dialog.startup.failedTitle': 'تعذّر بدء تشغيل Skytray',
  'dialog.startup.storeDisk': '{problem} تحقّق من وجود مساحة كافية على القرص ومن أن Skytray يملك إذن الكتابة في مجلده، ثم شغّل Skytray مجددًا.\n\n{details}',
  'dialog.startup.storeCorrupt':
    '{problem} تعذّر على Skytray إصلاح قاعدة بياناته أو نقلها جانبًا. انقل الملف إلى مكان آخر (فهو يحتفظ بمواقعك) ثم شغّل Skytray مجددًا.\n\n{details}',
  'dialog.startup.storeNewer': '{problem}\n\n{details}',
  'dialog.startup.storeOther': '{problem} شغّل Skytray مجددًا؛ وإذا تكرّر ذلك، يُرجى الإبلاغ عنه مع إرفاق السجل.\n\n{details}',
  'dialog.startup.engine': '{problem}\n\n{details}',
  'dialog.startup.files': 'تعذّر على Skytray استخدام الملفات في مجلد بياناته ({problem}). تحقّق من ذلك المجلد، ثم شغّل Skytray مجددًا.\n\n{details}',
  'dialog.startup.unexpected':
    'حدث خطأ غير متوقع أثناء بدء التشغيل ({problem}). شغّل Skytray مجددًا؛ وإذا تكرّر ذلك، يُرجى الإبلاغ عنه مع إرفاق السجل.\n\n{details}',
  'dialog.startup.unwritableFolder':
    'يتعذّر على Skytray الكتابة في {folder} ({problem}). تحقّق من وجود هذا المجلد ومن أن لديك إذن الكتابة فيه، ثم شغّل Skytray مجددًا.',
  'dialog.startup.unknownFolder': 'مجلد بياناته',
  'dialog.startup.detailsInLog': 'التفاصيل في السجل: {path}',
  'dialog.startup.detailsInTerminal': 'كُتبت التفاصيل في الطرفية (تعذّر فتح ملف السجل).',
  'dialog.log.noFile': 'تعذّر على Skytray فتح ملف السجل، لذا يكتب السجل في الطرفية فقط.',
  'dialog.log.folderNotOpened': 'تعذّر فتح مجلد السجلات {folder}: {problem}',

  // ── cli
  'cli.unknownLanguage': 'لا يدعم Skytray اللغة «{lang}». اللغات المتاحة: {languages}.',
  'cli.help.usage': `الاستخدام:
  weather [options] place ...            الطقس الآن في هذه المواقع
  weather [options]                      مواقعك المفضلة مع طقسها المحفوظ (يُحدَّث إذا كان غير محدَّث)
  weather [options] refresh              تحديث كل المواقع المفضلة الآن
  weather [options] alerts [place ...]   التحذيرات الرسمية السارية في هذه المواقع (الافتراضي: مواقعك المفضلة)
  weather [options] favourites list
  weather [options] favourites add PLACE
  weather [options] favourites remove ID
  weather [options] favourites move ID POSITION    (تُعدّ المواضع بدءًا من 1)
  weather [options] favourites primary ID          (الموقع الذي تعرضه علبة النظام)`,
  'cli.help.places': 'الموقع اسم ("Berlin"، "Springfield, Illinois") أو إحداثيات ("52.52,13.41"، "-33.87,151.21").',
  'cli.help.options': `الخيارات:
  --db PATH              قاعدة البيانات (الافتراضي: التي يستخدمها تطبيق Skytray)
  --provider NAME        open-meteo (بلا مفتاح) أو openweathermap؛ الافتراضي: الإعداد المحفوظ، وإلا open-meteo
  --forecast-url ORIGIN  عنوان واجهة API للتوقعات، مثل http://127.0.0.1:8089
  --geocoding-url ORIGIN عنوان واجهة API للبحث عن المواقع
  --nws-url ORIGIN       عنوان واجهة API لـ National Weather Service الأمريكية (الافتراضي https://api.weather.gov)
  --metalerts-url ORIGIN عنوان واجهة API لـ MET Norway (الافتراضي https://api.met.no)
  --meteoalarm-url ORIGIN عنوان موجزات MeteoAlarm (الافتراضي https://feeds.meteoalarm.org)
  --air-quality-url ORIGIN عنوان واجهة API لجودة الهواء من Open-Meteo
  --units SYSTEM         metric أو imperial؛ الافتراضي: الإعداد المحفوظ، وإلا metric
  --wind-unit UNIT       km/h أو m/s أو mph، أيًّا كان نظام الوحدات؛ الافتراضي: الإعداد المحفوظ، وإلا وحدة النظام
  --api-key KEY          مفتاح OpenWeatherMap (أو اضبط {env})
  --lang CODE            لغة الجدول والمساعدة والرسائل ({languages})؛
                         الافتراضي: LC_ALL أو LC_MESSAGES أو LANG، وإلا الإنجليزية. يبقى JSON بالإنجليزية.
  --json                 طباعة JSON بدلًا من جدول
  --log-file PATH        كتابة السجل أيضًا (أسطر JSON) في هذا الملف؛ SKYTRAY_LOG=debug لمزيد من التفاصيل
  -h, --help             عرض هذه المساعدة`,
  'cli.help.json': 'مع --json، يحمل كل موقع في "weather place ..." أيضًا "alerts" و"airQuality" الخاصة به.',
  'cli.help.exitStatus': 'رمز الخروج: 0 نجاح، 1 فشل موقع ما (في alerts: لم تستجب إحدى خدمات التحذيرات)، 2 خطأ في الاستخدام.',
  'cli.usage.unknownOption': 'خيار غير معروف «{option}»',
  'cli.usage.missingValue': 'يحتاج {option} إلى قيمة',
  'cli.usage.noValue': 'لا يقبل {option} أي قيمة',
  'cli.usage.provider': 'يجب أن تكون قيمة --provider واحدة من: {providers}؛ القيمة المُعطاة «{value}»',
  'cli.usage.units': 'يجب أن تكون قيمة --units هي metric أو imperial؛ القيمة المُعطاة «{value}»',
  'cli.usage.windUnit': 'يجب أن تكون قيمة --wind-unit واحدة من: {units}؛ القيمة المُعطاة «{value}»',
  'cli.usage.needsPath': 'يحتاج {option} إلى مسار ملف',
  'cli.usage.originNotUrl': 'يجب أن تكون قيمة {option} عنوان URL مثل https://api.open-meteo.com؛ القيمة المُعطاة «{value}».',
  'cli.usage.originScheme': 'يجب أن تستخدم قيمة {option} البروتوكول http أو https؛ المُعطى «{scheme}».',
  'cli.usage.originParts': 'يجب أن تكون قيمة {option} أصلًا (origin) مع مسار اختياري، دون استعلام أو جزء (fragment) أو بيانات اعتماد.',
  'cli.usage.wholeNumber': 'يجب أن يكون {what} عددًا صحيحًا لا يقل عن {min}؛ القيمة المُعطاة «{value}»',
  'cli.usage.refreshTakesNoPlace': 'لا يأخذ الأمر refresh موقعًا: فهو يحدّث كل المواقع المفضلة (لمعرفة الطقس في مكان ما، احذف «refresh»)',
  'cli.usage.favouritesArguments':
    'الأمر favourites {action} {count, plural, zero {لا يأخذ أي وسيط} one {يأخذ وسيطًا واحدًا} two {يأخذ وسيطين} few {يأخذ # وسائط} many {يأخذ # وسيطًا} other {يأخذ # وسيط}}',
  'cli.usage.favouritesAddNeedsPlace': 'يحتاج favourites add إلى موقع، مثل: favourites add "Springfield, Illinois"',
  'cli.usage.favouritesAction': 'إجراء favourites غير معروف «{action}»: استخدم list أو add أو remove أو move أو primary',
  'cli.usage.emptyPlace': 'لا يمكن أن يكون الموقع فارغًا: أعطِ اسمًا مثل "Berlin" أو إحداثيات مثل 52.52,13.41',
  'cli.usage.placeTooLong': 'أقصى عدد لأحرف الموقع {max}، وعدد أحرف الموقع المُعطى {length}',
  'cli.usage.notOnEarth': '«{query}» ليس موقعًا على الأرض: يجب أن يكون خط العرض بين -90 و90 وخط الطول بين -180 و180.',
  'cli.logFileUnwritable': 'تعذّرت الكتابة في ملف السجل {path}: {reason}',
  'cli.apiKeyMissing': 'يحتاج OpenWeatherMap إلى مفتاح API خاص بك: احصل على مفتاح مجانًا من openweathermap.org، ثم أضِفه في الإعدادات (أو اضبط {env}).',
  'cli.table.place': 'الموقع',
  'cli.table.localTime': 'التوقيت المحلي',
  'cli.table.temperature': 'الحرارة',
  'cli.table.feelsLike': 'المحسوسة',
  'cli.table.condition': 'الحالة',
  'cli.table.wind': 'الرياح',
  'cli.table.humidity': 'الرطوبة',
  'cli.table.precipitation': 'الهطول',
  'cli.table.uv': 'UV (الأقصى)',
  'cli.table.today': 'اليوم',
  'cli.table.precipitationWithChance': '{amount} ({chance})',
  'cli.table.uvNowAndMax': '{now} ({max})',
  'cli.table.lowAndHigh': '{low} / {high}',
  'cli.severity.Extreme': 'شديد جدًا',
  'cli.severity.Severe': 'شديد',
  'cli.severity.Moderate': 'متوسط',
  'cli.severity.Minor': 'طفيف',
  'cli.severity.Unknown': 'غير معروف',
  'cli.warning.until': 'تحذير: {event} ({severity}) حتى {until}',
  'cli.warning.open': 'تحذير: {event} ({severity})',
  'cli.warning.ends': '{weekday} الساعة {time}',
  'cli.warning.more': 'تحذيرات أخرى سارية: {count}. لعرضها: weather alerts "{place}"',
  'cli.warning.failed': 'تعذّر جلب التحذيرات: {reason}',
  'cli.alerts.noFavourites': 'لا توجد مواقع مفضلة بعد. اذكر مواقع: weather alerts "Berlin" "Denver"',
  'cli.alerts.heading': '{place} ({source})',
  'cli.alerts.noService': 'لا تغطي أي خدمة تحذيرات رسمية هذا الموقع.',
  'cli.alerts.none': 'لا توجد تحذيرات سارية.',
  'cli.alerts.elsewhere': 'تحذيرات أخرى سارية في مناطق أخرى من البلاد: {count}.',
  'cli.alerts.fromUntil': 'من {start} حتى {end}',
  'cli.alerts.from': 'ابتداءً من {start}',
  'cli.alerts.until': 'حتى {end}',
  'cli.alerts.dateAndTime': '{weekday}، {date}، {time}',
  'cli.alerts.area': 'المنطقة: {area}',
  'cli.store.noFavourites': 'لا توجد مواقع مفضلة بعد. أضِف موقعًا بالأمر: npm run -s weather -- favourites add Berlin',
  'cli.store.refreshingStale': 'جارٍ تحديث {stale} من {total} (أقدم من فترة التحديث)...',
  'cli.store.refreshedOf': 'تم تحديث {done} من {total}.',
  'cli.store.refreshedFavourites': 'تم تحديث {done} من {total} من المواقع المفضلة.',
  'cli.store.listHeading': '  ID  موضع    الموقع',
  'cli.store.added': 'تمت إضافة {place} (المعرّف {id}).',
  'cli.store.addedShownInTray': 'تمت إضافة {place} (المعرّف {id})، ويظهر في علبة النظام.',
  'cli.store.alreadyFavourite': '{place} في المفضلة بالفعل (المعرّف {id}).',
  'cli.store.alreadyFavouriteShownInTray': '{place} في المفضلة بالفعل (المعرّف {id})، ويظهر في علبة النظام.',
  'cli.store.removed': 'تمت إزالة الموقع المفضل {id}.',
  'cli.store.moved': 'تم نقل الموقع المفضل {id} إلى الموضع {position}.',
  'cli.store.primary': 'أصبح الموقع المفضل {id} هو المعروض في علبة النظام.',
  'cli.store.dataAge': 'عمر البيانات:',
  'cli.store.placeAge': '{place}: {age}',
  'cli.store.placeAgeFailed': '{place}: {age} (فشل آخر تحديث: {reason})',
} as const satisfies Catalogue;
