// Which of a workshop's hub objects (server/workers/workshop-hub.ts) serve whom.
import { parse } from 'hono/utils/cookie';
import { SESSION_COOKIE } from '../sessions/cookie.ts';
import type { WorkerEnv } from './app.ts';

/**
 * Objects per workshop. One object holds its streams in one isolate (128 MB), and the Worker and the object hold some
 * 50–80 KB per open stream (measured in workerd, bench/workers/crowd.ts): 3,000 devices in one workshop would need
 * 150–250 MB in one object. Spread over eight, each holds an eighth; an event for all goes to each, one for a team to
 * each as well (its members may sit in any), where only the streams that may see it wake.
 */
export const HUB_SHARDS = 8;

type Hubs = WorkerEnv['WORKSHOPS'];

/** The workshop's hub objects; the first coalesces the workshop's nudges. */
export const hubsOf = (hubs: Hubs, workshopId: string) =>
  Array.from({ length: HUB_SHARDS }, (_, shard) => hubs.get(hubs.idFromName(`${workshopId}#${shard}`)));

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The object of the workshop that serves a device's streams. The session token is 256 random bits in base64url, so
 * its first character (six of them) picks one evenly, and the same device comes back to the same object. Anything
 * else in the cookie goes to the first; the app there answers it.
 */
export function hubFor(hubs: Hubs, workshopId: string, cookieHeader: string) {
  const token = parse(cookieHeader, SESSION_COOKIE)[SESSION_COOKIE] ?? '';
  const shard = Math.max(0, BASE64URL.indexOf(token.charAt(0))) % HUB_SHARDS;
  return hubs.get(hubs.idFromName(`${workshopId}#${shard}`));
}
