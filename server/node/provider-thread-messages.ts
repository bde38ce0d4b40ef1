import type { AdapterSpec } from '../providers/adapter-spec.ts';
import type { ChatAdapter, ChatRequest, ProviderErrorKind } from '../providers/types.ts';

/** A call as it crosses to a provider thread: the signal becomes `abort` messages, `onDelta` a flag. */
type ThreadCall = Omit<ChatRequest, 'signal' | 'onDelta'> & { stream: boolean };

export type ToThread =
  { type: 'chat'; id: number; spec: AdapterSpec; call: ThreadCall } | { type: 'abort'; id: number };

/** A failure as plain data; `kind` is absent for an error that was no ProviderError (a bug). */
export interface ThreadFailure {
  kind?: ProviderErrorKind;
  message: string;
  status?: number;
  retryAfterMs?: number;
}

export type FromThread =
  /** Streamed text of the thread's calls since its last message, joined per call. */
  | { type: 'deltas'; texts: [id: number, text: string][] }
  | { type: 'done'; id: number; result: Awaited<ReturnType<ChatAdapter['chat']>> }
  | { type: 'failed'; id: number; failure: ThreadFailure };
