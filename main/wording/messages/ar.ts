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

  // ── notifications
  'notification.warning.title': '{event} في {place}',
  'notification.warning.bodyUntil': '{headline} ساري المفعول حتى {day} الساعة {time}.',
  'notification.warning.bodyOpen': '{headline}',
  'notification.warning.headlineMissing': '{event} في {area}.',

  // ── cli
  'cli.unknownLanguage': 'لا يدعم Skytray اللغة «{lang}». اللغات المتاحة: {languages}.',
} as const satisfies Catalogue;
