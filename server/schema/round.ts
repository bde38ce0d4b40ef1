import * as z from 'zod';
import { exerciseIdSchema } from './exercise.ts';

/** Where an exercise stands for teams: not yet shown, open for runs, or locked (history stays readable). */
export const exerciseStateSchema = z.enum(['waiting', 'open', 'locked']);
export type ExerciseState = z.infer<typeof exerciseStateSchema>;

export const countdownSchema = z.object({
  /** Server time (ms since 1970) when the time is up; clients count against `now` of the same answer. */
  ends_at: z.int(),
  label: z.string().nullable(),
  /** The exercises that lock when the time is up. */
  locks: z.array(exerciseIdSchema),
});
export type Countdown = z.infer<typeof countdownSchema>;

export const announcementSchema = z.object({ id: z.string(), text: z.string(), at: z.int() });
export type Announcement = z.infer<typeof announcementSchema>;

/** The gallery the trainer opened after a reveal: one exercise, and the case everyone looks at (null: the first). */
export const galleryStateSchema = z.object({ exercise: exerciseIdSchema, case: z.string().nullable() });
export type GalleryState = z.infer<typeof galleryStateSchema>;

/** The blind vote the trainer opened: one exercise at a time; its votes stay when it is closed. */
export const votingStateSchema = z.object({ exercise: exerciseIdSchema, opened_at: z.int() });
export type VotingState = z.infer<typeof votingStateSchema>;

/**
 * The live state of a workshop's round, as trainers and teams see it. `now` is the server's clock at the time
 * of the answer: a device whose clock is off still counts down correctly.
 */
export const roundStateSchema = z.object({
  released: z.array(exerciseIdSchema),
  /** Released exercises that take no new runs (locked by the trainer, by a countdown, or revealed). */
  locked: z.array(exerciseIdSchema),
  /** Exercises whose hidden cases are shown and counted. */
  revealed: z.array(exerciseIdSchema),
  countdown: countdownSchema.nullable(),
  announcement: announcementSchema.nullable(),
  gallery: galleryStateSchema.nullable(),
  voting: votingStateSchema.nullable(),
  now: z.int(),
});
export type RoundState = z.infer<typeof roundStateSchema>;

/** `POST /api/workshops/{id}/round`: open these exercises together, optionally against the clock. */
export const roundStartSchema = z.strictObject({
  exercises: z.array(exerciseIdSchema).min(1, { error: 'braucht mindestens eine Übung' }).max(60),
  /** Length of the round; absent or null: no countdown. */
  minutes: z.int().min(1).max(600).nullable().optional(),
  /** Lock the round's exercises when the time is up (default yes). */
  lock_at_end: z.boolean().optional(),
});
export type RoundStart = z.infer<typeof roundStartSchema>;

/** `PUT /api/workshops/{id}/countdown`. */
export const countdownSetSchema = z.strictObject({
  minutes: z.int({ error: 'erwartet ganze Minuten' }).min(1).max(600),
  label: z.string().trim().max(80).optional(),
  /** The exercises to lock when the time is up; absent: none. */
  locks: z.array(exerciseIdSchema).max(60).optional(),
});
export type CountdownSet = z.infer<typeof countdownSetSchema>;

/** `PUT /api/workshops/{id}/announcement`: a short message every attendee sees as a banner. */
export const announcementSetSchema = z.strictObject({
  text: z
    .string()
    .transform((t) => t.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1, { error: 'darf nicht leer sein' })
        .max(280, { error: 'darf höchstens 280 Zeichen haben' })
        .regex(/^[^\p{Cc}\p{Cf}]*$/u, { error: 'enthält unsichtbare Steuerzeichen' }),
    ),
});
