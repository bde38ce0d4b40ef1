import { createApiClient, type ApiClient, type FetchTarget } from './client.ts';

/** The people of the contract, each a client with a cookie jar and an address of its own (for the rate limits). */
export interface World {
  /** The app's own origin, as a browser on it would send in `Origin`. */
  origin: string;
  https: boolean;
  target: FetchTarget;
  visitor: ApiClient;
  trainer: ApiClient;
  /** Invited to the workshop later; runs a workshop of their own. */
  coTrainer: ApiClient;
  teamA: ApiClient;
  /** A second member of team A, on another device. */
  teamA2: ApiClient;
  teamB: ApiClient;
  /** Filled in as the contract goes. */
  workshop: { id: string; code: string };
  teams: { a: { id: string; name: string }; b: { id: string; name: string } };
}

let addresses = 0;
/** A fresh client address: X-Forwarded-For for Node (which trusts it in the tests), CF-Connecting-IP for Workers. */
export const freshAddress = () => {
  const address = `10.0.${Math.floor(++addresses / 250)}.${addresses % 250}`;
  return { 'x-forwarded-for': address, 'cf-connecting-ip': address };
};

export function createWorld(target: FetchTarget, origin: () => string): World {
  const client = () => createApiClient(target, { headers: freshAddress() });
  return {
    get origin() {
      return origin();
    },
    get https() {
      return origin().startsWith('https:');
    },
    target,
    visitor: client(),
    trainer: client(),
    coTrainer: client(),
    teamA: client(),
    teamA2: client(),
    teamB: client(),
    workshop: { id: '', code: '' },
    teams: { a: { id: '', name: '' }, b: { id: '', name: '' } },
  };
}

/**
 * A fresh workshop with the fixture's exercises released and `devices` clients signed in to it, each a team of its
 * own unless `team` names one for all: for tests that are about runs and live events, not about who may see them.
 */
export async function signedInDevices(target: FetchTarget, trainerPassword: string, devices: number, team?: string) {
  const trainer = createApiClient(target, { headers: freshAddress() });
  await trainer.post('/api/session/trainer', { password: trainerPassword });
  const exercises = (await trainer.call('/api/exercises')).json.map((e: { id: string }) => e.id);
  const workshop = await trainer.post('/api/workshops', { title: 'Test', exercises, runs_per_minute: null });
  const clients: ApiClient[] = [];
  for (let i = 0; i < devices; i++) {
    const device = createApiClient(target, { headers: freshAddress() });
    const joined = await device.post('/api/session/join', { code: workshop.json.code, team: team ?? `Team ${i + 1}` });
    if (joined.status !== 201) throw new Error(`Beitritt fehlgeschlagen: ${joined.text}`);
    clients.push(device);
  }
  return { trainer, id: workshop.json.id as string, clients };
}

/** A client signed in as a team of a fresh workshop (see signedInDevices). */
export async function signedInTeam(target: FetchTarget, trainerPassword: string): Promise<ApiClient> {
  return (await signedInDevices(target, trainerPassword, 1, 'Testteam')).clients[0]!;
}
