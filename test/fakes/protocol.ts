import type { IncomingHttpHeaders } from 'node:http';

/**
 * What the next request gets. `incomplete` is a 200 with valid JSON that lacks what the protocol
 * promises (no choices / no content); `malformed` is a 200 whose body is not valid JSON.
 */
export type FaultKind = 'ok' | '429' | '500' | 'hang' | 'broken-stream' | 'malformed' | 'incomplete' | 'refused';

export type RequestBody = Record<string, unknown>;

export interface ErrorReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** Everything that differs between providers; the server loop in core.ts is shared. */
export interface Protocol {
  /** Path of the chat endpoint, e.g. `/v1/chat/completions`. */
  path: string;
  /** Path prefix the SDK is pointed at, e.g. `/v1`; appended to the server origin for `url`. */
  basePath: string;
  /** A 401 reply when the request does not carry `key` the way the real API expects; undefined when it does. */
  checkKey(headers: IncomingHttpHeaders, key: string): ErrorReply | undefined;
  /** The prompt text the default reply and the token counts are derived from. */
  promptOf(body: RequestBody): string;
  /** Output token limit requested by the client, if any. */
  maxTokensOf(body: RequestBody): number | undefined;
  isStreaming(body: RequestBody): boolean;
  streamContentType: string;
  /** The complete JSON answer. */
  json(answer: Answer, body: RequestBody): unknown;
  /** The serialised stream frames, in order, including the protocol's terminator. */
  frames(answer: Answer, body: RequestBody): string[];
  /** A 200 JSON body without the parts the protocol promises. */
  incomplete(body: RequestBody): unknown;
  /** A stream frame whose payload is not valid JSON. */
  garbageFrame: string;
  error(kind: '429' | '500' | 'refused', retryAfterMs: number, message?: string): ErrorReply;
}

export interface Answer {
  /** The answer as word-sized pieces (each with its trailing space), which is how it streams. */
  pieces: string[];
  text: string;
  inputTokens: number;
  outputTokens: number;
  /** True when the client's token limit cut the answer short. */
  truncated: boolean;
}

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

export const defaultReply = (prompt: string): string => {
  const gist = words(prompt).slice(0, 12).join(' ');
  return `Sehr geehrte Damen und Herren, vielen Dank für Ihre Anfrage. Sie schrieben: ${gist}`;
};

/** One "token" per word keeps counts deterministic and easy to assert. */
export function makeAnswer(protocol: Protocol, body: RequestBody, reply?: (body: RequestBody) => string): Answer {
  const prompt = protocol.promptOf(body);
  const all = words(reply ? reply(body) : defaultReply(prompt));
  const limit = protocol.maxTokensOf(body);
  const kept = limit === undefined ? all : all.slice(0, limit);
  const pieces = kept.map((word, i) => (i < kept.length - 1 ? `${word} ` : word));
  return {
    pieces,
    text: pieces.join(''),
    inputTokens: words(prompt).length,
    outputTokens: kept.length,
    truncated: kept.length < all.length,
  };
}

/** Unix seconds, as `created` fields carry them. */
export const unixNow = (): number => Math.floor(Date.now() / 1000);
