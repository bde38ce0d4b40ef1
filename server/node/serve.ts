import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { createApp, createLiveRuns } from '../app.ts';
import type { Problem } from '../exercises/problems.ts';
import { DEFAULT_TIMING, type LiveTiming } from '../http/deps.ts';
import { cacheControlFor, clientRoutes, NOT_BUILT_PAGE, outsideApi } from '../http/web.ts';
import { createNodeContext, type NodeContextOptions } from './context.ts';
import { projectRoot } from './paths.ts';

export interface NodeServerOptions extends Pick<NodeContextOptions, 'dir' | 'dbFile' | 'configFile' | 'env'> {
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1: only this computer. A workshop network needs e.g. 0.0.0.0. */
  host?: string;
  /** The built web UI (default: web/dist of the project). */
  webDir?: string;
  timing?: Partial<LiveTiming>;
}

export interface NodeServer {
  url: string;
  /** Catalogue files that did not load (the server runs without them). */
  problems: Problem[];
  /** Stops accepting, cancels live runs (they end as cancelled), ends open streams, closes the store. */
  close(): Promise<void>;
}

/** How long open event streams get to receive their last events when the server stops. */
const DRAIN_MS = 2_000;

function addWebUi(app: OpenAPIHono, webDir: string): void {
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

export async function startNodeServer(options: NodeServerOptions): Promise<NodeServer> {
  const ctx = await createNodeContext(options);
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const runs = createLiveRuns(ctx.runner, timing);
  const app = createApp({ ...ctx.runner, providers: ctx.providers, catalogue: ctx.catalogue, runs, timing });
  addWebUi(app, options.webDir ?? join(projectRoot, 'web', 'dist'));

  const host = options.host ?? '127.0.0.1';
  const server = serve({ fetch: app.fetch, port: options.port, hostname: host }) as Server;
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
  const shownHost = ['127.0.0.1', '::1', '0.0.0.0', '::'].includes(host) ? 'localhost' : host;

  const shutdown = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    await runs.shutdown();
    // Streams of finished runs end by themselves; one following a run of another process would not.
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref())]);
    server.closeAllConnections();
    await closed;
    ctx.store.close();
  };
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    problems: ctx.catalogue.problems,
    close: () => (closing ??= shutdown()),
  };
}
