export type NormKind = '§' | 'Art.';

/** One cited paragraph or article: "§§ 28, 29 VwVfG" gives two, both spanning the whole citation. */
export interface NormReference {
  kind: NormKind;
  /** "28", "3a": the paragraph or article; Absatz, Satz and Nummer are parts of it and not kept. */
  number: string;
  /** The law as written ("VwVfG", "SGB X", "Landesstraßengesetz"); missing when none follows the numbers. */
  law?: string;
  start: number;
  end: number;
}

// "§", "§§", "Art.", "Artt.", "Artikel", each followed by a number.
const TRIGGER = /(§§?|(?<!\p{L})(?:Artikel|Artt?\.))(?=\s*\d)/gu;
// One token after the trigger: a number ("3a"), a word or abbreviation ("Abs.", "VwVfG"), or punctuation.
const TOKEN = /\s*(?:(\d+[a-z]?)(?![\p{L}\p{N}])|(\p{L}[\p{L}\p{N}-]*\.?)|([,;–-]))/uy;
// Sub-units of a paragraph; the value after them belongs to the same norm.
const SUBUNITS = new Set(
  (
    'abs absatz absätze satz sätze s nr nrn nummer ziff ziffer buchst buchstabe lit litera alt alternative ' +
    'var variante halbsatz hs uabs unterabs unterabsatz spiegelstrich'
  ).split(' '),
);
const CONNECTORS = new Set([',', 'und', 'sowie', 'oder', 'bis', '-', '–', 'u.']);
const RANGE = new Set(['bis', '-', '–']);
const ARTICLES = new Set(['des', 'der', 'dem']);
// Parts of a law's name written as a separate word: "SGB II", "StrWG NRW".
const LAW_SUFFIX = /^(?:[IVX]{1,4}|NRW|BW|BY|BE|BB|HB|HH|HE|MV|NI|RP|SL|SN|ST|SH|TH|LSA)$/u;

interface Token {
  number?: string;
  word?: string;
  punct?: string;
  end: number;
}

function tokenAt(text: string, position: number): Token | undefined {
  TOKEN.lastIndex = position;
  const match = TOKEN.exec(text);
  if (!match) return undefined;
  const [whole, number, word, punct] = match;
  return { number, word, punct, end: position + whole.length };
}

/**
 * Every § and Art. reference in `text`, one per cited number. In "§ 28 Abs. 1 und 2" the 2 is an Absatz; in
 * "§§ 28, 29" or after "§§ 28 Abs. 1, 29" it is a paragraph: the plural sign decides. Ranges ("§§ 28 bis 30")
 * count every paragraph in between (up to 20).
 */
export function findNormReferences(text: string): NormReference[] {
  const references: NormReference[] = [];
  for (const trigger of text.matchAll(TRIGGER)) {
    const kind: NormKind = trigger[1]!.startsWith('§') ? '§' : 'Art.';
    const plural = trigger[1] === '§§' || trigger[1] === 'Artt.';
    const numbers: string[] = [];
    let position = trigger.index + trigger[0].length;
    let level: 'main' | 'sub' = 'main';
    let law: string | undefined;
    let token = tokenAt(text, position);
    let pendingRange = false;
    while (token) {
      const word = token.word?.toLocaleLowerCase('de');
      if (token.number !== undefined) {
        if (level === 'main' || plural) {
          if (pendingRange) numbers.push(...between(numbers.at(-1), token.number));
          numbers.push(token.number);
          level = 'main';
        }
        pendingRange = false;
      } else if (word !== undefined && SUBUNITS.has(word.replace(/\.$/u, ''))) {
        level = 'sub';
        const value = tokenAt(text, token.end);
        // "lit. e", "Buchst. a": a single letter is the value.
        if (value && (value.number !== undefined || /^[a-z]$/u.test(value.word ?? ''))) token = value;
      } else if (token.punct !== undefined || (word !== undefined && CONNECTORS.has(word))) {
        if (token.punct === ';') break;
        pendingRange = RANGE.has(token.punct ?? word ?? '') && level === 'main';
      } else if (word === 'ff.' || word === 'f.') {
        // "§ 28 ff." includes the following paragraphs; the cited one is 28.
      } else {
        const name = lawAt(text, token);
        if (name) ({ law, end: position } = name);
        break;
      }
      position = token.end;
      token = tokenAt(text, position);
    }
    const end = law === undefined ? lastNumberEnd(text, trigger.index, position) : position;
    for (const number of new Set(numbers)) references.push({ kind, number, law, start: trigger.index, end });
  }
  return references;
}

// Capitalised words that start the next clause rather than name a law ("… nach § 28 Abs. 1 Sie …").
const NOT_LAWS = new Set('sie ihr ihre ihnen ich wir er es der die das dies diese dann so da bitte'.split(' '));

/** The law named at `token` ("VwVfG", "der DSGVO", "SGB II") and where its name ends. */
function lawAt(text: string, token: Token): { law: string; end: number } | undefined {
  const article = ARTICLES.has(token.word?.toLocaleLowerCase('de') ?? '');
  const name = article ? tokenAt(text, token.end) : token;
  if (!name || !isLawName(name.word)) return undefined;
  const parts = [name];
  const suffix = tokenAt(text, name.end);
  if (suffix?.word && LAW_SUFFIX.test(withoutDot(suffix.word))) parts.push(suffix);
  const last = parts.at(-1)!;
  // A period after the name ends the sentence, not the law.
  return {
    law: parts.map((part) => withoutDot(part.word!)).join(' '),
    end: last.end - (last.word!.endsWith('.') ? 1 : 0),
  };
}

const withoutDot = (word: string): string => word.replace(/\.$/u, '');

function isLawName(word: string | undefined): word is string {
  return word !== undefined && /^\p{Lu}/u.test(word) && !NOT_LAWS.has(word.toLocaleLowerCase('de'));
}

function between(from: string | undefined, to: string): string[] {
  const a = Number(from);
  const b = Number(to);
  if (!Number.isInteger(a) || !Number.isInteger(b) || b - a > 20) return [];
  return Array.from({ length: Math.max(0, b - a - 1) }, (_, i) => String(a + i + 1));
}

/** Without a law the citation ends with its last number, not with the words after it. */
function lastNumberEnd(text: string, start: number, stop: number): number {
  const tail = text.slice(start, stop);
  const match = /[\p{L}\p{N}](?=[^\p{L}\p{N}]*$)/u.exec(tail.trimEnd());
  return match ? start + match.index + 1 : stop;
}

/** "§ 28 VwVfG", "Art. 6 DSGVO", "§ 28" for a reference without a law. */
export function formatNorm({ kind, number, law }: Pick<NormReference, 'kind' | 'number' | 'law'>): string {
  return law === undefined ? `${kind} ${number}` : `${kind} ${number} ${law}`;
}

/** The law's spelling for comparisons: case, spaces, dots and hyphens do not matter ("DS-GVO" is "DSGVO"). */
export function lawKey(law: string): string {
  return law.toLocaleLowerCase('de').replace(/[\s.-]/gu, '');
}
