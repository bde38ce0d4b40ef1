import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Context } from 'hono';
import { ensureFirstTrainer, inviteUrl } from '../accounts/first-trainer.ts';
import { createApp, createLiveRuns } from '../app.ts';
import type { Problem } from '../exercises/problems.ts';
import { DEFAULT_TIMING, type Access, type App, type LiveTiming } from '../http/deps.ts';
import { cacheControlFor, clientRoutes, NOT_BUILT_PAGE, outsideApi } from '../http/web.ts';
import { createLiveProviders } from '../providers/live.ts';
import { httpFetch } from './http-fetch.ts';
import { startProviderThreads } from './provider-threads.ts';
import { yieldToMainThread } from './thread-priority.ts';
import { accessFor, nodeClientAddress, nodePasswords, nodePublicUrl, nodeSecrets } from './app-deps.ts';
import { createNodeContext, type NodeContextOptions } from './context.ts';
import { defaultDbFile, projectRoot } from './paths.ts';

// A workshop server makes short-lived garbage at a high rate (streamed answers, events); V8 would let the heap grow
// to several times what is live before a full collection. Growing it by 20 % per collection (and a young generation
// of 2 x 4 MB, which `npm start` sets, see package.json) keeps a 300-person workshop at 116-120 MB of heap and
// 246-250 MB in all, instead of 147 and 276-280 MB with 40 % and V8's 2 x 16 MB (measured by `npm run bench`).
setFlagsFromString('--heap-growing-percent=20');

export interface NodeServerOptions extends Pick<NodeContextOptions, 'dir' | 'dbFile' | 'configFile' | 'env'> {
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1: only this computer. A workshop network needs e.g. 0.0.0.0. */
  host?: string;
  /** Default: `open` on loopback, `network` otherwise (tests ask for `network` on loopback). */
  access?: Access;
  /** The built web UI (default: web/dist of the project). */
  webDir?: string;
  timing?: Partial<LiveTiming>;
  /**
   * Worker threads for provider calls (0: in the server's own thread). Default PROMPTATHON_PROVIDER_THREADS, else
   * one per core but one, at least one: stream parsing then never delays a page.
   */
  providerThreads?: number;
  /** Linux: every other thread runs below the one that answers requests (`npm start`; not in a test's process). */
  yieldToMain?: boolean;
}

export interface NodeServer {
  url: string;
  /** Where attendees reach it, when that differs from `url` (the address in the room's network). */
  publicUrl?: string;
  /** Catalogue files that did not load (the server runs without them). */
  problems: Problem[];
  /** The one-time link that sets up the first trainer; only while there is none and no password in the env. */
  setupUrl?: string;
  /** Stops accepting, cancels live runs (they end as cancelled), ends open streams, closes the store. */
  close(): Promise<void>;
}

/** How long open event streams get to receive their last events when the server stops. */
const DRAIN_MS = 2_000;

function addWebUi(app: App, webDir: string): void {
  if (!existsSync(join(webDir, 'index.html'))) {
    app.get(
      '*',
      clientRoutes(async (c) => c.html(NOT_BUILT_PAGE, 503)),
    );
    return;
  }
  const onFound = (_path: string, c: Context) => c.header('Cache-Control', cacheControlFor(c.req.path));
  app.get('*', outsideApi(serveStatic({ root: webDir, onFound })));
  // Client-side routes (/uebungen/x) are index.html; the UI's router takes over from there.
  app.get('*', clientRoutes(serveStatic({ root: webDir, path: 'index.html', onFound })));
}

function providerThreadCount(setting: string | undefined): number {
  if (!setting) return Math.min(4, Math.max(1, availableParallelism() - 1));
  const count = Number(setting);
  if (Number.isInteger(count) && count >= 0 && count <= 64) return count;
  throw new Error(`PROMPTATHON_PROVIDER_THREADS: eine ganze Zahl von 0 bis 64, nicht "${setting}".`);
}

export async function startNodeServer(options: NodeServerOptions): Promise<NodeServer> {
  const ctx = await createNodeContext(options);
  const env = options.env ?? process.env;
  const host = options.host ?? '127.0.0.1';
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const trustProxy = env.PROMPTATHON_TRUST_PROXY === '1';
  const passwords = nodePasswords();
  const secrets = await nodeSecrets(env, options.dbFile ?? defaultDbFile(env));
  const { setupToken } = await ensureFirstTrainer({ ...ctx.runner, passwords }, env.PROMPTATHON_TRAINER_PASSWORD).catch(
    (err: unknown) => {
      ctx.store.close();
      throw err;
    },
  );
  const threadCount = options.providerThreads ?? providerThreadCount(env.PROMPTATHON_PROVIDER_THREADS);
  if (options.yieldToMain) yieldToMainThread();
  const onStarted = options.yieldToMain ? yieldToMainThread : undefined;
  const threads = threadCount > 0 ? startProviderThreads(threadCount, { onStarted }) : undefined;
  const providers = createLiveProviders({
    env,
    config: ctx.config,
    store: ctx.store,
    secrets,
    adapters: threads?.adapters,
    fetch: httpFetch,
  });
  const runs = createLiveRuns({ ...ctx.runner, providers }, timing);

  let app: App | undefined;
  const server = serve({
    fetch: (request, bindings) => app!.fetch(request, bindings),
    port: options.port,
    hostname: host,
  }) as Server;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (err) {
    ctx.store.close();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const publicUrl = nodePublicUrl(env, host, port);
  // Made before the first request can arrive: nothing is awaited between 'listening' and here.
  app = createApp({
    ...ctx.runner,
    providers,
    catalogue: ctx.catalogue,
    runs,
    timing,
    access: options.access ?? accessFor(host),
    passwords,
    secrets,
    trustProxy,
    publicUrl,
    clientAddress: nodeClientAddress(trustProxy),
  });
  addWebUi(app, options.webDir ?? join(projectRoot, 'web', 'dist'));

  const shownHost = ['127.0.0.1', '::1', '0.0.0.0', '::'].includes(host) ? 'localhost' : host;
  const url = `http://${shownHost}:${port}`;

  const shutdown = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    await runs.shutdown();
    // Streams of finished runs end by themselves; one following a run of another process would not.
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref())]);
    server.closeAllConnections();
    await closed;
    await threads?.close();
    ctx.store.close();
  };
  let closing: Promise<void> | undefined;
  return {
    url,
    publicUrl,
    problems: ctx.catalogue.problems,
    setupUrl: setupToken ? inviteUrl(url, setupToken) : undefined,
    close: () => (closing ??= shutdown()),
  };
}
