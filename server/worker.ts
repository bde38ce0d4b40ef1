// The Cloudflare Workers entry (wrangler.toml `main`): the app over D1, with the exercise catalogue that
// bin/bundle-catalogue.ts bundled from prompts/ and evals/ at build time, and providers from vars and secrets.
// RunHost is the Durable Object class of the RUNS binding: one object per run.
import files from '../dist/catalogue.json' with { type: 'json' };
import { createRunHost } from './workers/run-host.ts';
import { createWorker } from './workers/worker.ts';

export const RunHost = createRunHost(files);
export default createWorker(files);
