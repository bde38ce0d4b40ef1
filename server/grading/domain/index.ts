import type { AssertionHandler } from '../types.ts';
import { cites } from './cites.ts';
import { genderStyle } from './gender-style.ts';
import { leichteSprache } from './leichte-sprache.ts';
import { noPii } from './no-pii.ts';
import { numbersFromInput } from './numbers-from-input.ts';
import { readability } from './readability.ts';
import { sieForm } from './sie-form.ts';

/** The German administrative assertion types of the exercise library. */
export const domainAssertions: AssertionHandler[] = [
  sieForm,
  readability,
  leichteSprache,
  noPii,
  numbersFromInput,
  cites,
  genderStyle,
];
