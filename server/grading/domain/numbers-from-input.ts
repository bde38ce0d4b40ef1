import * as z from 'zod';
import { outcome } from '../result.ts';
import { defineAssertion } from '../types.ts';
import { findFigures, type Figure } from '../../text/figures.ts';
import { fold } from '../../text/normalize.ts';
import { numberWordValue } from '../../text/number-words.ts';
import { words } from '../../text/words.ts';
import { around, listFindings } from './findings.ts';

interface Known {
  dates: Extract<Figure, { kind: 'date' }>[];
  numbers: Set<number>;
  /** All inputs, folded and lower-cased, for codes. */
  text: string;
}

/**
 * Every number, amount, date and digit-bearing code in the output comes from the inputs (the case's vars and the
 * exercise context): invented figures are the costliest mistake in an official letter. Spellings are normalised
 * ("1.234,50 €" = "1234,50 Euro", "3. März 2025" = "03.03.2025"); a number written out in the input ("zwei") may
 * appear as a digit. Not checked: list markers, § and Art. citations (that is `cites`), numbers the output writes
 * out in words. Not negatable: inventing figures is no goal.
 */
export const numbersFromInput = defineAssertion({
  type: 'numbers-from-input',
  summary: 'Jede Zahl, jeder Betrag und jedes Datum der Antwort steht auch in der Eingabe: nichts erfunden.',
  params: z.strictObject({}),
  negatable: false,
  grade: (_params, { output, vars }) => {
    const figures = findFigures(output);
    if (figures.length === 0) return outcome(true, 'Keine Zahlen oder Daten in der Antwort');
    const known = knownFigures(Object.values(vars));
    const invented = figures.filter((figure) => !isKnown(figure, known));
    if (invented.length === 0) return outcome(true, `Alle ${figures.length} Zahlen und Daten stammen aus der Eingabe`);
    const described = invented.map(({ text, start }) => `„${text}“ in „${around(output, start, text.length, 20)}“`);
    return outcome(false, `Nicht aus der Eingabe: ${listFindings(described)}`);
  },
  describe: () => 'Nennt nur Zahlen, Beträge und Daten, die in den Unterlagen stehen',
});

function knownFigures(inputs: string[]): Known {
  const known: Known = { dates: [], numbers: new Set(), text: fold(inputs.join('\n'), true) };
  for (const figure of inputs.flatMap(findFigures)) {
    if (figure.kind === 'date') {
      known.dates.push(figure);
      if (figure.year !== undefined) known.numbers.add(figure.year);
    } else if (figure.kind === 'number') {
      known.numbers.add(figure.value);
    } else {
      // The parts of a code: "2025" and "0147" from "32.2-SN-2025-0147".
      for (const digits of figure.text.match(/\d+/gu) ?? []) known.numbers.add(Number(digits));
    }
  }
  for (const word of inputs.flatMap((input) => words(input))) {
    const value = numberWordValue(word);
    if (value !== undefined) known.numbers.add(value);
  }
  return known;
}

function isKnown(figure: Figure, known: Known): boolean {
  switch (figure.kind) {
    case 'number':
      return known.numbers.has(figure.value);
    case 'code':
      return known.text.includes(fold(figure.text, true));
    case 'date':
      // A date without a year matches the same day in any year, and the other way round.
      return known.dates.some(
        ({ day, month, year }) =>
          day === figure.day &&
          month === figure.month &&
          (year === undefined || figure.year === undefined || year === figure.year),
      );
  }
}
