import * as z from 'zod';
import { PASSWORD_MIN_LENGTH } from './limits.ts';
import { roundStateSchema } from './round.ts';
import { joinCodeSchema, participantNameSchema, spendSchema, teamNameSchema } from './workshop.ts';

export const loginSchema = z.strictObject({
  password: z.string().min(1, { error: 'darf nicht leer sein' }).max(1024),
  /** The account; absent: the first trainer (`trainer`), whose password PROMPTATHON_TRAINER_PASSWORD sets. */
  login: z.string().trim().toLowerCase().min(1).max(60).optional(),
});

export const joinSchema = z.strictObject({
  code: joinCodeSchema,
  team: teamNameSchema,
  name: participantNameSchema.optional(),
});
export type JoinInput = z.infer<typeof joinSchema>;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: `braucht mindestens ${PASSWORD_MIN_LENGTH} Zeichen` })
  .max(1024);

export const loginNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._@-]{1,59}$/, {
    error: 'besteht aus 2 bis 60 Zeichen: Kleinbuchstaben, Ziffern, ".", "_", "@" oder "-"',
  });

/** Accepting a one-time link: the set-up of the first trainer, or a co-trainer's invitation. */
export const acceptInviteSchema = z.strictObject({
  login: loginNameSchema,
  name: z.string().trim().min(1).max(80),
  password: passwordSchema,
});

export type LoginInput = z.input<typeof loginSchema>;
export type AcceptInviteInput = z.input<typeof acceptInviteSchema>;

export const inviteInfoSchema = z.object({
  kind: z.enum(['setup', 'co-trainer']),
  /** The workshop a co-trainer joins. */
  workshop: z.object({ id: z.string(), title: z.string() }).nullable(),
  /** Whether the invitation makes a new account (no: an existing trainer is logged in and just joins). */
  new_account: z.boolean(),
});
export type InviteInfo = z.infer<typeof inviteInfoSchema>;

const budgetSchema = z.object({
  /** Null: no limit of that kind. */
  limit: z.object({ eur: z.number().nullable(), tokens: z.int().nullable() }),
  spent: spendSchema,
});
export type Budget = z.infer<typeof budgetSchema>;

/** `GET /api/session`: who the caller is. */
export const sessionInfoSchema = z.discriminatedUnion('role', [
  z.object({ role: z.literal('none') }),
  z.object({ role: z.literal('open') }),
  z.object({
    role: z.literal('trainer'),
    trainer: z.object({ id: z.string(), login: z.string(), name: z.string() }),
  }),
  z.object({
    role: z.literal('team'),
    workshop: z.object({
      id: z.string(),
      title: z.string(),
      date: z.string(),
      leaderboard_visible: z.boolean(),
      round: roundStateSchema,
    }),
    team: z.object({ id: z.string(), name: z.string(), budget: budgetSchema }),
    participant: z.object({ id: z.string(), name: z.string().nullable() }),
  }),
]);
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

/** A one-time link for a co-trainer (`POST /api/workshops/{id}/invites`). */
export const inviteLinkSchema = z.object({ url: z.string(), expires_at: z.int() });
export type InviteLink = z.infer<typeof inviteLinkSchema>;
