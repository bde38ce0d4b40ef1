import { words } from './words.ts';

export type Language = 'de' | 'en';

// Frequent function words that the other language rarely uses ("an", "die" are left out: they are both).
const GERMAN = new Set([
  'der',
  'das',
  'und',
  'ist',
  'nicht',
  'ein',
  'eine',
  'einen',
  'mit',
  'zu',
  'den',
  'dem',
  'des',
  'von',
  'sie',
  'ich',
  'es',
  'für',
  'auf',
  'im',
  'sich',
  'auch',
  'wird',
  'werden',
  'muss',
  'soll',
  'sollte',
  'oder',
  'wenn',
  'ob',
  'keine',
  'kein',
  'alle',
  'wie',
  'nach',
  'bei',
  'antwort',
]);
const ENGLISH = new Set([
  'the',
  'and',
  'is',
  'not',
  'a',
  'with',
  'to',
  'of',
  'for',
  'on',
  'it',
  'be',
  'must',
  'should',
  'does',
  'or',
  'if',
  'that',
  'this',
  'are',
  'no',
  'all',
  'how',
  'after',
  'at',
  'answer',
  'response',
  'output',
]);

/** German unless the text has clearly more English function words: the product's default is German. */
export function detectLanguage(text: string): Language {
  let german = /[äöüß]/iu.test(text) ? 1 : 0;
  let english = 0;
  for (const word of words(text.toLocaleLowerCase('de'))) {
    if (GERMAN.has(word)) german++;
    else if (ENGLISH.has(word)) english++;
  }
  return english > german ? 'en' : 'de';
}
