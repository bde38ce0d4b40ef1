import type { Settings } from '../schema/exercise.ts';

export interface CallIdentity {
  provider: string;
  system?: string;
  user: string;
  settings: Settings;
  /** Repetitions of a run must be fresh calls, or repeating would only replay the cache. */
  repeat: number;
}

/** SHA-256 over the call's identity (Web Crypto, so it works on Workers as well). */
export async function cacheKey(call: CallIdentity): Promise<string> {
  const canonical = JSON.stringify([
    call.provider,
    call.system ?? null,
    call.user,
    call.settings.temperature ?? null,
    call.settings.max_tokens ?? null,
    call.settings.top_p ?? null,
    call.repeat,
  ]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
