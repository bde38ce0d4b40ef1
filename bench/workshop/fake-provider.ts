// Child process of the workshop benchmark: an OpenAI-compatible server that waits `latencyMs`, then streams an
// answer of `words` words at `rate` words per second. Its own process, so its work shows apart from the server's.
import { startFakeOpenAI } from '../../test/fakes/openai.ts';
import { answerOf } from './answer.ts';

const [latencyMs, rate, words] = process.argv.slice(2).map(Number) as [number, number, number];
const fake = await startFakeOpenAI({
  latencyMs,
  chunksPerSecond: rate,
  reply: (body) => answerOf((body.messages as { content: string }[]).map((m) => m.content).join(' '), words),
});
process.on('SIGTERM', () => void fake.close().then(() => process.exit(0)));
process.send!({ url: fake.url });
