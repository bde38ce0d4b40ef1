// Which names the data guard takes from the npm package @faker-js/faker, and how. The lists themselves are in
// faker-names.json, written by `npm run generate:names` (bin/generate-names.ts): faker's locales hold far more than
// names (streets, companies, words), and loading eleven of them for their names alone took the CLI with the data
// guard from 97 MB to 105 MB. test/pii/name-lists.test.ts checks the file against the installed faker.
import type { Faker } from '@faker-js/faker';

export interface NameLists {
  source: string;
  firstNames: string[];
  surnames: string[];
  /** Each part of the two-word given names of faker's locale vi. */
  vietnameseGiven: string[];
}

// Surnames of the added locales that are German words: no evidence of a name ("Pech", "Post", "Major").
const WORD_SURNAMES = new Set(
  'Post Mach Pech Langer Erben Skala Major Kantor Tatar Mol Maas Moors Bosch Kafka Papp'.split(' '),
);

const rawNames = (locale: Faker, key: 'first_name' | 'last_name'): string[] =>
  Object.values((locale.rawDefinitions.person?.[key] as Record<string, readonly string[]> | undefined) ?? {}).flat();

const sorted = (names: Iterable<string>): string[] => [...new Set(names)].sort();

/**
 * `main`: de, tr, pl, it, hr and ro, the languages of the largest groups of people in Germany that write in the
 * Latin script (ar, ru and uk are in other scripts); `more`: nl, cs_CZ, sk, hu and sr_RS_latin, for the Dutch,
 * Czech, Slovak, Hungarian and Serbian names also common here. Only names written as one capitalised word count.
 */
export function collectNameLists(locales: { main: Faker[]; more: Faker[]; vi: Faker }, source: string): NameLists {
  const word = (name: string) => /^\p{Lu}\p{Ll}+$/u.test(name);
  const all = [...locales.main, ...locales.more];
  return {
    source,
    firstNames: sorted(all.flatMap((locale) => rawNames(locale, 'first_name')).filter(word)),
    surnames: sorted([
      ...locales.main.flatMap((locale) => rawNames(locale, 'last_name')).filter(word),
      ...locales.more
        .flatMap((locale) => rawNames(locale, 'last_name'))
        .filter((n) => word(n) && !WORD_SURNAMES.has(n)),
    ]),
    vietnameseGiven: sorted(rawNames(locales.vi, 'first_name').flatMap((name) => name.split(' '))),
  };
}
