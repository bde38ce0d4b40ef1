import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../http/deps.ts';
import { DOCS_CSS } from '../http/docs-style.ts';
import { renderDocsPage, type OpenApiDocument } from '../http/docs-page.ts';
import { json } from './schemas.ts';

const DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'Prompt-a-thon Sandbox',
    version: '1.0',
    description:
      'JSON über HTTP. Fehler kommen als `{ "error": { "message": "…", "field": "…" } }` mit Status 4xx; ' +
      '`field` nennt das betroffene Feld, z. B. `targets[0].provider`.',
  },
};

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['Betrieb'],
  summary: 'Lebenszeichen des Servers',
  responses: { 200: json(z.object({ ok: z.literal(true) }), 'Der Server läuft') },
});

const openapi = createRoute({
  method: 'get',
  path: '/api/openapi.json',
  tags: ['Betrieb'],
  summary: 'Dieses Dokument (OpenAPI 3.1)',
  responses: { 200: json(z.looseObject({ openapi: z.string() }), 'Das OpenAPI-Dokument') },
});

const docs = createRoute({
  method: 'get',
  path: '/api/docs',
  tags: ['Betrieb'],
  summary: 'Die API-Referenz als Webseite',
  responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } } },
});

const docsCss = createRoute({
  method: 'get',
  path: '/api/docs.css',
  tags: ['Betrieb'],
  summary: 'Das Stylesheet der API-Referenz',
  responses: { 200: { description: 'CSS', content: { 'text/css': { schema: z.string() } } } },
});

export function metaRoutes(app: App): void {
  // Built on first use, when every route is registered; the routes do not change afterwards.
  let document: OpenApiDocument | undefined;
  const getDocument = () => (document ??= app.getOpenAPI31Document(DOCUMENT));

  app.openapi(health, (c) => c.json({ ok: true as const }, 200));
  app.openapi(openapi, (c) => c.json(getDocument(), 200));
  app.openapi(docs, (c) => c.html(renderDocsPage(getDocument())));
  app.openapi(docsCss, (c) => c.body(DOCS_CSS, 200, { 'content-type': 'text/css; charset=utf-8' }));
}
