// The Worker that `npm run bench` starts in workerd (bench/workers-cost.ts): the real factories of
// server/workers over the real exercise library plus the bench's exercise, with one difference: D1 is reached
// through the bench's counting client (bench/workers/counting-d1.ts), so that every statement's rows read and
// written are known, per caller (the Worker, a run's Durable Object, a workshop's). The run objects' own storage
// calls are counted too, and so are the calls to objects (per binding and method: `RUNS.fetch`, `WORKSHOPS.look`).
// Routes under /__bench/ read the counts, run SQL (migrations, query plans) and open a stream without the app; they
// exist only here, never in the deployed Worker (server/worker.ts).
//
// Kept beside the other Workers entries because it type-checks against the Workers runtime (tsconfig.workers.json).
import type { CatalogueFile } from '../../server/exercises/catalogue.ts';
import { createRunHost } from '../../server/workers/run-host.ts';
import { createWorker, type WorkerEnv } from '../../server/workers/worker.ts';
import { createWorkshopHub } from '../../server/workers/workshop-hub.ts';
import { CountingD1, databaseSize, statementCosts, type D1Upstream } from '../../bench/workers/counting-d1.ts';

/** Put in by the bench's bundler (esbuild `define`): the library's files and the bench exercise. */
declare const BENCH_CATALOGUE: CatalogueFile[];

/** miniflare binds a D1 database under a `__D1_BETA__` name as the plain service the binding talks to. */
type BenchEnv = WorkerEnv & { __D1_BETA__DB: D1Upstream };

const storageCalls = new Map<string, number>();
/** Calls to objects (subrequests of the caller's invocation), by binding and method. */
const objectCalls = new Map<string, number>();

/** A namespace with every call to one of its objects counted as `<binding>.<method>`. */
function countingNamespace<T extends object>(namespace: T, binding: string): T {
  return new Proxy(namespace, {
    get(target, name) {
      const value: unknown = Reflect.get(target, name, target);
      if (name !== 'get') return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
      return (...args: unknown[]) => {
        const stub = (value as (...a: unknown[]) => Record<string | symbol, unknown>).apply(target, args);
        // Calls go to the stub as its own methods: an RPC stub refuses to serialize a `this` handed to it.
        return new Proxy(stub, {
          get(stubTarget, stubName) {
            if (typeof stubTarget[stubName] !== 'function') return stubTarget[stubName];
            return (...callArgs: unknown[]) => {
              const key = `${binding}.${String(stubName)}`;
              objectCalls.set(key, (objectCalls.get(key) ?? 0) + 1);
              return (stubTarget[stubName] as (...a: unknown[]) => unknown)(...callArgs);
            };
          },
        });
      };
    },
  });
}

const counted = (env: BenchEnv, source: string): WorkerEnv =>
  ({
    ...env,
    DB: new CountingD1(env.__D1_BETA__DB, source) as unknown as D1Database,
    RUNS: countingNamespace(env.RUNS, 'RUNS'),
    WORKSHOPS: countingNamespace(env.WORKSHOPS, 'WORKSHOPS'),
  }) as WorkerEnv;

/** The object's storage with every call counted by method name (put, get, setAlarm, …). */
function countingStorage(storage: DurableObjectStorage): DurableObjectStorage {
  return new Proxy(storage, {
    get(target, name) {
      const value: unknown = Reflect.get(target, name, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        storageCalls.set(String(name), (storageCalls.get(String(name)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

const Host = createRunHost(BENCH_CATALOGUE);

export class RunHost extends Host {
  constructor(ctx: DurableObjectState, env: BenchEnv) {
    super(ctx, counted(env, 'run-host'));
    // The base class insists on the real state object; the counting view of it replaces it afterwards.
    const storage = countingStorage(ctx.storage);
    const state = new Proxy(ctx, {
      get(target, name) {
        if (name === 'storage') return storage;
        const value: unknown = Reflect.get(target, name, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    Object.defineProperty(this, 'ctx', { value: state });
  }
}

export class WorkshopHub extends createWorkshopHub(BENCH_CATALOGUE) {
  constructor(ctx: DurableObjectState, env: BenchEnv) {
    super(ctx, counted(env, 'workshop-hub'));
  }
}

const worker = createWorker(BENCH_CATALOGUE);

async function benchRoute(request: Request, env: BenchEnv, path: string): Promise<Response> {
  if (path === '/__bench/stats') {
    return Response.json({
      statements: statementCosts(),
      storage: Object.fromEntries(storageCalls),
      objectCalls: Object.fromEntries(objectCalls),
      databaseBytes: databaseSize(),
    });
  }
  if (path === '/__bench/sql' && request.method === 'POST') {
    const { statements } = (await request.json()) as { statements: (string | { sql: string; params: unknown[] })[] };
    const db = new CountingD1(env.__D1_BETA__DB, 'bench');
    const results = [];
    for (const statement of statements) {
      const { sql, params } = typeof statement === 'string' ? { sql: statement, params: [] } : statement;
      results.push(
        await db
          .prepare(sql)
          .bind(...params)
          .all(),
      );
    }
    return Response.json(results);
  }
  if (path === '/__bench/idle-stream') {
    // A stream that stays open with nothing behind it but a timer (without one, workerd takes it for hung): what an
    // open stream costs without the app.
    const ping = new TextEncoder().encode(': offen\n\n');
    const body = new ReadableStream<Uint8Array>(
      {
        start: (controller) => controller.enqueue(ping),
        pull: (controller) =>
          new Promise<void>((resolve) => setTimeout(() => resolve(controller.enqueue(ping)), 10_000)),
      },
      { highWaterMark: 0 },
    );
    return new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  }
  return new Response('unbekannt', { status: 404 });
}

export default {
  fetch(request, env, ctx) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/__bench/')) return benchRoute(request, env, path);
    return worker.fetch!(request as Parameters<NonNullable<typeof worker.fetch>>[0], counted(env, 'worker'), ctx);
  },
} satisfies ExportedHandler<BenchEnv>;
