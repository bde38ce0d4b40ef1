// Child process of the workshop benchmark, bundled as `npm start` bundles the server: the real Node server with
// the benchmark's exercise, endpoint and trainer password. Tells its parent the address once it listens, answers
// `memory` with the process's memory use (V8 heap apart from the rest) and `delay` with its event-loop delay since
// `delay-reset`.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { warmGuard } from '../../server/guard/call-guard.ts';
import { startNodeServer } from '../../server/node/serve.ts';

const [dir, configFile, dbFile, password] = process.argv.slice(2) as [string, string, string, string];
const server = await startNodeServer({
  port: 0,
  dir,
  configFile,
  dbFile,
  env: { PROMPTATHON_TRAINER_PASSWORD: password, PROMPTATHON_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') },
  yieldToMain: true, // as `npm start`
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
// As `npm start` (server/node.ts) does.
await warmGuard();
// How long callbacks waited for the event loop: what every request waits for before its own work begins.
const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
process.on('message', (message) => {
  if (message === 'memory') process.send!(process.memoryUsage());
  if (message === 'delay-reset') delay.reset();
  if (message === 'delay')
    process.send!({
      loopDelayMs: { p50: delay.percentile(50) / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 },
    });
});
process.send!({ url: server.url });
