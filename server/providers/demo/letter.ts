/**
 * The frame of a letter: subject (what the instructions ask to write), salutation (who wrote in, or who is
 * named in the case), closing (the office from the prompt's role).
 */
import { splitSentences } from '../../text/sentences.ts';
import type { Address } from './instructions.ts';
import { LETTER_CLOSING } from './prompt.ts';

interface Person {
  gender?: 'f' | 'm';
  first?: string;
  last: string;
}

const NAME_LINE = /^(?:(Frau|Herr)\s+)?(?:Dr\.\s+)?([A-ZÄÖÜ][\p{L}-]+)(?:\s+([A-ZÄÖÜ][\p{L}-]+))?\s*$/u;
const TITLED_NAME = /\b(Frau|Herrn?)\s+(?:Dr\.\s+)?([A-ZÄÖÜ][\p{L}-]+)(?:\s+([A-ZÄÖÜ][\p{L}-]+))?/u;
// "Du bist Sachbearbeiterin im Bürgerbüro der Stadt Musterstadt." → "Bürgerbüro der Stadt Musterstadt"
const ROLE_OFFICE =
  /\b(?:[Dd]u bist|Sie sind|[Aa]ls)\b[^.\n]*?\b(?:im|beim|in der|bei der|der|des)\s+([A-ZÄÖÜ][^.,;:\n]*)/u;

/** The input without its signature: the signature's name is no topic to search documents for. */
export function splitSignature(input: string): { body: string; signature: string[] } {
  const lines = input.split('\n');
  const closing = lines.findIndex((line) => LETTER_CLOSING.test(line));
  if (closing < 0) return { body: input, signature: [] };
  return {
    body: lines.slice(0, closing).join('\n'),
    signature: lines
      .slice(closing + 1)
      .map((l) => l.trim())
      .filter(Boolean),
  };
}

/** From "Frau Erika Beispiel", "Herrn Beispiel" or "Erika Beispiel". */
function person(title: string | undefined, name: string, surname: string | undefined): Person {
  const gender = title ? (title === 'Frau' ? 'f' : 'm') : undefined;
  return { ...(gender ? { gender } : {}), ...(surname ? { first: name, last: surname } : { last: name }) };
}

function findRecipient(signature: string[], documents: string): Person | undefined {
  for (const line of signature) {
    const m = NAME_LINE.exec(line);
    if (m) return person(m[1], m[2]!, m[3]);
  }
  const m = TITLED_NAME.exec(documents);
  return m ? person(m[1], m[2]!, m[3]) : undefined;
}

function salutation(address: Address, recipient: Person | undefined): string {
  if (address === 'du') return recipient ? `Hallo ${recipient.first ?? recipient.last},` : 'Hallo,';
  if (!recipient) return 'Sehr geehrte Damen und Herren,';
  if (recipient.gender === 'f') return `Sehr geehrte Frau ${recipient.last},`;
  if (recipient.gender === 'm') return `Sehr geehrter Herr ${recipient.last},`;
  return `Guten Tag ${[recipient.first, recipient.last].filter(Boolean).join(' ')},`;
}

export interface LetterFrame {
  /** "Betreff: …", taken from what the instructions ask to write; a reply has none. */
  subject?: string;
  opening: string;
  closing: string;
}

// "Schreibe ein Anhörungsschreiben nach § 28 VwVfG." → "Anhörungsschreiben nach § 28 VwVfG"
const WRITE_ORDER =
  /^(?:schreibe?|verfasse|entwirf|erstelle|formuliere|(?:schreiben|verfassen|entwerfen|erstellen|formulieren) sie)\s+(?:ein(?:e[nm]?)?|den|die|das)\s+(.+?)[.:!]?$/iu;

function subjectOf(instructions: string): string | undefined {
  for (const sentence of splitSentences(instructions)) {
    const order = WRITE_ORDER.exec(sentence)?.[1];
    if (order) return `Betreff: ${order.charAt(0).toUpperCase()}${order.slice(1)}`;
  }
  return undefined;
}

export interface LetterSources {
  address: Address;
  /** The input's lines after its closing formula. */
  signature: string[];
  /** Where else the recipient may be named ("Empfänger: Herrn Max Mustermann"). */
  documents: string;
  instructions: string;
  /** Answering the input rather than drafting from case data: no subject line. */
  reply: boolean;
}

export function letterFrame({ address, signature, documents, instructions, reply }: LetterSources): LetterFrame {
  // "… im Bürgerbüro der Stadt Musterstadt und beantworten E-Mails" → "Bürgerbüro der Stadt Musterstadt"
  const office = ROLE_OFFICE.exec(instructions)?.[1]
    ?.split(/\s+(?:und|sowie|mit)\s/)[0]
    ?.trim();
  const greeting = address === 'du' ? 'Viele Grüße' : 'Mit freundlichen Grüßen';
  const subject = reply ? undefined : subjectOf(instructions);
  return {
    ...(subject ? { subject } : {}),
    opening: salutation(address, findRecipient(signature, documents)),
    closing: office ? `${greeting}\n${office}` : greeting,
  };
}
