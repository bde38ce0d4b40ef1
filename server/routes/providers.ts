import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { RouteDeps } from '../http/deps.ts';
import { json, ProviderInfoDoc } from './schemas.ts';

const listProviders = createRoute({
  method: 'get',
  path: '/api/providers',
  tags: ['Anbieter'],
  summary: 'Alle Anbieter mit Verfügbarkeit und Modellen',
  description: 'Ein nicht verfügbarer Anbieter nennt den Grund (`reason`). Schlüssel werden nie ausgegeben.',
  responses: { 200: json(z.array(ProviderInfoDoc), 'Die Anbieter') },
});

export function providerRoutes(app: OpenAPIHono, { providers }: RouteDeps): void {
  app.openapi(listProviders, (c) => c.json(providers.list(), 200));
}
