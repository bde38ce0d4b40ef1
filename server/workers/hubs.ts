// Which of a workshop's hub objects (server/workers/workshop-hub.ts) serve whom, and which hear of which event.
import type { Audience } from '../store/records.ts';
import type { WorkerEnv } from './app.ts';

/**
 * Objects per workshop. One object holds its streams in one isolate (128 MB), and the Worker and the object hold some
 * 50–80 KB per open stream (measured in workerd, bench/workers/crowd.ts): 3,000 devices in one workshop would need
 * 150–250 MB in one object. Spread over eight by team, each holds about an eighth.
 */
export const HUB_SHARDS = 8;

/**
 * The object of the trainers' streams (and of any device that names no team). It hears of every event, and it
 * coalesces the workshop's nudges.
 */
const TRAINERS = 0;

type Hubs = WorkerEnv['WORKSHOPS'];

const hubAt = (hubs: Hubs, workshopId: string, shard: number) => hubs.get(hubs.idFromName(`${workshopId}#${shard}`));

/**
 * A team's object: FNV-1a over its id, so that the members of a team always meet in the same object and the
 * workshop's teams spread evenly over the others (ids are random).
 */
function shardOf(teamId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < teamId.length; i++) hash = Math.imul(hash ^ teamId.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % HUB_SHARDS;
}

/** All of the workshop's objects; the trainers' first. */
export const hubsOf = (hubs: Hubs, workshopId: string) =>
  Array.from({ length: HUB_SHARDS }, (_, shard) => hubAt(hubs, workshopId, shard));

/**
 * The objects whose streams may see an event for `audience`: all of them for everyone; the team's and the
 * trainers' for a team (not the eight: a run then tells two objects, not eight); the trainers' for trainers. The
 * trainers' object always comes first.
 */
export function hubsFor(hubs: Hubs, workshopId: string, audience: Audience) {
  if (audience.to === 'all') return hubsOf(hubs, workshopId);
  const team = audience.to === 'team' ? shardOf(audience.teamId) : TRAINERS;
  return [...new Set([TRAINERS, team])].map((shard) => hubAt(hubs, workshopId, shard));
}

/**
 * The object that serves a stream: the team's, if the device names one (`?team=`), else the trainers'. The app
 * there still checks that the team is the caller's; a device that names none still hears everything at once, since
 * the trainers' object hears of every event.
 */
export const streamHub = (hubs: Hubs, workshopId: string, teamId: string | undefined) =>
  hubAt(hubs, workshopId, teamId === undefined ? TRAINERS : shardOf(teamId));
