import { createRoute, z } from '@hono/zod-openapi';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { guardSettingsFor } from '../guard/admit.ts';
import { guardEachCall } from '../guard/call-guard.ts';
import { BUILT_IN_PROVIDERS } from '../providers/config.ts';
import { ProviderError, type ProviderInfo } from '../providers/types.ts';
import {
  connectionResultSchema,
  connectionTestSchema,
  FIXED_NAME_KINDS,
  providerSettingsInputSchema,
  providerSettingsNameSchema,
  splitKey,
  type ProviderSettingsView,
} from '../schema/provider-settings.ts';
import type { StoredProvider } from '../store/provider-settings.ts';
import { errors, jsonBody, json, noContent, ProviderSettingsViewDoc } from './schemas.ts';

const nameParams = z.object({
  name: providerSettingsNameSchema.meta({ param: { name: 'name', in: 'path' }, example: 'openai' }),
});
const list = createRoute({
  method: 'get',
  path: '/api/provider-settings',
  tags: ['Anbieter'],
  summary: 'Alle Anbieter mit Herkunft ihres Schlüssels (nur die letzten vier Zeichen)',
  responses: { 200: json(z.array(ProviderSettingsViewDoc), 'Die Anbieter'), ...errors(401, 403) },
});

const put = createRoute({
  method: 'put',
  path: '/api/provider-settings/{name}',
  tags: ['Anbieter'],
  summary: 'Einen Anbieter in der Oberfläche anschließen oder ändern',
  description:
    '`openai`, `anthropic` und `ollama` heißen wie ihre Art; ein OpenAI-kompatibler Endpunkt (`kind: compatible`) ' +
    'bekommt einen eigenen Namen. Der Schlüssel (`api_key`) wird verschlüsselt gespeichert und nie zurückgegeben; ' +
    'fehlt er, bleibt der gespeicherte, `null` löscht ihn. Schlüssel aus Umgebungsvariablen haben Vorrang.',
  request: { params: nameParams, ...jsonBody(providerSettingsInputSchema) },
  responses: { 200: json(ProviderSettingsViewDoc, 'Der Anbieter'), ...errors(400, 401, 403, 409) },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/provider-settings/{name}',
  tags: ['Anbieter'],
  summary: 'Die Einstellungen eines Anbieters aus der Oberfläche löschen (samt Schlüssel)',
  request: { params: nameParams },
  responses: { ...noContent('Gelöscht'), ...errors(401, 403, 404) },
});

const test = createRoute({
  method: 'post',
  path: '/api/provider-settings/{name}/test',
  tags: ['Anbieter'],
  summary: 'Verbindung testen: ein kleiner Aufruf, die Antwort oder der Fehler auf Deutsch',
  request: { params: nameParams, ...jsonBody(connectionTestSchema) },
  responses: { 200: json(connectionResultSchema, 'Das Ergebnis'), ...errors(400, 401, 403, 404) },
});

const TEST_TIMEOUT_MS = 20_000;

function settingsKind(info: ProviderInfo, stored: StoredProvider | undefined): ProviderSettingsView['kind'] {
  if (stored) return stored.settings.kind;
  return info.kind === 'openai' && info.name !== 'openai' ? 'compatible' : info.kind;
}

export function providerSettingsRoutes(app: App, { store, providers, secrets, now, dataGuard }: RouteDeps): void {
  const views = (): ProviderSettingsView[] => {
    const { providers: stored, unreadable } = providers.stored();
    return providers.list().map((info) => {
      const own = stored.find((p) => p.name === info.name);
      const settings = own?.settings;
      return {
        name: info.name,
        kind: settingsKind(info, own),
        label: info.label,
        in_house: info.inHouse,
        base_url: settings && 'base_url' in settings ? settings.base_url : null,
        host: settings && 'host' in settings ? settings.host : null,
        models: info.models,
        key: providers.keySource(info.name),
        stored: own !== undefined,
        available: info.available,
        reason: unreadable.has(info.name)
          ? 'Der gespeicherte Schlüssel lässt sich nicht entschlüsseln (wurde PROMPTATHON_SECRET_KEY geändert?). Bitte neu eingeben.'
          : (info.reason ?? null),
      };
    });
  };
  const viewOf = (name: string) => views().find((v) => v.name === name);

  app.openapi(list, async (c) => {
    await providers.refresh();
    return c.json(views(), 200);
  });

  app.openapi(put, async (c) => {
    const { name } = c.req.valid('param');
    const { settings, key } = splitKey(c.req.valid('json'));
    const fixed = (FIXED_NAME_KINDS as readonly string[]).includes(settings.kind);
    if (fixed && name !== settings.kind) {
      throw new ApiProblem(400, `Ein Anbieter der Art "${settings.kind}" heißt "${settings.kind}".`, 'kind');
    }
    if (!fixed && ((BUILT_IN_PROVIDERS as readonly string[]).includes(name) || name === 'compatible')) {
      throw new ApiProblem(400, `"${name}" ist ein eingebauter Anbieter; bitte einen anderen Namen wählen.`, 'name');
    }
    await providers.refresh();
    const current = providers.stored().providers.find((p) => p.name === name);
    if (!fixed && !current && providers.list().some((p) => p.name === name)) {
      throw new ApiProblem(409, `Den Namen "${name}" nutzt schon die Konfigurationsdatei.`, 'name');
    }
    if (typeof key === 'string' && !secrets) {
      throw new ApiProblem(
        409,
        'Schlüssel können hier nicht gespeichert werden: PROMPTATHON_SECRET_KEY fehlt.',
        'api_key',
      );
    }
    const sealed =
      key === undefined
        ? { keyCipher: current?.keyCipher ?? null, keyLast4: current?.keyLast4 ?? null }
        : key === null || !secrets
          ? { keyCipher: null, keyLast4: null }
          : { keyCipher: await secrets.seal(key, name), keyLast4: key.slice(-4) };
    await store.putProviderSettings({ name, settings, ...sealed, updatedAt: now() });
    await providers.refresh();
    return c.json(viewOf(name)!, 200);
  });

  app.openapi(remove, async (c) => {
    const { name } = c.req.valid('param');
    if (!(await store.deleteProviderSettings(name))) {
      throw new ApiProblem(404, `Für "${name}" ist in der Oberfläche nichts gespeichert.`, 'name');
    }
    await providers.refresh();
    return c.body(null, 204);
  });

  app.openapi(test, async (c) => {
    const { name } = c.req.valid('param');
    await providers.refresh();
    const info = providers.list().find((p) => p.name === name);
    if (!info) throw new ApiProblem(404, `Den Anbieter "${name}" gibt es hier nicht.`, 'name');
    const model = c.req.valid('json').model ?? info.models[0]?.id;
    if (!model) throw new ApiProblem(400, 'Bitte geben Sie ein Modell an, mit dem getestet werden soll.', 'model');
    try {
      const answer = await providers.chat(`${name}:${model}`, {
        user: 'Dies ist ein Verbindungstest. Bitte antworten Sie nur mit: OK',
        maxTokens: 20,
        signal: AbortSignal.timeout(TEST_TIMEOUT_MS),
        guard: guardEachCall(guardSettingsFor(c.var.viewer, dataGuard)),
      });
      const text = answer.text.trim().slice(0, 200) || '(leere Antwort)';
      return c.json(
        { ok: true, message: `${info.label} antwortet: „${text}“`, model, latency_ms: answer.latencyMs },
        200,
      );
    } catch (err) {
      const message =
        err instanceof ProviderError ? err.message : 'Der Test ist mit einem unbekannten Fehler gescheitert.';
      return c.json({ ok: false, message, model, latency_ms: null }, 200);
    }
  });
}
