import * as z from 'zod';
import { countOf, excerpt, formatNumber, formatRange, germanList, germanQuote, quote, quoteAll } from '../format.ts';
import { outcome } from '../result.ts';
import { fold } from '../../text/normalize.ts';
import { splitSentences } from '../../text/sentences.ts';
import { countWords } from '../../text/words.ts';
import { defineAssertion, type AssertionHandler } from '../types.ts';
import { textListParam, textParam, withRange } from './params.ts';

// Text comparisons use fold(): NFC and collapsed whitespace, so "25 Euro" with a no-break space still counts.

const ANY_CASE = ' (Groß- und Kleinschreibung egal)';

const equals = defineAssertion({
  type: 'equals',
  summary: 'Die Antwort lautet genau so (ohne Leerraum am Rand).',
  params: z.strictObject({ value: textParam }),
  negatable: true,
  grade: ({ value }, { output }) =>
    // Leading and trailing whitespace is noise from the model, not an answer.
    fold(output).trim() === fold(value).trim()
      ? outcome(true, `Stimmt genau mit ${quote(value)} überein`)
      : outcome(false, `Erwartet genau ${quote(value)}, erhalten ${quote(excerpt(output))}`),
  describe: ({ value }, negated) => `Lautet ${negated ? 'nicht ' : ''}genau ${germanQuote(value)}`,
});

function contains(type: string, ignoreCase: boolean): AssertionHandler {
  return defineAssertion({
    type,
    summary: `Die Antwort enthält diesen Text${ignoreCase ? ANY_CASE : ''}.`,
    params: z.strictObject({ value: textParam }),
    negatable: true,
    grade: ({ value }, { output }) =>
      fold(output, ignoreCase).includes(fold(value, ignoreCase))
        ? outcome(true, `Enthält ${quote(value)}`)
        : outcome(false, `Enthält nicht ${quote(value)}`),
    describe: ({ value }, negated) =>
      `Enthält ${negated ? 'nicht ' : ''}${germanQuote(value)}${ignoreCase ? ANY_CASE : ''}`,
  });
}

function containsList(type: string, mode: 'any' | 'all', ignoreCase: boolean): AssertionHandler {
  return defineAssertion({
    type,
    summary: `Die Antwort enthält ${mode === 'any' ? 'mindestens einen' : 'jeden'} dieser Begriffe${ignoreCase ? ANY_CASE : ''}.`,
    params: z.strictObject({ value: textListParam }),
    negatable: true,
    grade: ({ value }, { output }) => {
      const text = fold(output, ignoreCase);
      const found = value.filter((item) => text.includes(fold(item, ignoreCase)));
      const missing = value.filter((item) => !found.includes(item));
      if (mode === 'any') {
        return found.length > 0
          ? outcome(true, `Enthält ${quoteAll(found)}`)
          : outcome(false, `Enthält keinen der Begriffe ${quoteAll(value)}`);
      }
      return missing.length === 0
        ? outcome(true, `Enthält alle Begriffe ${quoteAll(value)}`)
        : outcome(false, `Enthält nicht ${quoteAll(missing)}`);
    },
    describe: ({ value }, negated) => {
      const terms = germanList(
        value.map((item) => germanQuote(item, 40)),
        mode === 'any' ? 'oder' : 'und',
      );
      const lead = {
        any: negated ? 'Enthält keinen der Begriffe' : 'Enthält mindestens einen der Begriffe',
        all: negated ? 'Enthält nicht alle Begriffe' : 'Enthält alle Begriffe',
      }[mode];
      return `${lead} ${terms}${ignoreCase ? ANY_CASE : ''}`;
    },
  });
}

const startsWith = defineAssertion({
  type: 'starts-with',
  summary: 'Die Antwort beginnt mit diesem Text.',
  params: z.strictObject({ value: textParam }),
  negatable: true,
  grade: ({ value }, { output }) =>
    fold(output).trimStart().startsWith(fold(value))
      ? outcome(true, `Beginnt mit ${quote(value)}`)
      : outcome(false, `Beginnt nicht mit ${quote(value)}, sondern mit ${quote(excerpt(output, value.length + 20))}`),
  describe: ({ value }, negated) => `Beginnt ${negated ? 'nicht ' : ''}mit ${germanQuote(value)}`,
});

const regex = defineAssertion({
  type: 'regex',
  summary: 'Die Antwort passt zu einem Muster (regulärer Ausdruck), etwa einer Adresse oder einem Aktenzeichen.',
  params: z
    .strictObject({ value: z.string().min(1, { error: 'darf nicht leer sein' }), flags: z.string().optional() })
    .superRefine(({ value, flags }, ctx) => {
      try {
        new RegExp('', flags);
      } catch {
        ctx.addIssue({
          code: 'custom',
          path: ['flags'],
          message: `ungültige Flags "${flags}" (erlaubt: d, g, i, m, s, u, v, y, jedes höchstens einmal)`,
        });
        return;
      }
      try {
        new RegExp(value, flags);
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          path: ['value'],
          message: `kein gültiger regulärer Ausdruck: ${(error as Error).message}`,
        });
      }
    }),
  negatable: true,
  grade: ({ value, flags }, { output }) => {
    const match = new RegExp(value, flags).exec(output);
    // The pattern would give the answer away: attendees get the reason, trainers also the detail.
    const detail = `Muster /${value}/${flags ?? ''}`;
    return match
      ? { ...outcome(true, `Passt zum Muster, gefunden: ${quote(excerpt(match[0]))}`), detail }
      : { ...outcome(false, 'Keine Stelle passt zum vorgegebenen Muster'), detail };
  },
  describe: (_params, negated) =>
    negated ? 'Enthält nichts, was einem vorgegebenen Muster entspricht' : 'Entspricht einem vorgegebenen Muster',
});

const wordCount = defineAssertion({
  type: 'word-count',
  summary: 'Die Antwort hat mindestens und/oder höchstens so viele Wörter.',
  params: withRange(z.strictObject({ min: z.int().min(0).optional(), max: z.int().min(1).optional() })),
  negatable: false,
  grade: ({ min, max }, { output }) => {
    const n = countWords(output);
    if (max !== undefined && n > max)
      return outcome(false, `Zu lang: ${countOf(n, 'Wort', 'Wörter')} (höchstens ${max})`);
    if (min !== undefined && n < min)
      return outcome(false, `Zu kurz: ${countOf(n, 'Wort', 'Wörter')} (mindestens ${min})`);
    return outcome(true, `${countOf(n, 'Wort', 'Wörter')} (erlaubt: ${formatRange(min, max)})`);
  },
  describe: ({ min, max }) => `Hat ${formatRange(min, max)} ${(max ?? min) === 1 ? 'Wort' : 'Wörter'}`,
});

const sentenceLength = defineAssertion({
  type: 'sentence-length',
  summary: 'Kein Satz der Antwort ist länger als so viele Wörter.',
  params: z.strictObject({ max: z.int().min(1) }),
  negatable: false,
  grade: ({ max }, { output }) => {
    const sentences = splitSentences(output).map((text) => ({ text, words: countWords(text) }));
    const longest = sentences.reduce<(typeof sentences)[number] | undefined>(
      (best, sentence) => (best === undefined || sentence.words > best.words ? sentence : best),
      undefined,
    );
    if (longest === undefined) return outcome(true, 'Keine Sätze gefunden');
    const tooLong = sentences.filter((sentence) => sentence.words > max).length;
    return tooLong === 0
      ? outcome(true, `Alle Sätze haben höchstens ${max} Wörter (längster: ${formatNumber(longest.words)})`)
      : outcome(
          false,
          `${countOf(tooLong, 'Satz', 'Sätze')} zu lang (höchstens ${max} Wörter); der längste hat ${formatNumber(longest.words)}: ${quote(excerpt(longest.text))}`,
        );
  },
  describe: ({ max }) => `Kein Satz hat mehr als ${countOf(max, 'Wort', 'Wörter')}`,
});

export const textAssertions: AssertionHandler[] = [
  equals,
  contains('contains', false),
  contains('icontains', true),
  containsList('contains-any', 'any', false),
  containsList('contains-all', 'all', false),
  containsList('icontains-any', 'any', true),
  containsList('icontains-all', 'all', true),
  startsWith,
  regex,
  wordCount,
  sentenceLength,
];
