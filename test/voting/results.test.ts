import { describe, expect, it } from 'vitest';
import type { TeamEntry } from '../../server/leaderboard/board.ts';
import type { BallotRecord, VoteChoiceRecord } from '../../server/store/records.ts';
import { pairKey } from '../../server/voting/pairing.ts';
import { buildVoteResults } from '../../server/voting/results.ts';

const entry = (teamId: string, points: number): TeamEntry => ({
  teamId,
  run: `run-${teamId}`,
  points,
  outputTokens: 100,
  at: 0,
  chosen: false,
});

let ballots = 0;
const ballot = (first: string, second: string, choice: VoteChoiceRecord | null, voter = 'p1'): BallotRecord => ({
  id: `b${++ballots}`,
  workshopId: 'w',
  exercise: 'x',
  participantId: voter,
  caseId: 'c',
  firstTeam: first,
  firstRun: `run-${first}`,
  secondTeam: second,
  secondRun: `run-${second}`,
  pairKey: pairKey('c', first, second),
  choice,
  createdAt: ballots,
  votedAt: choice ? ballots : null,
});

const names = new Map([
  ['n', 'Nord'],
  ['s', 'Süd'],
  ['w', 'West'],
  ['o', 'Ost'],
]);

describe('vote results beside the automatic ranking', () => {
  // The checks rank Nord > Süd > West; people prefer West to Süd every time and Nord to both.
  const results = buildVoteResults({
    exercise: 'x',
    title: 'X',
    open: true,
    entries: [entry('n', 90), entry('s', 70), entry('w', 50), entry('o', 10)],
    names,
    ballots: [
      ballot('w', 's', 'a'),
      ballot('s', 'w', 'b', 'p2'),
      ballot('w', 's', 'a', 'p3'),
      ballot('n', 'w', 'a'),
      ballot('s', 'n', 'b', 'p2'),
      ballot('n', 's', 'both-poor', 'p3'),
      // Not voted yet: shown, but no vote.
      ballot('n', 'w', null, 'p4'),
    ],
  });

  it('counts votes, voters, wins, losses, ties and "both poor"', () => {
    expect(results).toMatchObject({ votes: 6, voters: 3 });
    const [nord, sued, west, ost] = results.entries;
    expect(nord).toMatchObject({
      team: 'Nord',
      auto_rank: 1,
      wins: 2,
      losses: 0,
      ties: 1,
      both_poor: 1,
      comparisons: 3,
    });
    expect(sued).toMatchObject({ team: 'Süd', wins: 0, losses: 4, ties: 1, both_poor: 1, comparisons: 5 });
    expect(west).toMatchObject({ team: 'West', wins: 3, losses: 1, ties: 0, comparisons: 4 });
    expect(ost).toMatchObject({ team: 'Ost', comparisons: 0, vote_rank: null, strength: null, low: null });
  });

  it('ranks by the people, with intervals around each strength', () => {
    expect(results.entries.map((e) => [e.team, e.vote_rank])).toEqual([
      ['Nord', 1],
      ['Süd', 3],
      ['West', 2],
      ['Ost', null],
    ]);
    for (const e of results.entries.slice(0, 3)) {
      expect(e.low!).toBeLessThan(e.strength!);
      expect(e.high!).toBeGreaterThan(e.strength!);
    }
    // Nord won or tied every vote, Süd won none.
    expect(results.entries[0]!.strength!).toBeGreaterThan(0.5);
    expect(results.entries[1]!.strength!).toBeLessThan(0.5);
  });

  it('measures agreement over the compared entries and names where people and checks differ', () => {
    // Points 90 > 70 > 50 against votes Nord > West > Süd: 2 concordant pairs, 1 discordant, no ties: τ = 1/3.
    expect(results.tau).toBeCloseTo(1 / 3, 10);
    expect(results.disagreements).toEqual([{ by_checks: 'Süd', by_votes: 'West' }]);
  });
});
