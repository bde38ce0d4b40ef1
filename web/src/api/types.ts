// The API's shapes come from the server's schemas (type-only: nothing of zod reaches the bundle).
export type { ApiError, ExerciseDetail, ExerciseSummary, PublicCase } from '../../../server/schema/api.ts';
export type { Prompt } from '../../../server/schema/exercise.ts';
export type {
  Announcement,
  Countdown,
  CountdownSet,
  ExerciseState,
  GalleryState,
  RoundStart,
  RoundState,
} from '../../../server/schema/round.ts';
export type { Gallery, GalleryEntry, GalleryOutput } from '../../../server/schema/gallery.ts';
export type { Ballot, VoteChoice, VoteResults, VoteStanding } from '../../../server/schema/voting.ts';
export type { Dashboard, Entry, Leaderboard, MyEntry, OverallRow, Stuck } from '../../../server/schema/leaderboard.ts';
export type { LibrarySelection, LibraryView, TrainingRecord, TrainingRecords } from '../../../server/schema/exports.ts';
export type {
  AssertionResult,
  CaseResult,
  RunEvent,
  RunRecord,
  RunRequestInput,
  RunStatus,
  RunSummary,
  RunWithResults,
} from '../../../server/schema/run.ts';
export type {
  DataGuardPolicy,
  DataGuardReplacement,
  PersonalDataFinding,
  RunGuard,
} from '../../../server/schema/guard.ts';
export type { ModelInfo, ProviderInfo } from '../../../server/providers/types.ts';
export type { CheckReport, ExerciseFiles, ExerciseVersions, FileProblem } from '../../../server/schema/authoring.ts';
export type {
  JoinPreview,
  Team,
  Workshop,
  WorkshopDetail,
  WorkshopListItem,
  WorkshopLiveEvent,
} from '../../../server/schema/workshop.ts';
export type {
  AcceptInviteInput,
  Budget,
  InviteInfo,
  InviteLink,
  JoinInput,
  LoginInput,
  SessionInfo,
} from '../../../server/schema/session.ts';
export type {
  ConnectionResult,
  ProviderSettingsInput,
  ProviderSettingsView,
} from '../../../server/schema/provider-settings.ts';
import type * as z from 'zod';
import type { workshopCreateSchema, workshopPatchSchema } from '../../../server/schema/workshop.ts';
import type { sentPromptSchema } from '../../../server/schema/guard.ts';
/** What the workshop form sends (defaults filled in by the server). */
export type WorkshopCreateInput = z.input<typeof workshopCreateSchema>;
export type WorkshopPatchInput = z.input<typeof workshopPatchSchema>;
/** A case's prompt with the real values and, when the data guard replaced any, as a model outside the house got it. */
export type SentPrompt = z.infer<typeof sentPromptSchema>;
