import type { Press } from './press.ts';
import type { Session } from './session.ts';

/** What the attendees received, held against what the server stored. Every count but `stored` should be 0. */
export interface Check {
  /** Case results stored. */
  stored: number;
  /** POST /api/runs not answered with 201. */
  refused: number;
  /** Runs whose stream never brought `run-finished`, or that did not end as `done`. */
  unfinished: number;
  /** Stored results without their `case-finished` event, events without a stored result, or other output. */
  lostResults: number;
  /** `case-finished` received twice for one case. */
  duplicates: number;
  /** Cases whose streamed text is not the beginning of the stored answer. */
  lostDeltas: number;
  /** A team member's live events lacked a `run-finished` of the team's run. */
  lostTeamEvents: number;
}

interface StoredRun {
  results: { caseId: string; output: string }[];
}

/** Reads every run back (as the trainer) and compares it with what its attendee's page received. */
export async function verify(
  trainer: Session,
  presses: Press[],
  people: { team: number }[],
  seen: Set<string>[],
): Promise<Check> {
  const check: Check = {
    stored: 0,
    refused: 0,
    unfinished: 0,
    lostResults: 0,
    duplicates: 0,
    lostDeltas: 0,
    lostTeamEvents: 0,
  };
  for (const p of presses) {
    if (!p.runId) {
      check.refused++;
      continue;
    }
    if (p.runStatus !== 'done') check.unfinished++;
    check.duplicates += p.duplicates;
    const run = (await trainer.must('GET', `/api/runs/${p.runId}`, undefined, 200)) as StoredRun;
    check.stored += run.results.length;
    const stored = new Map(run.results.map((r) => [r.caseId, r.output]));
    for (const [caseId, output] of stored) if (p.outputs.get(caseId) !== output) check.lostResults++;
    for (const caseId of p.outputs.keys()) if (!stored.has(caseId)) check.lostResults++;
    for (const [caseId, text] of p.streamed) if (!(stored.get(caseId) ?? '').startsWith(text)) check.lostDeltas++;
    people.forEach(({ team }, i) => {
      if (team === p.team && !seen[i]!.has(p.runId!)) check.lostTeamEvents++;
    });
  }
  return check;
}
