import { bundleCatalogue } from '../../bin/build-worker.ts';
import { ensureWebBuilt } from '../../bin/build-web.mjs';

// What wrangler's [build] makes for dev and deploy: the pool needs web/dist for the assets binding of
// wrangler.toml, and server/worker.ts imports the bundled library.
export default async function setup(): Promise<void> {
  ensureWebBuilt();
  await bundleCatalogue();
}
