import { api, request, segment, send, workshopPath } from './client.ts';
import type {
  ConnectionResult,
  CountdownSet,
  Dashboard,
  InviteLink,
  ProviderSettingsInput,
  ProviderSettingsView,
  RoundStart,
  RunSummary,
  Workshop,
  WorkshopCreateInput,
  WorkshopDetail,
  WorkshopListItem,
  WorkshopPatchInput,
} from './types.ts';

const provider = (name: string) => `/api/provider-settings/${segment(name)}`;

/** The trainer's routes: workshops, teams, invitations and provider settings (all need a trainer session). */
export const trainerApi = {
  workshops: () => request<WorkshopListItem[]>('/api/workshops'),
  createWorkshop: (input: WorkshopCreateInput) => send<Workshop>('POST', '/api/workshops', input),
  workshop: (id: string) => request<WorkshopDetail>(workshopPath(id)),
  updateWorkshop: (id: string, patch: WorkshopPatchInput) => send<Workshop>('PATCH', workshopPath(id), patch),
  deleteWorkshop: (id: string) => send<void>('DELETE', workshopPath(id)),
  qrUrl: (id: string) => `${workshopPath(id)}/qr.svg`,
  invite: (id: string) => send<InviteLink>('POST', `${workshopPath(id)}/invites`),
  renameTeam: (id: string, team: string, name: string) =>
    send<void>('PATCH', `${workshopPath(id)}/teams/${segment(team)}`, { name }),
  removeTeam: (id: string, team: string) => send<void>('DELETE', `${workshopPath(id)}/teams/${segment(team)}`),
  removeParticipant: (id: string, participant: string) =>
    send<void>('DELETE', `${workshopPath(id)}/participants/${segment(participant)}`),
  teamRuns: (id: string, team: string, exercise: string) =>
    request<RunSummary[]>(`${workshopPath(id)}/teams/${segment(team)}/runs?exercise=${segment(exercise)}`),
  dashboard: (id: string) => request<Dashboard>(`${workshopPath(id)}/dashboard`),
  leaderboard: api.leaderboard,
  /** Opens an exercise (also one that was locked). */
  release: (id: string, exercise: string) =>
    send<void>('POST', `${workshopPath(id)}/exercises/${segment(exercise)}/release`),
  lock: (id: string, exercise: string) => send<void>('POST', `${workshopPath(id)}/exercises/${segment(exercise)}/lock`),
  /** Shows and counts the hidden cases; locks the exercise too. */
  reveal: (id: string, exercise: string) =>
    send<void>('POST', `${workshopPath(id)}/exercises/${segment(exercise)}/reveal`),
  startRound: (id: string, input: RoundStart) => send<Workshop>('POST', `${workshopPath(id)}/round`, input),
  setCountdown: (id: string, input: CountdownSet) => send<Workshop>('PUT', `${workshopPath(id)}/countdown`, input),
  stopCountdown: (id: string) => send<Workshop>('DELETE', `${workshopPath(id)}/countdown`),
  announce: (id: string, text: string) => send<Workshop>('PUT', `${workshopPath(id)}/announcement`, { text }),
  clearAnnouncement: (id: string) => send<Workshop>('DELETE', `${workshopPath(id)}/announcement`),
  eventsUrl: api.workshopEventsUrl,

  /** The whole catalogue and every provider: trainers are not limited to one workshop's choice. */
  exercises: api.exercises,
  providers: api.providers,

  providerSettings: () => request<ProviderSettingsView[]>('/api/provider-settings'),
  saveProvider: (name: string, input: ProviderSettingsInput) =>
    send<ProviderSettingsView>('PUT', provider(name), input),
  deleteProvider: (name: string) => send<void>('DELETE', provider(name)),
  testProvider: (name: string, model?: string) =>
    send<ConnectionResult>('POST', `${provider(name)}/test`, model ? { model } : {}),
};
