import { connection } from '../state/connection.ts';
import { ApiRequestError, ServerUnreachableError } from './errors.ts';
import type {
  AcceptInviteInput,
  ApiError,
  InviteInfo,
  JoinInput,
  LoginInput,
  ExerciseDetail,
  ExerciseSummary,
  JoinPreview,
  Leaderboard,
  MyEntry,
  Prompt,
  ProviderInfo,
  RunRecord,
  RunRequestInput,
  RunSummary,
  RunWithResults,
} from './types.ts';

/** One API call; answers an error as ApiRequestError (the API's German message) or ServerUnreachableError. */
export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch (error) {
    connection.reportUnreachable();
    throw new ServerUnreachableError(error);
  }
  // A proxy in front of a stopped server answers 502/503/504 without our error body.
  if (response.status >= 502 && response.status <= 504) {
    connection.reportUnreachable();
    throw new ServerUnreachableError();
  }
  connection.reportReachable();
  const body: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) {
    const { error, ...details } = (body ?? {}) as Partial<ApiError>;
    throw new ApiRequestError(
      error?.message ?? `Der Server hat mit Status ${response.status} geantwortet.`,
      response.status,
      error?.field,
      details,
    );
  }
  return body as T;
}

/** A call with a JSON body (or none) and any method. */
export const send = <T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown) =>
  request<T>(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const post = <T>(path: string, body?: unknown) => send<T>('POST', path, body);

export const segment = encodeURIComponent;

/** A workshop's routes start here. */
export const workshopPath = (id: string) => `/api/workshops/${segment(id)}`;

/** The typed API client: one function per route of the API contract. */
export const api = {
  exercises: () => request<ExerciseSummary[]>('/api/exercises'),
  exercise: (id: string) => request<ExerciseDetail>(`/api/exercises/${segment(id)}`),
  history: (id: string) => request<RunSummary[]>(`/api/exercises/${segment(id)}/runs`),
  providers: () => request<ProviderInfo[]>('/api/providers'),
  startRun: (input: RunRequestInput) => post<RunRecord>('/api/runs', input),
  run: (id: string) => request<RunWithResults>(`/api/runs/${segment(id)}`),
  /** What the run sent the model for one (visible) case, variables filled in. */
  sentPrompt: (id: string, caseId: string) =>
    request<Prompt>(`/api/runs/${segment(id)}/prompt?case=${segment(caseId)}`),
  cancelRun: (id: string) => post<{ status: string }>(`/api/runs/${segment(id)}/cancel`),
  eventsUrl: (id: string, after = 0) => `/api/runs/${segment(id)}/events${after > 0 ? `?after=${after}` : ''}`,
  joinPreview: (code: string) => request<JoinPreview>(`/api/join/${segment(code)}`),
  join: (input: JoinInput) => post<unknown>('/api/session/join', input),
  trainerLogin: (input: LoginInput) => post<void>('/api/session/trainer', input),
  invite: (token: string) => request<InviteInfo>(`/api/invites/${segment(token)}`),
  /** Without input: a logged-in trainer takes a co-trainer invitation into their account. */
  acceptInvite: (token: string, input: AcceptInviteInput | Record<string, never> = {}) =>
    post<void>(`/api/invites/${segment(token)}`, input),
  /**
   * The live events of a workshop: a team's own, or one a trainer runs. Named even for a team, whose session says
   * which it is: on Workers the name takes the stream to the workshop's hub object.
   */
  /** A team names itself too: on Workers its team's object serves the stream. */
  workshopEventsUrl: (workshopId: string, after = 0, teamId?: string) =>
    `/api/events?workshop=${segment(workshopId)}${teamId ? `&team=${segment(teamId)}` : ''}${after > 0 ? `&after=${after}` : ''}`,
  /** A team's entry for an exercise: the attempt it chose, or else its best; null before a finished attempt. */
  entry: (exercise: string) => request<MyEntry>(`/api/exercises/${segment(exercise)}/entry`),
  chooseEntry: (exercise: string, run: string) =>
    send<MyEntry>('PUT', `/api/exercises/${segment(exercise)}/entry`, { run }),
  /** Back to "the best attempt counts". */
  clearEntry: (exercise: string) => send<MyEntry>('DELETE', `/api/exercises/${segment(exercise)}/entry`),
  /** For a team only while the trainer shows it (403 otherwise); for the trainer always. */
  /** `seen`: the newest live event the device knows of; the board then often comes without a look into the store. */
  leaderboard: (workshopId: string, seen?: number) =>
    request<Leaderboard>(`/api/workshops/${segment(workshopId)}/leaderboard${seen ? `?seen=${seen}` : ''}`),
};
