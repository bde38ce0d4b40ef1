// A provider thread of the Node server: runs the SDK calls it is sent (HTTP, stream parsing, the SDKs' garbage) off
// the thread that answers attendees' requests. Streamed text goes back joined every few milliseconds, one message
// for all calls of the thread.
import { parentPort } from 'node:worker_threads';
import { createAdapter, type AdapterSpec } from '../providers/adapter-spec.ts';
import { ProviderError, type ChatAdapter } from '../providers/types.ts';
import { httpFetch } from './http-fetch.ts';
import type { FromThread, ThreadFailure, ToThread } from './provider-thread-messages.ts';

/** How long streamed text collects before it goes back: below what anyone sees (the UI shows text every 150 ms). */
const FLUSH_MS = 40;
/** Adapters kept by spec; a spec changes only when a trainer changes a provider's settings. */
const KEEP_ADAPTERS = 32;

const port = parentPort!;
const send = (message: FromThread) => port.postMessage(message);
const adapters = new Map<string, Promise<ChatAdapter>>();
const running = new Map<number, AbortController>();
let texts = new Map<number, string>();
let timer: ReturnType<typeof setTimeout> | undefined;

function flush(): void {
  clearTimeout(timer);
  timer = undefined;
  if (texts.size === 0) return;
  send({ type: 'deltas', texts: [...texts] });
  texts = new Map();
}

function adapterFor(spec: AdapterSpec): Promise<ChatAdapter> {
  const key = JSON.stringify(spec);
  let adapter = adapters.get(key);
  if (!adapter) {
    if (adapters.size >= KEEP_ADAPTERS) adapters.delete(adapters.keys().next().value!);
    adapter = createAdapter(spec, httpFetch);
    adapters.set(key, adapter);
    adapter.catch(() => adapters.delete(key));
  }
  return adapter;
}

const failureOf = (err: unknown): ThreadFailure =>
  err instanceof ProviderError
    ? { kind: err.kind, message: err.message, status: err.options.status, retryAfterMs: err.options.retryAfterMs }
    : { message: err instanceof Error ? err.message : String(err) };

async function chat({ id, spec, call: { stream, ...call } }: Extract<ToThread, { type: 'chat' }>): Promise<void> {
  const controller = new AbortController();
  running.set(id, controller);
  const onDelta = stream
    ? (text: string) => {
        texts.set(id, (texts.get(id) ?? '') + text);
        timer ??= setTimeout(flush, FLUSH_MS);
      }
    : undefined;
  try {
    const result = await (await adapterFor(spec)).chat({ ...call, signal: controller.signal, onDelta });
    flush(); // the call's last text before its end
    send({ type: 'done', id, result });
  } catch (err) {
    flush();
    send({ type: 'failed', id, failure: failureOf(err) });
  } finally {
    running.delete(id);
  }
}

port.on('message', (message: ToThread) => {
  if (message.type === 'abort') running.get(message.id)?.abort();
  else void chat(message);
});
