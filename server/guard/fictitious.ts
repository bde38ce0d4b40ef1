import type { Faker } from '@faker-js/faker';
import { faker as germanFaker } from '@faker-js/faker/locale/de';
import { icaoCheckDigit } from '../pii/icao.ts';
import { isValidIban } from '../pii/iban.ts';
import { isValidKvnr } from '../pii/kvnr.ts';
import { isValidRvnr } from '../pii/rvnr.ts';
import { isValidSteuerId } from '../pii/steuer-id.ts';
import type { PiiKind } from '../pii/types.ts';
import { slug } from '../text/slug.ts';

/**
 * A German faker whose values depend only on the run's seed and the value they replace, not on the order of the
 * calls: a second look at the sent text (or a concurrent case) gets the same invented values.
 */
export function createFaker(seed: string): (kind: PiiKind, value: string, attempt: number) => Faker {
  return (kind, value, attempt) => {
    germanFaker.seed(hash([seed, kind, value, attempt].join('\u0000')));
    return germanFaker;
  };
}

// Numbers the Bundesnetzagentur keeps free for films and books: they reach nobody.
const FICTITIOUS_PHONES = ['030 23125', '040 66969', '069 90009', '089 99998', '0221 4710'];
const COMPACT = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();

// Checks the invented number must pass so that format checks on the answer keep passing.
const VALID: Partial<Record<PiiKind, (value: string) => boolean>> = {
  iban: (v) => isValidIban(COMPACT(v)),
  'steuer-id': (v) => isValidSteuerId(COMPACT(v)),
  rvnr: (v) => isValidRvnr(COMPACT(v)),
  kvnr: (v) => isValidKvnr(COMPACT(v)),
  ausweis: validIcao,
  pass: validIcao,
};

/**
 * A realistic invented value of the same kind and form as `value`; undefined where inventing would mislead
 * (health and religion keep a placeholder) or no valid value turned up.
 */
export function fictitiousValue(faker: Faker, kind: PiiKind, value: string): string | undefined {
  switch (kind) {
    case 'health':
    case 'religion':
      return undefined;
    case 'person':
      return /\s/u.test(value.trim())
        ? `${faker.person.firstName()} ${faker.person.lastName()}`
        : faker.person.lastName();
    case 'email':
      return `${ascii(faker.person.firstName())}.${ascii(faker.person.lastName())}@example.org`;
    case 'address':
      return fakeAddress(faker, value);
    case 'phone':
      return `${faker.helpers.arrayElement(FICTITIOUS_PHONES)} ${faker.string.numeric(3)}`;
    case 'birthdate':
      return fakeDate(faker, value);
    case 'kennzeichen':
      // The district stays (it names a town, nobody in particular); letters and digits are new.
      return value.replace(
        /^([A-ZÄÖÜ]{1,3}[- –\u00a0])(.*)$/u,
        (_, district: string, rest: string) => district + reshape(faker, rest),
      );
    default: {
      const valid = VALID[kind];
      for (let tries = 0; tries < 400; tries++) {
        const candidate = reshape(faker, value, kind === 'iban' ? 2 : 0);
        if (!valid || valid(candidate)) return candidate;
      }
      return undefined;
    }
  }
}

/** The same shape with other digits and letters; the first `keep` characters (an IBAN's country) stay. */
function reshape(faker: Faker, value: string, keep = 0): string {
  return [...value]
    .map((char, i) => {
      if (i < keep) return char;
      if (/\d/u.test(char)) return faker.string.numeric(1);
      if (/[A-Z]/u.test(char)) return faker.string.alpha({ length: 1, casing: 'upper' });
      if (/[a-z]/u.test(char)) return faker.string.alpha({ length: 1, casing: 'lower' });
      return char;
    })
    .join('');
}

function validIcao(value: string): boolean {
  const compact = COMPACT(value);
  return compact.length !== 10 || icaoCheckDigit(compact.slice(0, 9)) === Number(compact[9]);
}

function fakeAddress(faker: Faker, value: string): string {
  const street = `${faker.location.street()} ${faker.location.buildingNumber()}`;
  const place = `${faker.location.zipCode('#####')} ${faker.location.city()}`;
  const postcode = /(?<!\d)\d{5}(?!\d)/u.exec(value);
  if (!postcode) return street;
  if (postcode.index < 3) return place;
  // Street and place: keep how the two were joined (a line break or a comma).
  return `${street}${value.includes('\n') ? '\n' : ', '}${place}`;
}

function fakeDate(faker: Faker, value: string): string {
  const date = faker.date.birthdate({ mode: 'age', min: 18, max: 90, refDate: Date.UTC(2026, 0, 1) });
  const [day, month, year] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
  const two = (n: number) => String(n).padStart(2, '0');
  if (/^\d{4}-\d{2}-\d{2}$/u.test(value)) return `${year}-${two(month)}-${two(day)}`;
  const words = /\p{L}{3,}/u.exec(value);
  if (words) return `${day}. ${date.toLocaleDateString('de-DE', { month: 'long', timeZone: 'UTC' })} ${year}`;
  const shortYear = /\.\s?\d{2}$/u.test(value);
  return `${two(day)}.${two(month)}.${shortYear ? two(year % 100) : year}`;
}

/** A name as the local part of an address: "Müller-Lüdenscheidt" → "muellerluedenscheidt". */
const ascii = (name: string) => slug(name).replace(/-/gu, '');

/** FNV-1a, enough to spread seeds. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
