import type { AnthropicAdapterOptions } from './anthropic.ts';
import { lazyAdapter } from './lazy.ts';
import type { OllamaAdapterOptions } from './ollama.ts';
import type { OpenAIAdapterOptions } from './openai.ts';
import type { ChatAdapter } from './types.ts';

type Plain<T> = Omit<T, 'fetch'>;

/** What a network adapter is made of: plain data, so that another thread can make the same adapter. */
export type AdapterSpec =
  | { kind: 'openai'; options: Plain<OpenAIAdapterOptions> }
  | { kind: 'anthropic'; options: Plain<AnthropicAdapterOptions> }
  | { kind: 'ollama'; options: Plain<OllamaAdapterOptions> };

/** Makes the adapter a provider calls through: in this thread by default, in worker threads on the Node server. */
export type AdapterMaker = (spec: AdapterSpec) => ChatAdapter;

/** Loads the spec's SDK and makes its adapter. */
export async function createAdapter(spec: AdapterSpec, fetch?: typeof globalThis.fetch): Promise<ChatAdapter> {
  switch (spec.kind) {
    case 'openai':
      return (await import('./openai.ts')).createOpenAIAdapter({ ...spec.options, fetch });
    case 'anthropic':
      return (await import('./anthropic.ts')).createAnthropicAdapter({ ...spec.options, fetch });
    case 'ollama':
      return (await import('./ollama.ts')).createOllamaAdapter({ ...spec.options, fetch });
  }
}

/** Adapters in this thread, each loading its SDK on its first call. */
export const inThisThread =
  (fetch?: typeof globalThis.fetch): AdapterMaker =>
  (spec) =>
    lazyAdapter(() => createAdapter(spec, fetch));
