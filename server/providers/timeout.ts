import { cancelledError } from './errors.ts';
import { ProviderError } from './types.ts';

/**
 * Runs `fn` with a signal that aborts on the caller's signal or after `ms`. A call ended by the timer is
 * reported as kind `timeout` (the adapter sees only an abort and would say `cancelled`). Racing the abort
 * also ends an `fn` that ignores its signal.
 */
export async function withTimeout<T>(
  ms: number,
  signal: AbortSignal | undefined,
  provider: string,
  fn: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (signal?.aborted) throw cancelledError(signal.reason);
  const timer = AbortSignal.timeout(ms);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(combined.reason);
    combined.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([fn(combined), aborted]);
  } catch (error) {
    if (timer.aborted && !signal?.aborted) {
      const seconds = (ms / 1000).toLocaleString('de-DE');
      throw new ProviderError('timeout', `${provider} hat nicht innerhalb von ${seconds} Sekunden geantwortet.`, {
        cause: error,
      });
    }
    if (signal?.aborted && !(error instanceof ProviderError)) throw cancelledError(error);
    throw error;
  } finally {
    combined.removeEventListener('abort', onAbort);
  }
}
