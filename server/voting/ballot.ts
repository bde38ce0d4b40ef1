import type { Catalogue } from '../exercises/catalogue.ts';
import { findExercise, toDetail } from '../http/exercise-view.ts';
import { ApiProblem } from '../http/errors.ts';
import { casePoints } from '../leaderboard/case-points.ts';
import type { Ballot } from '../schema/voting.ts';
import type { BallotRecord, VoteChoiceRecord, WorkshopRecord } from '../store/records.ts';
import type { Store } from '../store/types.ts';
import { nextPair, pairsFor } from './pairing.ts';

export interface BallotDeps {
  store: Store;
  catalogue: Catalogue;
  newId: () => string;
  now: () => number;
  random?: () => number;
}

export interface Voter {
  participantId: string;
  teamId: string;
}

const NOT_RUN = '(Keine Antwort: Dieser Fall lief bei diesem Versuch nicht.)';

/** How often each team and each pair was shown so far, over all attendees. */
function coverage(ballots: readonly BallotRecord[]) {
  const appearances = new Map<string, number>();
  const pairCounts = new Map<string, number>();
  for (const b of ballots) {
    for (const team of [b.firstTeam, b.secondTeam]) appearances.set(team, (appearances.get(team) ?? 0) + 1);
    pairCounts.set(b.pairKey, (pairCounts.get(b.pairKey) ?? 0) + 1);
  }
  return { appearances, pairCounts };
}

/** The two answers of a ballot and its case as the attendee sees them: no team, no prompt, no reference. */
async function present(deps: BallotDeps, ballot: BallotRecord, voted: number, total: number): Promise<Ballot> {
  const loaded = findExercise(deps.catalogue, ballot.exercise);
  const shown = loaded && toDetail(loaded, undefined, { state: 'locked', revealed: true });
  const found = shown?.cases.find((c) => c.id === ballot.caseId);
  if (!shown || !found || found.hidden) throw new Error(`Fall ${ballot.caseId} fehlt`);
  const { reference: _reference, ...visible } = found;
  const attempts = await deps.store.getRuns([ballot.firstRun, ballot.secondRun]);
  const answer = (run: string) => {
    const attempt = attempts.get(run);
    const first = attempt && casePoints(attempt.results, ballot.caseId, attempt.targets[0]?.provider).first;
    return first?.output ?? NOT_RUN;
  };
  return {
    status: 'open',
    exercise: ballot.exercise,
    title: shown.title,
    id: ballot.id,
    case: visible,
    a: answer(ballot.firstRun),
    b: answer(ballot.secondRun),
    voted,
    total,
  };
}

/**
 * The attendee's current pair: the one shown before and not voted on yet (so a reload shows the same), else a
 * new one from two other teams' entries, chosen to cover every entry about equally often.
 */
export async function currentBallot(deps: BallotDeps, workshop: WorkshopRecord, voter: Voter): Promise<Ballot> {
  const voting = workshop.voting;
  if (!voting) return { status: 'closed' };
  const { exercise } = voting;
  const teams = voting.entries.map((e) => e.teamId);
  const total = pairsFor(teams, voting.cases, voter.teamId);
  for (let attempt = 0; attempt < 3; attempt++) {
    const ballots = await deps.store.ballotsOf(workshop.id, exercise);
    const mine = ballots.filter((b) => b.participantId === voter.participantId);
    const voted = mine.filter((b) => b.choice !== null).length;
    const pending = mine.find((b) => b.choice === null);
    if (pending) return present(deps, pending, voted, total);
    const pair = nextPair({
      entries: teams,
      cases: voting.cases,
      voterTeam: voter.teamId,
      seen: new Set(mine.map((b) => b.pairKey)),
      ...coverage(ballots),
      random: deps.random ?? Math.random,
    });
    const title = findExercise(deps.catalogue, exercise)?.exercise.title ?? exercise;
    if (!pair) return { status: 'done', exercise, title, voted };
    const run = new Map(voting.entries.map((e) => [e.teamId, e.run]));
    const ballot: BallotRecord = {
      id: deps.newId(),
      workshopId: workshop.id,
      exercise,
      participantId: voter.participantId,
      caseId: pair.case,
      firstTeam: pair.first,
      firstRun: run.get(pair.first) ?? '',
      secondTeam: pair.second,
      secondRun: run.get(pair.second) ?? '',
      pairKey: pair.key,
      choice: null,
      createdAt: deps.now(),
      votedAt: null,
    };
    // Two tabs of one attendee may draw the same pair at once; the loser reads the winner's ballot.
    if (await deps.store.insertBallot(ballot)) return present(deps, ballot, voted, total);
  }
  throw new ApiProblem(409, 'Das nächste Paar ließ sich gerade nicht ziehen. Bitte laden Sie die Seite neu.');
}

/** One vote per attendee and pair: a ballot already voted on answers 409, another attendee's 404. */
export async function castVote(
  deps: BallotDeps,
  workshop: WorkshopRecord,
  voter: Voter,
  ballotId: string,
  choice: VoteChoiceRecord,
): Promise<BallotRecord> {
  const ballot = await deps.store.getBallot(ballotId);
  if (!ballot || ballot.participantId !== voter.participantId || ballot.workshopId !== workshop.id) {
    throw new ApiProblem(404, 'Dieses Paar gibt es nicht.', 'ballot');
  }
  if (workshop.voting?.exercise !== ballot.exercise) {
    throw new ApiProblem(409, 'Die Abstimmung ist geschlossen; Ihre bisherigen Stimmen zählen.');
  }
  if (!(await deps.store.castVote(ballot.id, choice, deps.now()))) {
    throw new ApiProblem(409, 'Zu diesem Paar haben Sie schon abgestimmt.', 'ballot');
  }
  return ballot;
}
