import { afterAll, beforeAll } from 'vitest';
import { apiContract } from '../contract/api.ts';
import { startTestServer, type TestServer } from './setup.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ access: 'network' });
});
afterAll(() => server.stop());

apiContract(
  (path, init) => fetch(server.url + path, init),
  () => server.url,
);
