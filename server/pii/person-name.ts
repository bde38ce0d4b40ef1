import { capitalise, isFirstName, isListedFirstName, isListedSurname } from './first-names.ts';
import { NOT_NAMES, NOUN_ENDING, ORG_ENDING, ORG_NOUNS, ORG_WORDS, PARTICLES } from './person-words.ts';
import { SP } from './types.ts';

// One capitalised name word: "Müller", "Yılmaz", "Łukasz", "O'Brien", "Dell'Anna", "McDonald", and hyphenated
// ones ("Müller-Lüdenscheidt", "al-Hassan"). Each part is delimited, so no part can be read two ways.
const PART = String.raw`(?:\p{Lu}\p{Ll}{0,3}['’])?\p{Lu}[\p{Ll}\p{M}]+(?:\p{Lu}[\p{Ll}\p{M}]+)?`;
export const NAME_WORD = String.raw`(?:(?:al|el)-)?${PART}(?:-${PART})*`;
const INITIAL = String.raw`\p{Lu}\.(?:-\p{Lu}\.)?`;
const CAPS = String.raw`\p{Lu}{2,}(?:-\p{Lu}{2,})*`;
// A token: particles ("von der"), then a word, an initial or a word in capitals ("MÜLLER").
const TOKEN = new RegExp(
  String.raw`((?:${PARTICLES}${SP}+)?)(?:(${NAME_WORD})(?![\p{L}\p{N}'’-])|(${INITIAL})|(${CAPS})(?![\p{L}\p{N}'’-]))`,
  'uy',
);
const SPACE = new RegExp(`${SP}+`, 'uy');
const ONE_SPACE = /[^\S\n](?![^\S\n])/uy;
// Surnames that end like a noun ("Hartung" like "Haltung") but are none.
const NOUN_LIKE_SURNAMES = new Set(['Hartung', 'Hornung', 'Lessing']);

export interface NameOptions {
  /** The first word must be a given name from the lists ("Anna …"). */
  requireFirst?: boolean;
  /** A surname must follow the given names (a lone "Anna" is not enough). */
  needSurname?: boolean;
  /** The last word must be a listed given name or surname: the context alone does not say a name follows. */
  listedOnly?: boolean;
  /** Initials ("A. Müller") and words in capitals ("MÜLLER") count: forms and signatures have them. */
  loose?: boolean;
}

export interface NameRun {
  start: number;
  end: number;
  /** The last word, which is carried to the other places it stands in the text. */
  surname: string;
  /** The particles written before the surname ("von", "van der"), carried with it: "Kanzlei von Arnstedt". */
  particles?: string;
  /** The first word when it is a listed given name before a surname: "Lukas" alone is the same person. */
  given?: string;
}

/** The words of a run, for the checks of whole lines: "Hiltrud Ebersbach" → ["Hiltrud", "Ebersbach"]. */
export interface WordRun extends NameRun {
  words: string[];
}

/**
 * The name that starts at `at`: given names (or initials) and one last word, which may be a surname with
 * particles. Stops at the end of the line, at a word that is no name, and after four words.
 */
export function readName(text: string, at: number, options: NameOptions = {}): NameRun | undefined {
  const tokens: { start: number; end: number; word: string; given: boolean; initial: boolean }[] = [];
  let position = at;
  while (tokens.length < 4) {
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(text);
    if (!match) break;
    const [whole, particles = '', word, initial, caps] = match;
    const value = word ?? initial ?? caps!;
    if (!nameWord(value, initial !== undefined || caps !== undefined, options)) break;
    const given = !particles && word !== undefined && isFirstName(word);
    // Where the context says a name follows, "Frank" and "August" are given names too: "Herr Frank Meier".
    const listed = given || (options.loose === true && !particles && word !== undefined && isListedFirstName(word));
    tokens.push({ start: position, end: position + whole.length, word: value, given, initial: initial !== undefined });
    position += whole.length;
    if (particles || !(listed || initial)) break;
    SPACE.lastIndex = position;
    if (!SPACE.test(text)) break;
    position = SPACE.lastIndex;
  }
  while (tokens.at(-1)?.initial) tokens.pop();
  const [first, last] = [tokens[0], tokens.at(-1)];
  if (!first || !last) return undefined;
  if (options.requireFirst && !first.given) return undefined;
  if (options.needSurname && tokens.length < 2) return undefined;
  if (options.listedOnly && !last.given && !isListedSurname(last.word)) return undefined;
  // Particles belong to the name: "Frau von der Leyen" → "von der Leyen".
  const particles = text.slice(last.start, last.end - last.word.length).trim();
  return {
    start: first.start,
    end: last.end,
    surname: last.word,
    ...(particles ? { particles } : {}),
    ...(first.given && tokens.length > 1 ? { given: first.word } : {}),
  };
}

/**
 * Up to `max` name words from `at` on, listed or not: "Hiltrud Ebersbach", "J.-P. Wagenknecht", "Henriette Gräfin von Arnstedt".
 * For places where the context says a name fills the line or the field (a letterhead, a mail header, a chat
 * speaker), so that given names missing from the lists count too. Stops at the end of the line and at a word
 * that is no name; the caller checks what follows.
 */
export function readRun(text: string, at: number, max = 4): WordRun | undefined {
  const tokens: { start: number; end: number; word: string; particles: string; initial: boolean }[] = [];
  let position = at;
  while (tokens.length < max) {
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(text);
    if (!match) break;
    const [whole, particles = '', word, initial, caps] = match;
    const value = word ?? initial ?? caps!;
    if (!nameWord(value, initial !== undefined || caps !== undefined, { loose: true }) || isOrgWord(value)) break;
    tokens.push({
      start: position,
      end: position + whole.length,
      word: value,
      particles,
      initial: initial !== undefined,
    });
    position += whole.length;
    // One space between the words: more is a gap between columns ("M. Kuhn        Pfleiderer"). Initials may
    // stand without one: "J.-P.Wagenknecht", "K.Brenner".
    ONE_SPACE.lastIndex = position;
    if (ONE_SPACE.test(text)) position = ONE_SPACE.lastIndex;
    else if (!initial) break;
  }
  while (tokens.at(-1)?.initial) tokens.pop();
  const [first, last] = [tokens[0], tokens.at(-1)];
  if (!first || !last) return undefined;
  const particles = last.particles.trim();
  return {
    start: first.start,
    end: last.end,
    surname: last.word,
    words: tokens.map((token) => token.word),
    ...(particles ? { particles } : {}),
  };
}

/** A word that names an office or a business: "Personalbüro", "Kreisstadt", "Rathaus", "GmbH". */
export function isOrgWord(word: string): boolean {
  if (ORG_WORDS.has(word) || ORG_NOUNS.has(word)) return true;
  const lower = word.toLowerCase();
  return lower.length >= 6 && ORG_ENDING.test(lower) && !isListedSurname(word);
}

function nameWord(word: string, special: boolean, options: NameOptions): boolean {
  if (special) return options.loose === true && !ORG_WORDS.has(word) && !NOT_NAMES.has(capitalise(word.toLowerCase()));
  if (ORG_WORDS.has(word)) return false;
  return word.split('-').every((part) => {
    if (NOT_NAMES.has(part)) return false;
    const nounLike = part.length >= 6 && NOUN_ENDING.test(part.toLowerCase());
    return !nounLike || NOUN_LIKE_SURNAMES.has(part) || isListedSurname(part);
  });
}
