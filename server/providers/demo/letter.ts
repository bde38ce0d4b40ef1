/** Salutation and closing for a reply: who wrote in (the input's signature), who answers (the prompt's role). */
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
const ROLE_OFFICE = /\b(?:[Dd]u bist|Sie sind|[Aa]ls)\b[^.\n]*?\b(?:im|beim|in der|bei der|der|des)\s+([A-ZÄÖÜ][^.,;:\n]*)/u;

/** The input without its signature: the signature's name is no topic to search documents for. */
export function splitSignature(input: string): { body: string; signature: string[] } {
  const lines = input.split('\n');
  const closing = lines.findIndex((line) => LETTER_CLOSING.test(line));
  if (closing < 0) return { body: input, signature: [] };
  return {
    body: lines.slice(0, closing).join('\n'),
    signature: lines.slice(closing + 1).map((l) => l.trim()).filter(Boolean),
  };
}

function person(gender: string | undefined, a: string, b: string | undefined): Person {
  const g = gender ? (gender.startsWith('Frau') ? 'f' : 'm') : undefined;
  return { ...(g ? { gender: g } : {}), ...(b ? { first: a, last: b } : { last: a }) };
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
  opening: string;
  closing: string;
}

export function letterFrame(address: Address, signature: string[], documents: string, instructions: string): LetterFrame {
  // "… im Bürgerbüro der Stadt Musterstadt und beantworten E-Mails" → "Bürgerbüro der Stadt Musterstadt"
  const office = ROLE_OFFICE.exec(instructions)?.[1]?.split(/\s+(?:und|sowie|mit)\s/)[0]?.trim();
  const greeting = address === 'du' ? 'Viele Grüße' : 'Mit freundlichen Grüßen';
  return {
    opening: salutation(address, findRecipient(signature, documents)),
    closing: office ? `${greeting}\n${office}` : greeting,
  };
}
