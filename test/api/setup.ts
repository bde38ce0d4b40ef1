import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { LiveTiming } from '../../server/http/deps.ts';
import { startNodeServer, type NodeServer } from '../../server/node/serve.ts';
import { createApiClient, type ApiClient } from '../contract/client.ts';
import type { Access } from '../../server/http/deps.ts';
import { catalogueFiles, contractConfig, OPENAI_KEY, TRAINER_PASSWORD } from '../contract/fixture.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';
import type { FakeOptions, FakeServer } from '../fakes/core.ts';
import type { CatalogueFile } from '../../server/exercises/catalogue.ts';

export interface TestServer extends NodeServer, ApiClient {
  fake: FakeServer;
  dbFile: string;
  stop(): Promise<void>;
}

/**
 * The real Node server on a free port: a temp catalogue with hidden cases, a temp SQLite file, the demo
 * provider (slowed down a little so runs can be watched), OpenAI and a `local` endpoint on a fake server.
 */
export async function startTestServer(
  options: {
    fake?: FakeOptions;
    timing?: Partial<LiveTiming>;
    webDir?: string;
    demoDelayMs?: number;
    /** `network`: as on a workshop network (sessions needed), with the trainer password set. */
    access?: Access;
    env?: Record<string, string>;
    /** Another server's database, to start it again. */
    dbFile?: string;
    /** More exercises beside the contract's. */
    files?: CatalogueFile[];
  } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'promptathon-api-'));
  for (const { path, text } of [...catalogueFiles(), ...(options.files ?? [])]) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const fake = await startFakeOpenAI(options.fake);
  const config = join(dir, 'promptathon.config.yaml');
  const demo = { delay_ms: options.demoDelayMs ?? contractConfig.providers.demo.delay_ms };
  writeFileSync(
    config,
    stringify({ ...contractConfig, providers: { demo }, endpoints: { local: { base_url: fake.url } } }),
  );
  const dbFile = options.dbFile ?? join(dir, 'data', 'test.db');
  const server = await startNodeServer({
    port: 0,
    dir,
    dbFile,
    configFile: config,
    env: {
      OPENAI_API_KEY: OPENAI_KEY,
      OPENAI_BASE_URL: fake.url,
      PROMPTATHON_TRAINER_PASSWORD: TRAINER_PASSWORD,
      // Tests pretend to come from many addresses (X-Forwarded-For), as the rate limits count per address.
      PROMPTATHON_TRUST_PROXY: '1',
      ...options.env,
    },
    webDir: options.webDir ?? join(dir, 'kein-web'),
    timing: options.timing,
    access: options.access,
  }).catch(async (err: unknown) => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
    throw err;
  });
  return {
    ...server,
    ...createApiClient((path, init) => fetch(server.url + path, init)),
    fake,
    dbFile,
    async stop() {
      await server.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
