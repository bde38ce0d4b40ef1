import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { loadCatalogue, type LoadedExercise } from '../../server/exercises/catalogue.ts';
import { builtinAssertions } from '../../server/grading/builtin.ts';
import { AssertionRegistry } from '../../server/grading/registry.ts';
import { providersConfigSchema } from '../../server/providers/config.ts';
import { createProviderRegistry } from '../../server/providers/registry.ts';
import type { RunnerDeps } from '../../server/runs/runner.ts';
import type { ExerciseInput } from '../../server/schema/exercise.ts';
import type { FixtureInput } from '../../server/schema/fixture.ts';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite.ts';

export const assertions = new AssertionRegistry(builtinAssertions);

export const exercise: ExerciseInput = {
  id: 'antrag-bestaetigen',
  title: 'Eingang eines Antrags bestätigen',
  level: 1,
  task: 'Bestätigen Sie den Eingang.',
  context: { amt: 'Bürgeramt Musterstadt' },
  starter: { system: 'Sie arbeiten im {{amt}}.', user: 'Bestätige Antrag {{nummer}}.' },
};

export const fixture: FixtureInput = {
  exercise: 'antrag-bestaetigen',
  pass: 1,
  cases: ['A-1', 'A-2', 'A-3'].map((nummer, i) => ({
    id: `fall-${i + 1}`,
    vars: { nummer },
    reference: `Ihr Antrag ${nummer} ist eingegangen.`,
    assert: [{ type: 'contains', value: nummer }],
  })),
};

/** The exercise as the loader makes it, from YAML text like a trainer's files. */
export function loadExercise(ex: ExerciseInput = exercise, fx: FixtureInput = fixture): LoadedExercise {
  const catalogue = loadCatalogue(
    [
      { path: `prompts/${ex.id}.yaml`, text: stringify(ex) },
      { path: `evals/${ex.id}.yaml`, text: stringify(fx) },
    ],
    assertions,
  );
  if (catalogue.problems.length) throw new Error(JSON.stringify(catalogue.problems));
  return catalogue.exercises[0]!;
}

export interface TestEnv {
  deps: RunnerDeps;
  store: SqliteStore;
  dir: string;
  close(): void;
}

/** A real SQLite file and a provider registry whose `local` endpoint is the given fake server. */
export function testEnv(baseUrl: string, options: { judge?: string; concurrency?: number } = {}): TestEnv {
  const dir = mkdtempSync(join(tmpdir(), 'promptathon-run-'));
  const store = openSqliteStore(join(dir, 'test.db'));
  const config = providersConfigSchema.parse({
    retries: 1,
    timeout_ms: 5_000,
    endpoints: { local: { base_url: baseUrl, concurrency: options.concurrency ?? 4 } },
  });
  const providers = createProviderRegistry({ env: {}, config, backoff: { baseDelayMs: 1, maxDelayMs: 5 } });
  const deps: RunnerDeps = {
    store,
    providers,
    assertions,
    now: Date.now,
    newId: () => crypto.randomUUID(),
    owner: 'test',
    judge: options.judge,
  };
  return {
    deps,
    store,
    dir,
    close() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
