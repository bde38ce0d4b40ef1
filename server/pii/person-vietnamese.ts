// Vietnamese names, family name first: "Nguyễn Minh Anh", "Tran Thi Lan". Source of the given-name parts: the
// npm package @faker-js/faker (locale vi, see name-lists.ts), each part of its two-word given names, with the common
// middle names.
import lists from './faker-names.json' with { type: 'json' };
import type { NameRun } from './person-name.ts';
import { NOT_NAMES, NOUN_ENDING } from './person-words.ts';
import { SP } from './types.ts';

/** The most frequent family names, written with and without their diacritics. */
const FAMILY = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trương Trịnh Đinh Đoàn Đào Vương ' +
  'Nguyen Tran Pham Hoang Huynh Truong Trinh Duong Dinh Doan Vuong Le Vu Vo Dang Bui Do Ho Ngo Ly'
).split(' ');
// Without diacritics these are German or other words too ("Do" for Thursday, "Le", "Dang"): a Vietnamese given
// name must follow them.
const SHORT = new Set(['Le', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Ly', 'Dinh', 'Doan', 'Phan']);
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Ngọc', 'Quang', 'Minh', 'Thanh', 'Xuân', 'Công'];

const PART = String.raw`\p{Lu}[\p{Ll}\p{M}]{1,7}`;
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}'’.@_-])(${FAMILY.join('|')})((?:${SP}+${PART}){1,2})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);

let parts: Set<string> | undefined;

/** "Thị" and "Thi": the given-name parts with and without diacritics. */
function givenParts(): Set<string> {
  if (parts) return parts;
  const all = [...lists.vietnameseGiven, ...MIDDLE];
  parts = new Set(all.flatMap((part) => [part, plain(part)]).filter((part) => /^\p{Lu}\p{Ll}+$/u.test(part)));
  return parts;
}

/** Without diacritics: "Nguyễn" → "Nguyen", "Đức" → "Duc". */
const plain = (word: string): string =>
  word.normalize('NFD').replace(/\p{M}/gu, '').replace(/Đ/gu, 'D').replace(/đ/gu, 'd');

/**
 * "Nguyễn Minh Anh", "Phạm Thu", "Nguyen Van Long": a Vietnamese family name and one or two given names after
 * it. Written without diacritics, the short family names need a listed Vietnamese given name after them.
 */
export function vietnameseNames(text: string): NameRun[] {
  const runs: NameRun[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const family = m[1]!;
    // Stop at a word that is no given name: "Nguyen Minh Antrag" reads one; "Pham Der …" none.
    let end = m.index + family.length;
    let first: string | undefined;
    for (const word of m[2]!.matchAll(/\p{L}[\p{L}\p{M}]*/gu)) {
      if (NOT_NAMES.has(word[0]) || (word[0].length >= 6 && NOUN_ENDING.test(word[0].toLowerCase()))) break;
      first ??= word[0];
      end = m.index + family.length + word.index + word[0].length;
    }
    if (first === undefined || (SHORT.has(family) && !givenParts().has(first))) continue;
    // A short family name is not carried to its other places: "Do" alone is Thursday.
    runs.push({ start: m.index, end, surname: SHORT.has(family) ? text.slice(m.index, end) : family });
  }
  return runs;
}
