// The data guard's test corpus: invented German letters in bench/pii/corpus/*.txt, every personal value marked
// inline as `[[kind|value]]`. The letter is what remains when each mark is replaced by its value; the marks become
// the gold spans the detectors are measured against.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { icaoCheckDigit } from '../../server/pii/icao.ts';
import { isValidIban } from '../../server/pii/iban.ts';
import { isValidKvnr } from '../../server/pii/kvnr.ts';
import { isValidRvnr } from '../../server/pii/rvnr.ts';
import { isValidSteuerId } from '../../server/pii/steuer-id.ts';
import { PII_KINDS, type PiiKind } from '../../server/pii/types.ts';

/** What the corpus marks: the detectors' kinds. */
export const GOLD_KINDS = PII_KINDS;

/** One marked value; `start`/`end` are UTF-16 offsets into the letter's text. */
export interface GoldSpan {
  kind: PiiKind;
  value: string;
  start: number;
  end: number;
}

export interface Letter {
  file: string;
  text: string;
  gold: GoldSpan[];
}

const CORPUS_DIR = join(import.meta.dirname, 'corpus');

const isGoldKind = (kind: string): kind is PiiKind => (GOLD_KINDS as readonly string[]).includes(kind);

/** One letter: the marks removed, their values kept as gold spans. Throws with file and line on a bad mark. */
function parseLetter(file: string, source: string): Letter {
  const lines = source.replace(/\r\n/gu, '\n').split('\n');
  const text: string[] = [];
  const gold: GoldSpan[] = [];
  let offset = 0;
  for (const [i, line] of lines.entries()) {
    const fail = (message: string): never => {
      throw new Error(`${file}:${i + 1}: ${message}`);
    };
    let out = '';
    let rest = line;
    for (let open = rest.indexOf('[['); open !== -1; open = rest.indexOf('[[')) {
      const before = rest.slice(0, open);
      if (before.includes(']]')) fail(`"]]" ohne "[["`);
      const close = rest.indexOf(']]', open + 2);
      if (close === -1) fail(`"[[" ohne "]]" (eine Markierung endet in ihrer Zeile)`);
      const mark = rest.slice(open + 2, close);
      const bar = mark.indexOf('|');
      if (bar === -1) fail(`Markierung ohne "|": [[${mark}]]`);
      const kind = mark.slice(0, bar);
      const value = mark.slice(bar + 1);
      if (!isGoldKind(kind)) fail(`unbekannte Art "${kind}" (bekannt: ${GOLD_KINDS.join(', ')})`);
      if (value.includes('[[')) fail(`verschachtelte Markierung: [[${mark}]]`);
      if (value.trim() === '' || value !== value.trim()) fail(`leerer Wert oder Leerraum am Rand: [[${mark}]]`);
      out += before;
      const start = offset + out.length;
      gold.push({ kind: kind as PiiKind, value, start, end: start + value.length });
      out += value;
      rest = rest.slice(close + 2);
    }
    if (rest.includes(']]')) fail(`"]]" ohne "[["`);
    out += rest;
    text.push(out);
    offset += out.length + 1;
  }
  return { file, text: text.join('\n'), gold };
}

/** Every letter of the corpus, in file order. */
export function loadCorpus(dir: string = CORPUS_DIR): Letter[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  return files.map((file) => parseLetter(file, readFileSync(join(dir, file), 'utf8')));
}

/** The 1-based line of an offset, for "file:line" in reports. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// German ID card and passport numbers: nine characters from the documents' alphabet (no vowels, no B, D, Q, S),
// the first a letter (passports: C), then the ICAO check digit when it is written.
const DOCUMENT = /^([CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8})(\d?)$/u;

function documentNumberOk(compact: string, passport: boolean): boolean {
  const parts = DOCUMENT.exec(compact);
  if (!parts || (passport && !compact.startsWith('C'))) return false;
  return parts[2] === '' || icaoCheckDigit(parts[1]!) === Number(parts[2]);
}

const CHECKS: Partial<Record<PiiKind, (value: string) => boolean>> = {
  iban: (v) => isValidIban(v.replace(/[\s-]/gu, '').toUpperCase()),
  'steuer-id': (v) => isValidSteuerId(v.replace(/[\s/]/gu, '')),
  rvnr: (v) => isValidRvnr(v.replace(/\s/gu, '').toUpperCase()),
  kvnr: (v) => isValidKvnr(v.replace(/\s/gu, '').toUpperCase()),
  ausweis: (v) => documentNumberOk(v.replace(/\s/gu, '').toUpperCase(), false),
  pass: (v) => documentNumberOk(v.replace(/\s/gu, '').toUpperCase(), true),
};

/**
 * Keeps the corpus honest: every checksummed gold value must pass the repo's validator (an invalid number in the
 * corpus would reward a detector for skipping its checksum). Returns one "file:line: …" per bad value.
 */
export function validateGold(letters: readonly Letter[]): string[] {
  const problems: string[] = [];
  for (const letter of letters) {
    for (const span of letter.gold) {
      const check = CHECKS[span.kind];
      if (check && !check(span.value))
        problems.push(`${letter.file}:${lineOf(letter.text, span.start)}: ${span.kind} "${span.value}" ungültig`);
    }
  }
  return problems;
}

export const ALNUM = /[\p{L}\p{N}]/u;
/** Where a value stands, for the verbose lists: file and line. */
export const where = (letter: Letter, start: number) => `${letter.file}:${lineOf(letter.text, start)}`;
