import { cancelledError } from './errors.ts';
import { ProviderError } from './types.ts';

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RetryOptions {
  /** Extra attempts after the first. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  signal?: AbortSignal;
  sleep?: Sleep;
  /** In [0, 1); injectable so tests can pin the jitter. */
  random?: () => number;
  /** The caller's delta consumer; attempts receive it wrapped so a retry after streamed text can be refused. */
  onDelta?: (text: string) => void;
}

export interface Attempt {
  /** 0 for the first attempt. */
  index: number;
  /** Present when the caller streams; pass it to the adapter instead of the caller's own. */
  onDelta?: (text: string) => void;
}

/** Waits `ms`; rejects with a `cancelled` ProviderError as soon as the signal aborts. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelledError(signal.reason));
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancelledError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Exponential backoff with full jitter; a server's retry-after wins, capped by maxDelayMs. */
export function retryDelay(error: ProviderError, index: number, options: RetryOptions): number {
  const { retryAfterMs } = error.options;
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, options.maxDelayMs);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** index);
  return (options.random ?? Math.random)() * ceiling;
}

const withNote = (error: ProviderError, note: string) =>
  new ProviderError(error.kind, `${error.message} ${note}`, { status: error.options.status, cause: error });

/**
 * Retries `fn` on retryable ProviderErrors. Stops at once on abort, and never retries once text has reached
 * the caller: a second attempt would show the beginning of the answer twice.
 */
export async function withRetry<T>(fn: (attempt: Attempt) => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? abortableSleep;
  for (let index = 0; ; index++) {
    if (options.signal?.aborted) throw cancelledError(options.signal.reason);
    let streamed = false;
    const { onDelta } = options;
    const attempt: Attempt = {
      index,
      onDelta:
        onDelta &&
        ((text) => {
          streamed = true;
          onDelta(text);
        }),
    };
    try {
      return await fn(attempt);
    } catch (error) {
      if (!(error instanceof ProviderError) || !error.retryable || options.signal?.aborted) throw error;
      if (streamed)
        throw withNote(error, 'Ein neuer Versuch unterbleibt, weil schon ein Teil der Antwort angezeigt wurde.');
      if (index >= options.retries)
        throw index > 0 ? withNote(error, `Alle ${index + 1} Versuche sind gescheitert.`) : error;
      await sleep(retryDelay(error, index, options), options.signal);
    }
  }
}
