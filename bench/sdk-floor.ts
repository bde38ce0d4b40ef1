// Child process of eval-bench.ts, bundled like the CLI and started with the bin's Node flags: the floor under the
// CLI's wall time. It replays the CLI's own requests, as the test server recorded them, through the same SDK and
// fetch at the same concurrency, and does nothing else: no exercise, database, grading or report.
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { httpFetch } from '../server/node/http-fetch.ts';

const [baseURL, bodiesFile, concurrency] = process.argv.slice(2) as [string, string, string];
const bodies = JSON.parse(readFileSync(bodiesFile, 'utf8')) as ChatCompletionCreateParamsNonStreaming[];
const client = new OpenAI({ apiKey: 'none', baseURL, maxRetries: 0, fetch: httpFetch });
let next = 0;
const worker = async () => {
  while (next < bodies.length) await client.chat.completions.create(bodies[next++]!);
};
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
