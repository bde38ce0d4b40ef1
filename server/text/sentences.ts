import { isAbbreviation } from './abbreviations.ts';

// A candidate end: terminators, optional closing quotes or brackets, then whitespace.
const CANDIDATE = /([.!?…]+)(["'“”‘’»«)\]]*)\s+/gu;
// "1. Antrag stellen", "- Ausweis", "• Foto" at the start of a line.
const LIST_MARKER = /^(?:[-*•–]|\d{1,3}[.)])\s+/u;
// A number after these is a cardinal reference ("§ 28 Abs. 1 Nr. 2."), so its period can end a sentence.
const REFERENCE_WORDS = new Set([
  '§',
  '§§',
  'Abs',
  'Absatz',
  'Art',
  'Artikel',
  'Nr',
  'Nummer',
  'S',
  'Seite',
  'Satz',
  'Ziff',
  'Kap',
  'Anlage',
]);

/**
 * Splits German text into sentences. Every line break ends a sentence (greetings, list items, signatures);
 * within a line a period ends one unless it closes an abbreviation ("z. B.", "Abs.", "bzw.") or an ordinal
 * ("am 12. März", "im 2. Stock"), and no terminator ends one when the next word starts in lower case.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .flatMap(splitLine)
    .map((sentence) => sentence.replace(LIST_MARKER, '').trim())
    .filter((sentence) => sentence !== '');
}

function splitLine(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of line.matchAll(CANDIDATE)) {
    const [whole, terminator = '', closing = ''] = match;
    const next = line.slice(match.index + whole.length);
    if (next === '' || !endsSentence(line.slice(start, match.index), terminator, next)) continue;
    sentences.push(line.slice(start, match.index + terminator.length + closing.length));
    start = match.index + whole.length;
  }
  sentences.push(line.slice(start));
  return sentences;
}

function endsSentence(before: string, terminator: string, next: string): boolean {
  if (/^\p{Ll}/u.test(next)) return false;
  if (terminator !== '.') return true;
  const tokens = before
    .trim()
    .split(/\s+/u)
    .map((token) => token.replace(/^[("'„“‚‘»«[]+/u, ''));
  const last = tokens.at(-1) ?? '';
  if (isAbbreviation(last)) return false;
  const previous = (tokens.at(-2) ?? '').replace(/\.$/u, '');
  return !(/^\d{1,2}$/u.test(last) && !REFERENCE_WORDS.has(previous));
}
