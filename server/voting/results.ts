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
  const known = new Set(auto.map((e) => e.teamId));
  const voted = ballots.filter((b) => b.choice !== null && known.has(b.firstTeam) && known.has(b.secondTeam));
  // Only entries people compared are fitted: one nobody saw would shift what "average" means.
  const compared = auto.filter((e) => voted.some((b) => b.firstTeam === e.teamId || b.secondTeam === e.teamId));
  const index = new Map(compared.map((e, i) => [e.teamId, i]));
  const comparisons = voted.map((b): Comparison => ({
    a: index.get(b.firstTeam)!,
    b: index.get(b.secondTeam)!,
    outcome: b.choice!,
  }));
  const { strengths } = fitBradleyTerry(compared.length, comparisons);
  const strengthOf = new Map(compared.map((e, i) => [e.teamId, strengths[i]!]));
  const bothPoor = new Map<string, number>();
  for (const b of voted.filter((v) => v.choice === 'both-poor')) {
    for (const team of [b.firstTeam, b.secondTeam]) bothPoor.set(team, (bothPoor.get(team) ?? 0) + 1);
  }
  const byTheta = (x: { theta: number }, y: { theta: number }) =>
    Math.abs(y.theta - x.theta) < SAME ? 0 : y.theta - x.theta;
  const voteRank = new Map(
    ranked(
      compared.map((e, i) => ({ teamId: e.teamId, theta: strengths[i]!.theta })),
      byTheta,
    ).map((x) => [x.teamId, x.rank]),
  );
  const standings = auto.map((e): VoteStanding => {
    const s = strengthOf.get(e.teamId);
    return {
      team: names.get(e.teamId) ?? '',
      team_id: e.teamId,
      points: e.points,
      auto_rank: e.rank,
      strength: s ? winChance(s.theta) : null,
      low: s ? winChance(s.low) : null,
      high: s ? winChance(s.high) : null,
      vote_rank: voteRank.get(e.teamId) ?? null,
      wins: s?.wins ?? 0,
      losses: s?.losses ?? 0,
      ties: s?.ties ?? 0,
      both_poor: bothPoor.get(e.teamId) ?? 0,
      comparisons: s?.comparisons ?? 0,
    };
  });
  const points = compared.map((e) => e.points);
  const thetas = strengths.map((s) => s.theta);
  const name = (i: number) => names.get(compared[i]!.teamId) ?? '';
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
