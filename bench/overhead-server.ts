// Child process of server-overhead.ts, bundled as `npm start` bundles the server: the real Node server.
// Answers each IPC message with the CPU time used so far, so the bench can tell the server's own work per run.
import { startNodeServer } from '../server/node/serve.ts';

const [dir, configFile, dbFile] = process.argv.slice(2) as [string, string, string];
const server = await startNodeServer({ port: 0, dir, configFile, dbFile, env: {} });
process.on('message', () => process.send!(process.cpuUsage()));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
process.send!({ url: server.url });
