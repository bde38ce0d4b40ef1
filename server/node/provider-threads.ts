import { Worker } from 'node:worker_threads';
import { logServerError } from '../http/log.ts';
import type { AdapterMaker } from '../providers/adapter-spec.ts';
import { cancelledError } from '../providers/errors.ts';
import { ProviderError, type ChatAdapter } from '../providers/types.ts';
import { nextTurn } from '../runs/feed.ts';
import type { FromThread, ThreadFailure, ToThread } from './provider-thread-messages.ts';

type Result = Awaited<ReturnType<ChatAdapter['chat']>>;

interface Call {
  label: string;
  onDelta?: (text: string) => void;
  resolve(result: Result): void;
  reject(err: Error): void;
}

interface Thread {
  worker: Worker;
  calls: Map<number, Call>;
}

export interface ProviderThreads {
  /** Adapters whose calls run in the threads. */
  adapters: AdapterMaker;
  /** Ends the threads; calls still running fail as cancelled. */
  close(): Promise<void>;
}

/** The bundle has the thread as plain JavaScript; from source (tests, tsx) it is TypeScript and needs tsx's loader. */
export function startProviderThread(): Worker {
  // The thread's garbage is short-lived (HTTP chunks, SDK objects): V8's default young generation let its heap
  // grow to 60 MB in the workshop benchmark. Since the calls go over node:http (less garbage than fetch's), 4 MB
  // instead of 12 cost no measurable CPU and keep the thread's heap smaller.
  const resourceLimits = { maxYoungGenerationSizeMb: 4 };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./provider-thread.mjs', import.meta.url), { resourceLimits });
  const file = JSON.stringify(new URL('./provider-thread.ts', import.meta.url).href);
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${file}); })`;
  return new Worker(boot, { eval: true, resourceLimits });
}

const errorOf = ({ kind, message, status, retryAfterMs }: ThreadFailure): Error =>
  kind ? new ProviderError(kind, message, { status, retryAfterMs }) : new Error(message);

/**
 * Up to `count` worker threads that make the provider calls of this process, started on the first call. The
 * queue, limits, retries, timeouts and the data guard stay in the calling thread; only the SDK call moves. A thread
 * that dies fails its calls as network errors, which the registry retries in a new thread.
 */
export function startProviderThreads(
  count: number,
  { startThread = startProviderThread, onStarted }: { startThread?: () => Worker; onStarted?: () => void } = {},
): ProviderThreads {
  const threads: Thread[] = [];
  let nextId = 0;

  const spawn = (): Thread => {
    const thread: Thread = { worker: startThread(), calls: new Map() };
    thread.worker.unref(); // a thread never keeps the process alive; the server does while it serves
    if (onStarted) thread.worker.once('online', onStarted);
    thread.worker.on('message', (message: FromThread) => {
      if (message.type === 'deltas') {
        for (const [id, text] of message.texts) thread.calls.get(id)?.onDelta?.(text);
        return;
      }
      const call = thread.calls.get(message.id);
      thread.calls.delete(message.id);
      if (!call) return;
      // A finished call is graded, stored and streamed before the next settles: one per turn, so that requests
      // that arrived meanwhile are answered in between instead of behind a burst of finished calls.
      void nextTurn().then(() =>
        message.type === 'done' ? call.resolve(message.result) : call.reject(errorOf(message.failure)),
      );
    });
    const lost = (err?: unknown) => {
      const index = threads.indexOf(thread);
      if (index < 0) return; // closed, or already counted as lost ('error' is followed by 'exit')
      threads.splice(index, 1);
      // Nobody else would hear of it: its calls only say that a thread fell out.
      if (err instanceof Error) logServerError(err, 'Anbieter-Thread');
      for (const { label, reject } of thread.calls.values()) {
        reject(
          new ProviderError('network', `Der Aufruf an ${label} brach ab: ein Hintergrund-Thread des Servers fiel aus.`),
        );
      }
      thread.calls.clear();
    };
    thread.worker.once('error', lost);
    thread.worker.once('exit', () => lost());
    threads.push(thread);
    return thread;
  };

  /** The thread with the fewest calls; a new one while every thread is busy and there may be more. */
  const pick = (): Thread => {
    const idlest = threads.reduce<Thread | undefined>((a, b) => (a && a.calls.size <= b.calls.size ? a : b), undefined);
    return idlest && (idlest.calls.size === 0 || threads.length >= count) ? idlest : spawn();
  };

  return {
    adapters: (spec) => ({
      chat: ({ signal, onDelta, ...rest }) =>
        new Promise<Result>((resolve, reject) => {
          if (signal?.aborted) return reject(cancelledError());
          const id = nextId++;
          const thread = pick();
          const abort = () => thread.worker.postMessage({ type: 'abort', id } satisfies ToThread);
          signal?.addEventListener('abort', abort, { once: true });
          const settle = () => signal?.removeEventListener('abort', abort);
          thread.calls.set(id, {
            label: spec.options.label ?? spec.kind,
            onDelta,
            resolve: (result) => (settle(), resolve(result)),
            reject: (err) => (settle(), reject(err)),
          });
          const message: ToThread = { type: 'chat', id, spec, call: { ...rest, stream: onDelta !== undefined } };
          thread.worker.postMessage(message);
        }),
    }),
    async close() {
      const ending = threads.splice(0);
      for (const { calls } of ending) {
        for (const call of calls.values()) call.reject(cancelledError());
        calls.clear();
      }
      await Promise.all(ending.map(({ worker }) => worker.terminate()));
    },
  };
}
