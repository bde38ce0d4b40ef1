import { describe, expect, it } from 'vitest';
import { afterRoundContract } from './after-round.ts';
import { authoringContract } from './authoring.ts';
import { catalogueContract } from './catalogue.ts';
import { checksContract } from './checks.ts';
import type { FetchTarget } from './client.ts';
import { errorContract } from './errors.ts';
import { SECRETS } from './fixture.ts';
import { isolationContract } from './isolation.ts';
import { limitsContract } from './limits.ts';
import { removalContract } from './removal.ts';
import { roundContract } from './rounds.ts';
import { runContract } from './runs.ts';
import { sessionContract } from './session.ts';
import { workshopContract } from './workshops.ts';
import { createWorld } from './world.ts';

/**
 * The API as both runtimes must serve it on a network (sessions needed), over the exercises in ./fixture.ts on a
 * fresh store, the settings in `contractConfig` and the trainer password `TRAINER_PASSWORD`, with OPENAI_API_KEY
 * set and ANTHROPIC_API_KEY not. Node calls it over real HTTP (test/api/contract.test.ts), workerd through the
 * Worker's fetch over D1 (test/workers/contract.test.ts). The tests run in order: a trainer opens a workshop,
 * teams join, and the catalogue and runs are then a team's.
 */
/** `origin`: the app's own origin, as a browser on it sends it (read once the server runs). */
export function apiContract(target: FetchTarget, origin: () => string): void {
  const world = createWorld(target, origin);
  sessionContract(world);
  workshopContract(world);
  catalogueContract(world);
  errorContract(world.teamA);
  runContract(world.teamA);
  isolationContract(world);
  checksContract(world);
  roundContract(world);
  afterRoundContract(world);
  authoringContract(world);
  limitsContract(world);
  removalContract(world);

  describe('hidden cases', () => {
    it('never leak into any response, error message or event stream a team receives', () => {
      const all = [world.teamA, world.teamA2, world.teamB].flatMap((client) => client.transcript).join('\n');
      expect(all).toContain('verborgen-1');
      for (const secret of SECRETS) expect(all).not.toContain(secret);
    });
  });
}
