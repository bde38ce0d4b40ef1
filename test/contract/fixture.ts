import { stringify } from 'yaml';
import type { CatalogueFile } from '../../server/exercises/catalogue.ts';
import type { ExerciseInput } from '../../server/schema/exercise.ts';
import type { FixtureInput } from '../../server/schema/fixture.ts';

export const EXERCISE_ID = 'antrag-bestaetigen';
/** A second exercise, not released in the contract's workshop: teams must not see it. */
export const UNRELEASED_ID = 'zweite-uebung';
export const OPENAI_KEY = 'sk-test-geheimer-schluessel-1234567890';
/** PROMPTATHON_TRAINER_PASSWORD in both runtimes. */
export const TRAINER_PASSWORD = 'Trainer-Passwort-2026!';

/** What only hidden cases hold; none of it may appear in any response. */
export const SECRETS = [
  'GEHEIM-4711',
  'Verborgene Person Zett',
  'GEHEIMREFERENZ-0815',
  'geheim-fall',
  'zweiter-geheimer',
];

/** The pattern of a visible case's regex check: trainers may read it, attendees never. */
export const PATTERN = '(?:A|Z)-100';

export const exercise: ExerciseInput = {
  id: EXERCISE_ID,
  title: 'Eingang eines Antrags bestätigen',
  level: 1,
  tags: ['test'],
  task: 'Bestätigen Sie den Eingang eines Antrags.',
  context: { amt: 'Bürgeramt Musterstadt' },
  starter: { system: 'Sie arbeiten im {{amt}}.', user: 'Bestätige Antrag {{nummer}} von {{name}}.' },
};

export const fixture: FixtureInput = {
  exercise: EXERCISE_ID,
  pass: 1,
  cases: [
    {
      id: 'offen-1',
      description: 'Ein gewöhnlicher Antrag',
      vars: { nummer: 'A-100', name: 'Erika Muster', hinweis: 'eilig' },
      reference: 'Ihr Antrag A-100 ist eingegangen.',
      assert: [
        { type: 'contains', value: 'A-100' },
        { type: 'regex', value: PATTERN },
      ],
    },
    {
      id: 'geheim-fall',
      hidden: true,
      vars: { nummer: 'GEHEIM-4711', name: 'Verborgene Person Zett' },
      reference: 'GEHEIMREFERENZ-0815',
      assert: [{ type: 'contains', value: 'GEHEIM-4711' }],
    },
    {
      id: 'offen-2',
      vars: { nummer: 'A-200', name: 'Max Beispiel', hinweis: 'normal' },
      assert: [{ type: 'contains', value: 'A-200', description: 'Nennt die Antragsnummer A-200' }],
    },
    {
      id: 'zweiter-geheimer',
      hidden: true,
      vars: { nummer: 'GEHEIM-4711-B', name: 'Verborgene Person Zett', hinweis: 'GEHEIM-4711' },
      reference: 'GEHEIMREFERENZ-0815',
      assert: [{ type: 'contains', value: 'GEHEIM-4711' }],
    },
  ],
};

/** Settings both runtimes serve the contract with: the demo answers fast, a failing call is not retried. */
export const contractConfig = { retries: 0, timeout_ms: 5_000, providers: { demo: { delay_ms: 2 } } };

const unreleased: ExerciseInput = {
  id: UNRELEASED_ID,
  title: 'Noch nicht freigegeben',
  level: 2,
  task: 'Kommt später.',
  starter: { user: 'Fasse zusammen: {{text}}' },
};

const unreleasedFixture: FixtureInput = {
  exercise: UNRELEASED_ID,
  cases: [{ id: 'eins', vars: { text: 'Ein kurzer Text.' }, assert: [{ type: 'contains', value: 'Text' }] }],
};

/** The exercises and their fixtures as the catalogue files a trainer would write. */
export const catalogueFiles = (): CatalogueFile[] => [
  { path: `prompts/${EXERCISE_ID}.yaml`, text: stringify(exercise) },
  { path: `evals/${EXERCISE_ID}.yaml`, text: stringify(fixture) },
  { path: `prompts/${UNRELEASED_ID}.yaml`, text: stringify(unreleased) },
  { path: `evals/${UNRELEASED_ID}.yaml`, text: stringify(unreleasedFixture) },
];

/** A run of the starter prompt on the demo model over all cases; `overrides` replace top-level fields. */
export const startRequest = (overrides: Record<string, unknown> = {}) => ({
  exercise: EXERCISE_ID,
  prompt: exercise.starter,
  targets: [{ provider: 'demo:basis' }],
  cache: false,
  ...overrides,
});
