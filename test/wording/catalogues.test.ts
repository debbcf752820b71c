import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../main/wording/catalogues.ts';
import { isLocaleCode } from '../../main/wording/locales.ts';
import { en } from '../../main/wording/messages/en.ts';
import { catalogueProblems, messageShape } from './catalogue-shape.ts';

const MESSAGES = new URL('../../main/wording/messages/', import.meta.url);
const files = readdirSync(MESSAGES).filter((name) => name.endsWith('.ts'));

describe('every catalogue under main/wording/messages', () => {
  it.each(files)('%s is a language Skytray lists, typed as a Catalogue and registered', async (file) => {
    const code = file.replace(/\.ts$/, '');
    expect(isLocaleCode(code), `${code} is not in LOCALES`).toBe(true);
    const module = (await import(new URL(file, MESSAGES).href)) as Record<string, unknown>;
    const catalogues = Object.values(module).filter((value) => typeof value === 'object' && value !== null);
    expect(catalogues, 'one exported catalogue per file').toHaveLength(1);
    if (code !== 'en') expect(readFileSync(new URL(file, MESSAGES), 'utf8')).toMatch(/\bsatisfies Catalogue\b/);
    if (isLocaleCode(code)) expect(catalogueFor(code), 'listed in main/wording/catalogues.ts').toBe(catalogues[0]);
  });

  it.each(files)('%s has every English key with the same placeholders', async (file) => {
    const code = file.replace(/\.ts$/, '');
    const module = (await import(new URL(file, MESSAGES).href)) as Record<string, Record<string, string>>;
    const catalogue = Object.values(module)[0] ?? {};
    expect(catalogueProblems(en, catalogue, code)).toEqual([]);
  });
});

describe('the catalogue check', () => {
  const english = {
    'a.count': '{count, plural, one {# place} other {# places}}',
    'a.age': 'Updated {age}',
    'a.window': '{window, select, hour {Last hour} other {Last day}}',
  };
  const whole = {
    'a.count': '{count, plural, one {# miejsce} few {# miejsca} many {# miejsc} other {# miejsca}}',
    'a.age': 'Zaktualizowano {age}',
    'a.window': '{window, select, hour {Ostatnia godzina} other {Ostatni dzień}}',
  };

  it('accepts a translation with its own plural categories', () => {
    expect(catalogueProblems(english, whole, 'pl')).toEqual([]);
  });

  it('finds a missing key and a key English does not have', () => {
    const { 'a.age': _dropped, ...rest } = whole;
    expect(catalogueProblems(english, { ...rest, 'a.extra': 'x' }, 'pl')).toEqual(['a.age: missing', 'a.extra: not in the English catalogue']);
  });

  it('finds a renamed placeholder', () => {
    expect(catalogueProblems(english, { ...whole, 'a.age': 'Zaktualizowano {wiek}' }, 'pl')).toEqual(['a.age: expected argument age; has argument wiek']);
  });

  it('finds a plural written as plain text, and a plural without other', () => {
    expect(catalogueProblems(english, { ...whole, 'a.count': '{count} miejsc' }, 'pl')).toEqual(['a.count: expected plural count; has argument count']);
    expect(catalogueProblems(english, { ...whole, 'a.count': '{count, plural, one {# miejsce} few {# miejsca}}' }, 'pl')[0]).toMatch(
      /^a\.count: does not parse/,
    );
  });

  it('finds a choice with other options, and a message that does not parse', () => {
    expect(catalogueProblems(english, { ...whole, 'a.window': '{window, select, godzina {Ostatnia godzina} other {Ostatni dzień}}' }, 'pl')).toHaveLength(1);
    expect(catalogueProblems(english, { ...whole, 'a.age': 'Zaktualizowano {age' }, 'pl')[0]).toMatch(/^a\.age: does not parse/);
  });

  it("finds a plural without all of its language's categories: Polish one/other only", () => {
    expect(catalogueProblems(english, { ...whole, 'a.count': '{count, plural, one {# miejsce} other {# miejsca}}' }, 'pl')).toEqual([
      'a.count: plural count lacks few, many (pl has one, few, many, other)',
    ]);
  });

  it('finds a category the language does not have: French few', () => {
    const french = { ...whole, 'a.count': '{count, plural, one {# lieu} few {# lieux} many {# de lieux} other {# lieux}}' };
    expect(catalogueProblems(english, french, 'fr')).toEqual(['a.count: plural count has few, which fr does not use']);
  });

  it('finds a plural turned into an ordinal', () => {
    const ordinal = { ...whole, 'a.count': '{count, selectordinal, other {# miejsce}}' };
    expect(catalogueProblems(english, ordinal, 'pl')).toEqual(['a.count: expected plural count; has selectordinal count']);
  });

  it("finds an other branch without # where English's has one", () => {
    const wordy = { ...whole, 'a.count': '{count, plural, one {# miejsce} few {# miejsca} many {# miejsc} other {kilka miejsc}}' };
    expect(catalogueProblems(english, wordy, 'pl')).toEqual(['a.count: plural count: other has no # where English shows the number']);
    expect(
      catalogueProblems(
        { 'a.hour': '{n, plural, one {Next hour} other {Later}}' },
        { 'a.hour': '{n, plural, one {x} few {y} many {z} other {później}}' },
        'pl',
      ),
    ).toEqual([]);
  });

  it('accepts Japanese with only other, exact =N branches, and asks Arabic for all six', () => {
    expect(catalogueProblems(english, { ...whole, 'a.count': '{count, plural, =0 {なし} other {# か所}}' }, 'ja')).toEqual([]);
    expect(catalogueProblems(english, { ...whole, 'a.count': '{count, plural, one {مكان} other {# أماكن}}' }, 'ar')).toEqual([
      'a.count: plural count lacks zero, two, few, many (ar has zero, one, two, few, many, other)',
    ]);
    const arabic = '{count, plural, zero {لا أماكن} one {مكان} two {مكانان} few {# أماكن} many {# مكانًا} other {# مكان}}';
    expect(catalogueProblems(english, { ...whole, 'a.count': arabic }, 'ar')).toEqual([]);
  });

  it('reads placeholders inside plural and choice branches', () => {
    expect([...messageShape('{n, plural, other {{who} saw # {thing}}}', 'en')].sort()).toEqual(['argument thing', 'argument who', 'plural n']);
  });
});
