import type { App } from '../http/deps.ts';
import { cacheControlFor, clientRoutes, outsideApi } from '../http/web.ts';

// The Worker runs first for every path (wrangler.toml `run_worker_first`), so the UI's files get the same
// security headers (CSP) and cache rules as on Node instead of the asset server's defaults.
const withCacheRule = (response: Response, path: string): Response => {
  const copy = new Response(response.body, response);
  copy.headers.set('Cache-Control', cacheControlFor(path));
  return copy;
};

/** Serves the built web UI (web/dist) from the assets binding: files as they are, client routes as index.html. */
export function addWebUi(app: App, assets: Fetcher): void {
  app.get(
    '*',
    outsideApi(async (c, next) => {
      const response = await assets.fetch(c.req.raw);
      if (response.status === 404) return next();
      return withCacheRule(response, c.req.path);
    }),
  );
  // The asset server answers `/` with index.html (it redirects `/index.html` to `/`).
  app.get(
    '*',
    clientRoutes(async (c) => withCacheRule(await assets.fetch(new URL('/', c.req.url)), '/')),
  );
}
