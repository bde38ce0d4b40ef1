import { describe, expect, it } from 'vitest';
import { HIDDEN_LABEL, HIDDEN_REASON } from '../../server/http/redact.ts';
import { PATTERN, SECRETS } from './fixture.ts';
import { startRun } from './runs.ts';
import { runEvents } from './sse.ts';
import type { World } from './world.ts';

interface Result {
  caseId: string;
  assertions: Record<string, unknown>[];
}

/** What a team reads of its checks (labels, never a pattern) and of the prompts its run sent; what the trainer reads. */
export function checksContract(world: World): void {
  describe('what attendees read of the checks', () => {
    let runId = '';

    it('gives a team a label and a reason for each check, never the pattern', async () => {
      const { teamA } = world;
      const run = await startRun(teamA, { cases: ['offen-1', 'offen-2', 'verborgen-1'] });
      runId = run.id;
      const streamed = runEvents(await teamA.events(run.id))
        .filter((e) => e.type === 'case-finished')
        .map((e) => e.result as Result);
      const stored = (await teamA.call(`/api/runs/${run.id}`)).json.results as Result[];
      for (const results of [streamed, stored]) {
        const checks = (caseId: string) => results.find((r) => r.caseId === caseId)!.assertions;
        expect(checks('offen-1')).toEqual([
          { type: 'contains', label: 'Enthält „A-100“', weight: 1, pass: true, score: 1, reason: 'Enthält "A-100"' },
          {
            type: 'regex',
            label: 'Entspricht einem vorgegebenen Muster',
            weight: 1,
            pass: true,
            score: 1,
            reason: 'Passt zum Muster, gefunden: "A-100"',
          },
        ]);
        expect(checks('offen-2')).toEqual([expect.objectContaining({ label: 'Nennt die Antragsnummer A-200' })]);
        expect(checks('verborgen-1')).toEqual([
          { type: 'contains', label: HIDDEN_LABEL, weight: 1, pass: true, score: 1, reason: HIDDEN_REASON },
        ]);
      }
      expect(teamA.transcript.join('\n')).not.toContain(PATTERN);
    });

    it("gives the trainer the pattern as the check's detail", async () => {
      const { json } = await world.trainer.call(`/api/runs/${runId}`);
      const offen = (json.results as Result[]).find((r) => r.caseId === 'offen-1')!;
      expect(offen.assertions[1]).toMatchObject({
        label: 'Entspricht einem vorgegebenen Muster',
        reason: 'Passt zum Muster, gefunden: "A-100"',
        detail: `Muster /${PATTERN}/`,
      });
    });

    it('shows the prompt a visible case sent, with its variables filled in; a hidden case keeps it', async () => {
      const { teamA, teamB, trainer } = world;
      const prompt = (client = teamA, caseId = 'offen-1') => client.call(`/api/runs/${runId}/prompt?case=${caseId}`);
      const sent = await prompt();
      expect(sent.status).toBe(200);
      expect(sent.json).toEqual({
        system: 'Sie arbeiten im Bürgeramt Musterstadt.',
        user: 'Bestätige Antrag A-100 von Erika Muster.',
      });
      const hidden = await prompt(teamA, 'verborgen-1');
      expect(hidden.status).toBe(403);
      expect(hidden.json.error.field).toBe('case');
      // A hidden case the run did not include is as unknown as a typo.
      for (const caseId of ['verborgen-2', 'gibt-es-nicht']) expect((await prompt(teamA, caseId)).status).toBe(404);
      expect((await prompt(teamB)).status).toBe(404);
      // The trainer sees everything of a team's run.
      const revealed = await prompt(trainer, 'geheim-fall');
      expect(revealed.status).toBe(200);
      expect(revealed.json.user).toBe(`Bestätige Antrag ${SECRETS[0]} von ${SECRETS[1]}.`);
    });
  });
}
