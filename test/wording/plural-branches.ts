// A translated plural's branches against its own language: exactly the categories that language's
// plural rules have (Polish one, few, many, other; Japanese only other; Arabic all six), plus any
// exact `=N` branches; and its `other` branch shows the number (`#`) when English's does, since
// `other` is what "5 miejsc" or "22 places" is written with.
import { IntlMessageFormat } from 'intl-messageformat';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];
type PluralElement = Extract<Element, { pluralType: unknown }>;

// TYPE.pound in @formatjs/icu-messageformat-parser, which intl-messageformat does not re-export.
const POUND = 7;

function plurals(elements: readonly Element[], into: PluralElement[] = []): PluralElement[] {
  for (const element of elements) {
    if ('pluralType' in element) into.push(element);
    if ('options' in element) for (const option of Object.values(element.options)) plurals(option.value, into);
    else if ('children' in element) plurals(element.children, into);
  }
  return into;
}

/** Whether `#` of this plural (not of a plural nested inside) appears in these elements. */
function showsNumber(elements: readonly Element[]): boolean {
  return elements.some((element) => {
    if ((element.type as number) === POUND) return true;
    if ('pluralType' in element) return false;
    if ('options' in element) return Object.values(element.options).some((option) => showsNumber(option.value));
    return 'children' in element && showsNumber(element.children);
  });
}

/** What is wrong with the branches of each plural of a translation; [] when right. */
export function pluralBranchProblems(english: string, translated: string, locale: string): string[] {
  const source = plurals(new IntlMessageFormat(english, 'en').getAst());
  const problems: string[] = [];
  for (const plural of plurals(new IntlMessageFormat(translated, locale).getAst())) {
    const type = plural.pluralType === 'ordinal' ? 'ordinal' : 'cardinal';
    const wanted: readonly string[] = new Intl.PluralRules(locale, { type }).resolvedOptions().pluralCategories;
    const has = Object.keys(plural.options).filter((option) => !option.startsWith('='));
    const missing = wanted.filter((category) => !has.includes(category));
    const extra = has.filter((category) => !wanted.includes(category));
    if (missing.length) problems.push(`plural ${plural.value} lacks ${missing.join(', ')} (${locale} has ${wanted.join(', ')})`);
    if (extra.length) problems.push(`plural ${plural.value} has ${extra.join(', ')}, which ${locale} does not use`);
    const englishOther = source.find((candidate) => candidate.value === plural.value)?.options['other']?.value;
    const other = plural.options['other']?.value;
    if (englishOther && other && showsNumber(englishOther) && !showsNumber(other))
      problems.push(`plural ${plural.value}: other has no # where English shows the number`);
  }
  return problems;
}
