// What a person reads about a failed fetch or a refused request, in their language. The engine's
// WeatherError.message stays English for logs and JSON; the window, the tray and the CLI word the
// error from its code, its service, its HTTP status and its detail, never from that message.
import type { WeatherErrorCode, WeatherErrorDetail } from '../core/errors.ts';
import { UNKNOWN } from './numbers.ts';
import type { Wording } from './wording.ts';

/** The parts of a WeatherError (or its WeatherErrorInfo) that the words depend on. */
export type ErrorTextInfo = Readonly<{
  code: WeatherErrorCode;
  provider: string | null;
  status: number | null;
  detail?: WeatherErrorDetail | null | undefined;
}>;

export type ErrorTextOptions = Readonly<{
  /**
   * True where Skytray tries again by itself (the app: "Skytray will try again later"); false for
   * a command that has ended, which tells the person when to try again instead. @default true
   */
  retrying?: boolean | undefined;
  /** The zone the next try's clock time is told in. @default the system's */
  timeZone?: string | undefined;
}>;

/** `provider` for the messages' select: 'none' picks the wording without a name. */
const NO_PROVIDER = 'none';

/** The next try's clock time, as Wording.clock writes one: an instant, so in a zone (the system's unless given). */
function nextTryTime(wording: ErrorWording, at: number, timeZone: string | undefined): string {
  const { hourCycle } = wording;
  return new Intl.DateTimeFormat(wording.formatLocale, { hour: hourCycle === 'h23' ? '2-digit' : 'numeric', minute: '2-digit', hourCycle, timeZone }).format(
    at,
  );
}

/** What errorText needs of a Wording. */
type ErrorWording = Pick<Wording, 't' | 'formatLocale' | 'hourCycle'>;

/** One sentence (or two) for a person about an error, in the Wording's language. */
export function errorText(wording: ErrorWording, info: ErrorTextInfo, options: ErrorTextOptions = {}): string {
  const { t } = wording;
  const provider = info.provider ?? NO_PROVIDER;
  // Sent as text: an HTTP status is a code, not a quantity ("503", never "503.0" or "٥٠٣").
  const status = info.status === null ? UNKNOWN : String(info.status);
  const retrying = options.retrying ?? true;
  const detail = info.detail ?? null;
  switch (info.code) {
    case 'network':
      return t('error.network', { provider });
    case 'timeout':
      return t('error.timeout', { provider });
    case 'rate-limited':
      if (detail?.kind === 'next-try') return t('error.rateLimited.nextTry', { provider, time: nextTryTime(wording, detail.at, options.timeZone) });
      return t(retrying ? 'error.rateLimited.retrying' : 'error.rateLimited.tryAgain', { provider });
    case 'server':
      return t(retrying ? 'error.server.retrying' : 'error.server.tryAgain', { provider, status });
    case 'bad-request':
      return t('error.badRequest', { provider, status });
    case 'auth':
      if (detail?.kind === 'api-key-missing') return t('error.auth.keyMissing');
      // 401 is "who are you": the key; 403 is "not you": a refusal a new key would not change.
      return info.status === 401 ? t('error.auth.keyRejected', { provider }) : t('error.auth.refused', { provider, status });
    case 'not-found':
      if (detail?.kind === 'place-not-found') return t('error.notFound.place', { query: detail.query });
      if (detail?.kind === 'favourite-not-found') return t('error.notFound.favourite', { id: String(detail.id) });
      return t('error.notFound.other', { provider, status });
    case 'malformed':
      return t('error.malformed', { provider });
    case 'too-large':
      return t('error.tooLarge', { provider });
    case 'aborted':
      return t('error.aborted');
    case 'invalid-input':
      if (detail?.kind === 'api-key-needs-https') return t('error.invalidInput.keyNeedsHttps', { provider, origin: detail.origin });
      return t('error.invalidInput');
  }
}
