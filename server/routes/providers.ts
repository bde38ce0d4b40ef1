import { createRoute, z } from '@hono/zod-openapi';
import type { App, RouteDeps } from '../http/deps.ts';
import { providersForTeam } from '../workshops/models.ts';
import { json, ProviderInfoDoc } from './schemas.ts';

const listProviders = createRoute({
  method: 'get',
  path: '/api/providers',
  tags: ['Anbieter'],
  summary: 'Alle Anbieter mit Verfügbarkeit und Modellen',
  description:
    'Ein nicht verfügbarer Anbieter nennt den Grund (`reason`). Schlüssel werden nie ausgegeben. Ein Team sieht nur ' +
    'die Modelle, die sein Workshop erlaubt.',
  responses: { 200: json(z.array(ProviderInfoDoc), 'Die Anbieter') },
});

export function providerRoutes(app: App, { providers }: RouteDeps): void {
  app.openapi(listProviders, async (c) => {
    await providers.refresh();
    const { viewer } = c.var;
    return c.json(viewer.role === 'team' ? providersForTeam(viewer.workshop, providers.list()) : providers.list(), 200);
  });
}
