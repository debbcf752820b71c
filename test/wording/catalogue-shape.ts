// What a translation must keep of each English message: the placeholders' names and which of them
// are plurals (cardinal or ordinal) or choices (with a choice's options). A plural's categories
// differ by language, so they are checked against the translation's own language instead
// (plural-branches.ts). The parser is intl-messageformat's own (getAst), so the check reads
// messages exactly as the app does.
import { IntlMessageFormat } from 'intl-messageformat';
import { pluralBranchProblems } from './plural-branches.ts';

type Element = ReturnType<IntlMessageFormat['getAst']>[number];

// TYPE.literal in @formatjs/icu-messageformat-parser, which intl-messageformat does not re-export.
const LITERAL = 0;
const isLiteral = (element: Element): boolean => (element.type as number) === LITERAL;

/** One placeholder, written as it must match: 'argument age', 'plural count', 'select window: hour minute other'. */
function collect(elements: readonly Element[], into: Set<string>): void {
  for (const element of elements) {
    if ('options' in element) {
      const options = Object.keys(element.options);
      if ('pluralType' in element) into.add(`${element.pluralType === 'ordinal' ? 'selectordinal' : 'plural'} ${element.value}`);
      else into.add(`select ${element.value}: ${options.sort().join(' ')}`);
      for (const option of Object.values(element.options)) collect(option.value, into);
    } else if ('children' in element) {
      into.add(`tag ${element.value}`);
      collect(element.children, into);
    } else if ('value' in element && !isLiteral(element)) {
      // {age}, {count, number} and {when, date} alike: the name is what a translation must keep.
      into.add(`argument ${element.value}`);
    }
  }
}

/** The placeholders of one message; throws on a message that does not parse. */
export function messageShape(message: string, locale: string): Set<string> {
  const shape = new Set<string>();
  collect(new IntlMessageFormat(message, locale).getAst(), shape);
  return shape;
}

/** Everything wrong with a translation against the English catalogue, one line each; [] when whole. */
export function catalogueProblems(english: Readonly<Record<string, string>>, other: Readonly<Record<string, string>>, locale: string): string[] {
  const problems: string[] = [];
  for (const [key, source] of Object.entries(english)) {
    const translated = other[key];
    if (translated === undefined) {
      problems.push(`${key}: missing`);
      continue;
    }
    let shape: Set<string>;
    try {
      // The parser itself refuses a plural or choice without `other`.
      shape = messageShape(translated, locale);
    } catch (error) {
      problems.push(`${key}: does not parse (${String(error)})`);
      continue;
    }
    const expected = messageShape(source, 'en');
    const lost = [...expected].filter((p) => !shape.has(p));
    const added = [...shape].filter((p) => !expected.has(p));
    if (lost.length || added.length) problems.push(`${key}: expected ${[...expected].join(', ') || 'no placeholders'}; has ${[...shape].join(', ') || 'none'}`);
    // English is the source: its own plurals may leave out a case that never comes up.
    else if (locale !== 'en') problems.push(...pluralBranchProblems(source, translated, locale).map((problem) => `${key}: ${problem}`));
  }
  for (const key of Object.keys(other)) if (!(key in english)) problems.push(`${key}: not in the English catalogue`);
  return problems;
}
