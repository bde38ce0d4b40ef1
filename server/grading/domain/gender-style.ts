import * as z from 'zod';
import { germanList } from '../format.ts';
import { outcome } from '../result.ts';
import { defineAssertion } from '../types.ts';
import { findGenderSigns, findMissingPairForms, GENDER_SIGNS, type GenderFinding } from '../../text/gender.ts';
import { listFindings, subsetParam } from './findings.ts';

const LABELS: Record<GenderFinding['kind'], string> = {
  genderstern: 'Genderstern',
  doppelpunkt: 'Doppelpunkt',
  unterstrich: 'Unterstrich',
  mediopunkt: 'Mediopunkt',
  'binnen-i': 'Binnen-I',
  kurzform: 'Kurzform',
  'ohne-paarform': 'ohne Paarform',
};

/**
 * The house style for gender-fair language: forbid some gender signs, or require pair forms ("Bürgerinnen und
 * Bürger"). Not negatable: "not-gender-style" with `forbid` would require a gender sign, which is what `contains`
 * or `regex` are for.
 */
export const genderStyle = defineAssertion({
  type: 'gender-style',
  summary: 'Die Antwort hält die Hausregeln für geschlechtergerechte Sprache ein.',
  params: z
    .strictObject({ forbid: subsetParam(GENDER_SIGNS).optional(), require: z.literal('paarform').optional() })
    .refine(({ forbid, require }) => (forbid === undefined) !== (require === undefined), {
      error: 'braucht genau eines von "forbid" oder "require"',
    }),
  negatable: false,
  grade: ({ forbid }, { output }) => {
    const findings = forbid ? findGenderSigns(output, forbid) : findMissingPairForms(output);
    const described = findings.map(({ kind, word }) => `„${word}“ (${LABELS[kind]})`);
    if (forbid) {
      return findings.length === 0
        ? outcome(true, `Keine der Schreibweisen ${forbid.map((sign) => LABELS[sign]).join(', ')}`)
        : outcome(false, `Nicht erlaubte Genderschreibweise: ${listFindings(described)}`);
    }
    return findings.length === 0
      ? outcome(true, 'Personenbezeichnungen stehen in Paarform oder neutral')
      : outcome(false, `Paarform fehlt: ${listFindings(described)}`);
  },
  describe: ({ forbid }) =>
    forbid
      ? `Gendert ohne ${germanList(
          forbid.map((sign) => LABELS[sign]),
          'oder',
        )}`
      : 'Nennt Personen in Paarform („Bürgerinnen und Bürger“) oder neutral',
});
