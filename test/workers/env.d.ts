// What the Workers tests see: the Worker's bindings (wrangler.toml) plus the test's own, and the test Worker.
declare namespace Cloudflare {
  type SandboxEnv = import('../../server/workers/worker.ts').WorkerEnv;
  interface Env extends SandboxEnv {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
  interface GlobalProps {
    mainModule: typeof import('./worker.ts');
  }
}
