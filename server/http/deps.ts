import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { PasswordHasher } from '../crypto/password.ts';
import type { SecretBox } from '../crypto/secret-box.ts';
import type { Catalogue } from '../exercises/catalogue.ts';
import type { ExerciseSource } from '../exercises/source.ts';
import type { PointsCache } from '../leaderboard/attempts.ts';
import type { LiveProviders } from '../providers/live.ts';
import type { RunManager } from '../runs/manager.ts';
import type { RunnerDeps } from '../runs/runner.ts';
import type { AppEnv } from '../sessions/viewer.ts';
import type { ActivityHub } from '../workshops/activity.ts';

/** The app with its typed context (the viewer of every request). */
export type App = OpenAPIHono<AppEnv>;

/** Timings of live runs and their event streams; tests shorten them. */
export interface LiveTiming {
  /** A comment line this often keeps proxies from closing an idle event stream. */
  heartbeatMs: number;
  /** How often a run that is running in another process is looked up in the store. */
  pollMs: number;
  /**
   * How long a finished run's event log stays in memory, for readers that resume at once; afterwards its events
   * come from the store. Short, so that memory follows the runs in flight, not the last minutes' history.
   */
  keepFinishedMs: number;
}

export const DEFAULT_TIMING: LiveTiming = { heartbeatMs: 15_000, pollMs: 1_000, keepFinishedMs: 30_000 };

/**
 * `open`: a visitor without a session is the one person of the sandbox, as long as no workshop exists (Node on
 * loopback). `network`: nobody gets past the public pages without a session (a network address, Workers).
 */
export type Access = 'open' | 'network';

/** What the API is made of; the Node entry and a Workers entry each build these their own way. */
export interface AppDeps extends RunnerDeps {
  providers: LiveProviders;
  catalogue: Catalogue;
  access: Access;
  /** Trainer passwords: PBKDF2 with the strongest setting the runtime allows. */
  passwords: PasswordHasher;
  /** The client address rate limits count by (Node: the socket's peer; Workers: CF-Connecting-IP). */
  clientAddress: (c: Context) => string;
  /** A reverse proxy in front may be believed about the scheme (X-Forwarded-Proto) and client (X-Forwarded-For). */
  trustProxy?: boolean;
  /** The address attendees open (join links, QR codes); default: the address the trainer's request came to. */
  publicUrl?: string;
  /** Seals provider keys entered in the UI; without it the UI cannot store keys. */
  secrets?: SecretBox;
  /** Workshop events for live views; created over the store when absent. */
  activity?: ActivityHub;
  /** Live runs of this process; created from the other deps when absent. Pass one to shut it down later. */
  runs?: RunManager;
  timing?: Partial<LiveTiming>;
  /**
   * Keeps a started run going after the response to its POST has gone out. Node needs nothing (the process
   * lives on); a Workers run host keeps its Durable Object alive with it.
   */
  defer?: (work: Promise<void>, c: Context) => void;
}

/**
 * What route handlers get: the deps with the run manager, activity hub and the timings filled in. The exercises
 * come per request (`c.var.catalogue()`): trainers publish their own while the server runs.
 */
export interface RouteDeps extends Omit<AppDeps, 'catalogue'> {
  exercises: ExerciseSource;
  runs: RunManager;
  activity: ActivityHub;
  timing: LiveTiming;
  /** The points of finished attempts, for the leaderboard, the dashboard and each team's entry alike. */
  points: PointsCache;
}
