import type { ChatAdapter } from './types.ts';

/**
 * Loads an adapter (and so its SDK) on its first call: each SDK adds a few hundred ms and
 * 10-25 MB to start-up, and most sessions use one or two providers.
 */
export function lazyAdapter(load: () => Promise<ChatAdapter>): ChatAdapter {
  let adapter: Promise<ChatAdapter> | undefined;
  return {
    async chat(request) {
      adapter ??= load();
      return (await adapter).chat(request);
    },
  };
}
