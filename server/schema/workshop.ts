import * as z from 'zod';
import { exerciseIdSchema, providerIdSchema } from './exercise.ts';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, TEAM_NAME_LENGTH } from './limits.ts';
import { dataGuardPolicySchema, dataGuardReplacementSchema } from './guard.ts';
import { roundStateSchema } from './round.ts';

/** What people type: lower case, spaces and dashes are forgiven. */
export const joinCodeSchema = z
  .string()
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(
    z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), {
      error: `besteht aus ${JOIN_CODE_LENGTH} Zeichen (Buchstaben und Ziffern 2–9)`,
    }),
  );

const distinct = <T extends z.ZodType<string>>(item: T) =>
  z.array(item).refine((list) => new Set(list).size === list.length, { error: 'enthält einen Eintrag doppelt' });

const settingsShape = {
  title: z.string().trim().min(1, { error: 'darf nicht leer sein' }).max(120),
  /** The day of the event (YYYY-MM-DD); default: today. */
  date: z.iso.date({ error: 'erwartet ein Datum wie 2026-12-02' }),
  /** Exercise ids in the order teams see them. */
  exercises: distinct(exerciseIdSchema).min(1, { error: 'braucht mindestens eine Übung' }).max(60),
  /** The exercises open to teams; absent when creating: all listed exercises at once. */
  released: distinct(exerciseIdSchema),
  /** Provider ids teams may use; null or absent: every available model. */
  models: distinct(providerIdSchema).min(1, { error: 'braucht mindestens ein Modell' }).nullable(),
  /** Only providers marked in-house (`in_house`): nothing leaves the administration. */
  in_house_only: z.boolean(),
  /** Per team, in EUR; null: no limit. */
  budget_eur: z.number().min(0).max(100_000).nullable(),
  /** Per team, tokens of models without a price; null: no limit. */
  budget_tokens: z.int().min(0).max(1_000_000_000).nullable(),
  /** Runs a team may start per minute; null: no limit. */
  runs_per_minute: z.int().min(1).max(600).nullable(),
  leaderboard_visible: z.boolean(),
  /** What happens to personal data on its way to a model outside the house. */
  data_guard: dataGuardPolicySchema,
  /** The guard applies to in-house models too. */
  data_guard_in_house: z.boolean(),
  data_guard_replacement: dataGuardReplacementSchema,
};

const settingsSchema = z.strictObject(settingsShape);

/** `POST /api/workshops`: title and exercises, everything else has a default. */
export const workshopCreateSchema = settingsSchema.extend({
  date: settingsShape.date.optional(),
  released: settingsShape.released.optional(),
  models: settingsShape.models.optional(),
  in_house_only: settingsShape.in_house_only.default(false),
  budget_eur: settingsShape.budget_eur.default(null),
  budget_tokens: settingsShape.budget_tokens.default(null),
  runs_per_minute: settingsShape.runs_per_minute.default(10),
  leaderboard_visible: settingsShape.leaderboard_visible.default(true),
  data_guard: settingsShape.data_guard.default('pseudonymise'),
  data_guard_in_house: settingsShape.data_guard_in_house.default(false),
  data_guard_replacement: settingsShape.data_guard_replacement.default('placeholder'),
});
export type WorkshopCreate = z.infer<typeof workshopCreateSchema>;

/** `PATCH /api/workshops/{id}`: any settings, and whether teams may join. */
export const workshopPatchSchema = settingsSchema.extend({ join_open: z.boolean() }).partial();
export type WorkshopPatch = z.infer<typeof workshopPatchSchema>;

export const workshopSchema = settingsSchema.extend({
  id: z.string(),
  code: z.string(),
  join_open: z.boolean(),
  /** The address attendees open (the code is filled in); also what the QR code holds. */
  join_url: z.string(),
  created_at: z.int(),
  trainers: z.array(z.object({ id: z.string(), name: z.string() })),
  round: roundStateSchema,
});
export type Workshop = z.infer<typeof workshopSchema>;

/** Spend of a team: EUR of priced models, tokens of models without a price. */
export const spendSchema = z.object({ eur: z.number(), tokens: z.int() });

/** A name as people type it, tidied (one form of each letter, single spaces) and without invisible characters. */
const typedName = (min: number, max: number) =>
  z
    .string()
    .transform((name) => name.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(min, { error: `braucht mindestens ${min} Zeichen` })
        .max(max, { error: `darf höchstens ${max} Zeichen haben` })
        .regex(/^[^\p{Cc}\p{Cf}]*$/u, { error: 'enthält unsichtbare Steuerzeichen' }),
    );

export const teamNameSchema = typedName(TEAM_NAME_LENGTH.min, TEAM_NAME_LENGTH.max);

/** Names are unique per workshop regardless of case and spacing: "Team Nord" is "team  nord" is "TeamNord". */
export const teamNameKey = (name: string): string => name.toLocaleLowerCase('de').replace(/\s+/g, '');

export const participantNameSchema = typedName(0, 80);

export const participantSchema = z.object({ id: z.string(), name: z.string().nullable(), joined_at: z.int() });

export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  created_at: z.int(),
  members: z.array(participantSchema),
  runs: z.int(),
  spent: spendSchema,
  /** Time of the team's last run, null before the first. */
  last_run_at: z.int().nullable(),
});
export type Team = z.infer<typeof teamSchema>;

export const workshopDetailSchema = workshopSchema.extend({ teams: z.array(teamSchema) });
export type WorkshopDetail = z.infer<typeof workshopDetailSchema>;

export const workshopListItemSchema = workshopSchema.extend({ team_count: z.int() });
export type WorkshopListItem = z.infer<typeof workshopListItemSchema>;

export const teamPatchSchema = z.strictObject({ name: teamNameSchema });

/** What anyone with a valid code learns before joining: the workshop's title and its teams. */
export const joinPreviewSchema = z.object({
  title: z.string(),
  date: z.string(),
  join_open: z.boolean(),
  teams: z.array(z.string()),
});
export type JoinPreview = z.infer<typeof joinPreviewSchema>;

const teamRefSchema = z.object({ id: z.string(), name: z.string() });

/**
 * What live views of a workshop receive (`GET /api/events`): ids and names, never prompts or outputs. A team
 * gets the events of everyone and its own; trainers get all.
 */
export const workshopLiveEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('run-started'), run: z.string(), exercise: z.string(), team: teamRefSchema }),
  z.object({
    type: z.literal('run-finished'),
    run: z.string(),
    exercise: z.string(),
    team: teamRefSchema,
    status: z.string(),
  }),
  z.object({ type: z.literal('team-joined'), team: teamRefSchema, participant: z.string() }),
  z.object({ type: z.literal('team-renamed'), team: teamRefSchema }),
  z.object({ type: z.literal('team-removed'), team: teamRefSchema }),
  z.object({ type: z.literal('participant-removed'), participant: z.string(), team: teamRefSchema }),
  /** Settings or the round changed (released, locked, revealed, countdown, message): views reload what they show. */
  z.object({ type: z.literal('workshop-changed') }),
  /** A team chose another attempt as its entry (to the team and the trainers). */
  z.object({ type: z.literal('entry-changed'), exercise: z.string(), team: teamRefSchema }),
  /** The leaderboard may have changed (an attempt finished, an entry chosen, a team joined, renamed or removed). */
  z.object({ type: z.literal('leaderboard-changed') }),
  /** Someone voted in the blind vote of this exercise (to the trainers, whose results update). */
  z.object({ type: z.literal('votes-changed'), exercise: z.string() }),
  /** The last event of a stream whose session ended (logged out, team or participant removed). */
  z.object({ type: z.literal('session-ended') }),
]);
export type WorkshopLiveEvent = z.infer<typeof workshopLiveEventSchema>;
