// The API's shapes come from the server's schemas (type-only: nothing of zod reaches the bundle).
export type { ApiError, ExerciseDetail, ExerciseSummary, PublicCase } from '../../../server/schema/api.ts';
export type { Prompt } from '../../../server/schema/exercise.ts';
export type {
  CaseResult,
  RunEvent,
  RunRecord,
  RunRequestInput,
  RunStatus,
  RunSummary,
  RunWithResults,
} from '../../../server/schema/run.ts';
export type { ModelInfo, ProviderInfo } from '../../../server/providers/types.ts';
