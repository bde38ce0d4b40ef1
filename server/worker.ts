// The Cloudflare Workers entry (wrangler.toml `main`): the app over D1, with the exercise catalogue that
// bin/bundle-catalogue.ts bundled from prompts/ and evals/ at build time, and providers from vars and secrets.
import files from '../dist/catalogue.json' with { type: 'json' };
import { createWorker } from './workers/worker.ts';

export default createWorker(files);
