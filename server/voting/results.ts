import type { TeamEntry } from '../leaderboard/board.ts';
import { byStanding, ranked } from '../leaderboard/rank.ts';
import type { VoteResults, VoteStanding } from '../schema/voting.ts';
import type { BallotRecord } from '../store/records.ts';
import { fitBradleyTerry, winChance, type Comparison } from './bradley-terry.ts';
import { discordantPairs, kendallTauB } from './kendall.ts';

export interface VoteInput {
  exercise: string;
  title: string;
  open: boolean;
  /** The exercise's entries as the ranking counts them. */
  entries: readonly TeamEntry[];
  names: ReadonlyMap<string, string>;
  ballots: readonly BallotRecord[];
}

/** Strengths closer than this are one place: float noise must not split a tie. */
const SAME = 1e-9;

/**
 * People's ranking beside the checks': a Bradley-Terry fit of the votes (ties and "both poor" as half a win each),
 * each entry's chance to beat an average one with its 95 % interval, and Kendall's tau-b between points and
 * strength over the entries people compared.
 */
export function buildVoteResults({ exercise, title, open, entries, names, ballots }: VoteInput): VoteResults {
  const auto = ranked(entries, byStanding);
  const index = new Map(auto.map((e, i) => [e.teamId, i]));
  const voted = ballots.filter((b) => b.choice !== null && index.has(b.firstTeam) && index.has(b.secondTeam));
  const comparisons = voted.map((b): Comparison => ({
    a: index.get(b.firstTeam)!,
    b: index.get(b.secondTeam)!,
    outcome: b.choice!,
  }));
  const { strengths } = fitBradleyTerry(auto.length, comparisons);
  const bothPoor = new Map<string, number>();
  for (const b of voted.filter((v) => v.choice === 'both-poor')) {
    for (const team of [b.firstTeam, b.secondTeam]) bothPoor.set(team, (bothPoor.get(team) ?? 0) + 1);
  }
  const compared = auto.flatMap((e, i) => (strengths[i]!.comparisons > 0 ? [{ e, s: strengths[i]! }] : []));
  const voteRank = new Map(
    ranked(compared, (x, y) => (Math.abs(y.s.theta - x.s.theta) < SAME ? 0 : y.s.theta - x.s.theta)).map((x) => [
      x.e.teamId,
      x.rank,
    ]),
  );
  const standings = auto.map((e, i): VoteStanding => {
    const s = strengths[i]!;
    return {
      team: names.get(e.teamId) ?? '',
      team_id: e.teamId,
      points: e.points,
      auto_rank: e.rank,
      strength: winChance(s.theta),
      low: winChance(s.low),
      high: winChance(s.high),
      vote_rank: voteRank.get(e.teamId) ?? null,
      wins: s.wins,
      losses: s.losses,
      ties: s.ties,
      both_poor: bothPoor.get(e.teamId) ?? 0,
      comparisons: s.comparisons,
    };
  });
  const points = compared.map((x) => x.e.points);
  const thetas = compared.map((x) => x.s.theta);
  const name = (i: number) => names.get(compared[i]!.e.teamId) ?? '';
  return {
    exercise,
    title,
    open,
    votes: voted.length,
    voters: new Set(voted.map((b) => b.participantId)).size,
    entries: standings,
    tau: kendallTauB(points, thetas),
    disagreements: discordantPairs(points, thetas).map(([i, j]) =>
      points[i]! > points[j]! ? { by_checks: name(i), by_votes: name(j) } : { by_checks: name(j), by_votes: name(i) },
    ),
  };
}
