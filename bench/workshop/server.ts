// Child process of the workshop benchmark, bundled as `npm start` bundles the server: the real Node server with
// the benchmark's exercise, endpoint and trainer password. Tells its parent the address once it listens, and
// answers `memory` with the process's memory use (V8 heap apart from the rest) at that moment.
import { startNodeServer } from '../../server/node/serve.ts';

const [dir, configFile, dbFile, password] = process.argv.slice(2) as [string, string, string, string];
const server = await startNodeServer({
  port: 0,
  dir,
  configFile,
  dbFile,
  env: { PROMPTATHON_TRAINER_PASSWORD: password, PROMPTATHON_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') },
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
process.on('message', (message) => {
  if (message === 'memory') process.send!(process.memoryUsage());
});
process.send!({ url: server.url });
