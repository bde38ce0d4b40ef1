import type { MiddlewareHandler } from 'hono';

export const isApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/** Vite names files under /assets/ by their content hash: they never change, so browsers may keep them. */
export const cacheControlFor = (path: string): string =>
  /^\/assets\/[^/]+$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';

/** Runs `handler` only outside /api (the UI's files), so unknown API paths still get the API's 404. */
export const outsideApi =
  (handler: MiddlewareHandler): MiddlewareHandler =>
  (c, next) =>
    isApiPath(c.req.path) ? next() : handler(c, next);

/** Runs `handler` only for the UI's client-side routes: outside /api and without a file extension. */
export const clientRoutes =
  (handler: MiddlewareHandler): MiddlewareHandler =>
  (c, next) =>
    isApiPath(c.req.path) || /\.[a-z0-9]+$/i.test(c.req.path) ? next() : handler(c, next);

/** What the browser shows before the UI was built (plain HTML: it must pass the CSP as well). */
export const NOT_BUILT_PAGE = `<!doctype html>
<html lang="de">
  <head><meta charset="utf-8" /><title>Prompt-a-thon Sandbox</title></head>
  <body>
    <h1>Die Weboberfläche ist noch nicht gebaut</h1>
    <p>Der Server läuft, aber im Ordner <code>web/dist</code> liegt noch keine Weboberfläche.</p>
    <p>Bitte beenden Sie den Server und starten Sie ihn mit <code>npm start</code>: Das baut die Oberfläche und startet dann den Server.</p>
    <p>Die API ist schon erreichbar, ihre Beschreibung steht unter <a href="/api/docs">/api/docs</a>.</p>
  </body>
</html>`;
