// Every language's catalogue, bundled: a few kilobytes each, so the window has them all without
// fetching. A language without its file yet speaks English until the file lands here.
import type { LocaleCode } from './locales.ts';
import { ar } from './messages/ar.ts';
import { de } from './messages/de.ts';
import { en } from './messages/en.ts';
import type { Catalogue } from './messages/en.ts';
import { es } from './messages/es.ts';
import { fr } from './messages/fr.ts';
import { it } from './messages/it.ts';
import { ja } from './messages/ja.ts';
import { nl } from './messages/nl.ts';
import { pl } from './messages/pl.ts';
import { ptBR } from './messages/pt-BR.ts';
import { zhHans } from './messages/zh-Hans.ts';

const CATALOGUES: Partial<Record<LocaleCode, Catalogue>> = { en, de, fr, es, it, 'pt-BR': ptBR, nl, pl, ja, 'zh-Hans': zhHans, ar };

/** The messages for a language; null for one not translated yet (it speaks English meanwhile). */
export function catalogueFor(locale: LocaleCode): Catalogue | null {
  return CATALOGUES[locale] ?? null;
}
