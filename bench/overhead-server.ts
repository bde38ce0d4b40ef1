// Child process of server-overhead.ts, bundled as `npm start` bundles the server: the real Node server.
// Answers `cpu` with the CPU time used so far (the server's own work per run), and `direct` by making the
// provider calls itself, without the server, as the baseline.
import OpenAI from 'openai';
import { startNodeServer } from '../server/node/serve.ts';

const USER_PROMPT = 'Antworte auf Antrag {{nummer}} von {{name}} für das {{amt}}.';

/** The same calls straight through the SDK the server uses, `inFlight` at a time, each timed on its own. */
async function callTimesDirect(fakeUrl: string, cases: number, inFlight: number): Promise<number[]> {
  const client = new OpenAI({ apiKey: 'none', baseURL: fakeUrl, maxRetries: 0 });
  const times: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases) {
      const i = next++;
      const content = USER_PROMPT.replace('{{nummer}}', `A-${1000 + i}`)
        .replace('{{name}}', `Erika Beispiel ${i + 1}`)
        .replace('{{amt}}', 'Bürgeramt Musterstadt');
      const started = performance.now();
      const stream = await client.chat.completions.create({
        model: 'bench',
        stream: true,
        stream_options: { include_usage: true },
        messages: [{ role: 'user', content }],
      });
      for await (const part of stream) void part;
      times.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return times;
}

const [dir, configFile, dbFile] = process.argv.slice(2) as [string, string, string];
const server = await startNodeServer({ port: 0, dir, configFile, dbFile, env: {} });
process.on('message', (message: 'cpu' | { direct: string; cases: number; inFlight: number }) => {
  if (message === 'cpu') process.send!(process.cpuUsage());
  else void callTimesDirect(message.direct, message.cases, message.inFlight).then((times) => process.send!(times));
});
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
process.send!({ url: server.url });
