import * as z from 'zod';
import { exerciseIdSchema } from './exercise.ts';
import { publicCaseSchema } from './api.ts';

/** A: the first answer is better; B: the second; equal; both poor (counts as a tie, and is reported apart). */
export const voteChoiceSchema = z.enum(['a', 'b', 'equal', 'both-poor']);
export type VoteChoice = z.infer<typeof voteChoiceSchema>;

const visibleCaseSchema = publicCaseSchema.options[0];

/**
 * `GET /api/workshops/{id}/voting/ballot`: the attendee's next pair, anonymised (two other teams' answers to the
 * same case, in random order), or why there is none.
 */
export const ballotSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('closed') }),
  z.object({ status: z.literal('done'), exercise: exerciseIdSchema, title: z.string(), voted: z.int() }),
  z.object({
    status: z.literal('open'),
    exercise: exerciseIdSchema,
    title: z.string(),
    id: z.string(),
    case: visibleCaseSchema,
    a: z.string(),
    b: z.string(),
    /** How many pairs this attendee has judged, and how many there are for them in all. */
    voted: z.int(),
    total: z.int(),
  }),
]);
export type Ballot = z.infer<typeof ballotSchema>;

export const voteSchema = z.strictObject({ choice: voteChoiceSchema });

export const voteStandingSchema = z.object({
  team: z.string(),
  team_id: z.string(),
  /** The automatic ranking (all cases, as the leaderboard after the reveal). */
  points: z.number(),
  auto_rank: z.int(),
  /** Bradley-Terry: the chance to beat an average entry (0..1), with its 95 % interval; null while nobody compared it. */
  strength: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** Null while nobody compared it. */
  vote_rank: z.int().nullable(),
  wins: z.int(),
  losses: z.int(),
  ties: z.int(),
  both_poor: z.int(),
  comparisons: z.int(),
});
export type VoteStanding = z.infer<typeof voteStandingSchema>;

/** `GET /api/workshops/{id}/exercises/{exercise}/votes`: people's ranking beside the checks'. */
export const voteResultsSchema = z.object({
  exercise: exerciseIdSchema,
  title: z.string(),
  open: z.boolean(),
  votes: z.int(),
  voters: z.int(),
  entries: z.array(voteStandingSchema),
  /** Kendall's tau-b between points and vote strength: 1 same order, 0 unrelated, −1 reversed; null: too few. */
  tau: z.number().nullable(),
  /** Pairs of teams the checks and the people order differently. */
  disagreements: z.array(z.object({ by_checks: z.string(), by_votes: z.string() })),
});
export type VoteResults = z.infer<typeof voteResultsSchema>;
