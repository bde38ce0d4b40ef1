// `npm run bench` (web part): what the first page load of the web UI costs in gzipped JavaScript.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';

const BUDGET_KB = 60;
const CONFIG = fileURLToPath(new URL('../web/vite.config.ts', import.meta.url));

/** The entry chunk and everything it imports statically: what the browser loads before the first paint. */
function firstLoad(manifest: Manifest): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(visit);
  };
  Object.keys(manifest)
    .filter((key) => manifest[key]!.isEntry)
    .forEach(visit);
  return [...files].filter((file) => file.endsWith('.js'));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function webSizeBench(): Promise<boolean> {
  // A build of its own, so a running server's web/dist stays as it is.
  const outDir = mkdtempSync(join(tmpdir(), 'promptathon-web-size-'));
  try {
    await build({ configFile: CONFIG, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const gzipped = (file: string) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
    const first = firstLoad(manifest);
    const lazy = Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => file.endsWith('.js') && !first.includes(file));
    const total = first.reduce((sum, file) => sum + gzipped(file), 0);
    console.log(
      [
        `Web-UI, erster Seitenaufruf: ${kb(total)} JavaScript gzip (Ziel <= ${BUDGET_KB} KB)`,
        ...first.map((file) => `  ${file}: ${kb(gzipped(file))}`),
        'Bei Bedarf nachgeladen:',
        ...lazy.map((file) => `  ${file}: ${kb(gzipped(file))}`),
      ].join('\n'),
    );
    return total <= BUDGET_KB * 1024;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = (await webSizeBench()) ? 0 : 1;
}
