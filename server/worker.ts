// The Cloudflare Workers entry (wrangler.toml `main`): the app over D1, with the exercise catalogue that
// bin/bundle-catalogue.ts bundled from prompts/ and evals/ at build time, and providers from vars and secrets.
// RunHost is the Durable Object class of the RUNS binding (one object per run), WorkshopHub that of WORKSHOPS (one
// per workshop).
import files from '../dist/catalogue.json' with { type: 'json' };
import { createRunHost } from './workers/run-host.ts';
import { createWorker } from './workers/worker.ts';
import { createWorkshopHub } from './workers/workshop-hub.ts';

export const RunHost = createRunHost(files);
export const WorkshopHub = createWorkshopHub(files);
export default createWorker(files);
