import { parseSse, type SseMessage } from './sse.ts';

/** Sends a request to the app under test: real HTTP on Node, the Worker's fetch inside workerd. */
export type FetchTarget = (path: string, init?: RequestInit) => Promise<Response>;

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

export interface EventOptions {
  headers?: Record<string, string>;
  query?: string;
  /** Stop reading (drop the connection) once this returns true for the messages so far. */
  until?: (messages: SseMessage[]) => boolean;
}

export interface ApiClient {
  /** Every response body received through `call` and `events`, for the leak checks. */
  transcript: string[];
  call(path: string, init?: RequestInit): Promise<ApiResponse>;
  post(path: string, body: unknown): Promise<ApiResponse>;
  /** The SSE messages of a run's event stream, read until it ends (or `until` says stop). */
  events(runId: string, options?: EventOptions): Promise<SseMessage[]>;
}

/** A small client over any fetch: no Node APIs, so the same calls run against Node and inside workerd. */
export function createApiClient(target: FetchTarget): ApiClient {
  const transcript: string[] = [];

  const call: ApiClient['call'] = async (path, init) => {
    const response = await target(path, init);
    const text = await response.text();
    transcript.push(text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };

  return {
    transcript,
    call,
    post: (path, body) =>
      call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    async events(runId, { headers, query, until } = {}) {
      const abort = new AbortController();
      const response = await target(`/api/runs/${runId}/events${query ?? ''}`, { headers, signal: abort.signal });
      if (response.status !== 200) throw new Error(`events: ${response.status} ${await response.text()}`);
      const messages: SseMessage[] = [];
      let raw = '';
      try {
        for await (const message of parseSse(response.body!, (chunk) => (raw += chunk))) {
          messages.push(message);
          if (until?.(messages)) break;
        }
      } finally {
        abort.abort();
        transcript.push(raw);
      }
      return messages;
    },
  };
}
