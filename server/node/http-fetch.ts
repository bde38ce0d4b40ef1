// The provider SDKs' fetch on Node, over node:http(s) with keep-alive connections. Node 20's own fetch (undici) cost
// a third more CPU per streamed answer and 25-45 MB more memory under load (128 streams at once, 300 chunks/s),
// and 0.07-0.13 s more for a 400-call eval. No package fits: node-fetch and minipass-fetch answer with Node streams,
// which ollama-js cannot read, so this one answers with a standard Response and a web stream as its body, and fails
// the way fetch fails (the adapters tell errors apart by that).
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { pipeline, type Readable, type Transform } from 'node:stream';

interface Client {
  request: typeof httpRequest;
  agent: HttpAgent;
}

// Idle keep-alive sockets do not hold the process open (Node unrefs them).
const http: Client = { request: httpRequest, agent: new HttpAgent({ keepAlive: true }) };
let https: Promise<Client> | undefined;
const MAX_REDIRECTS = 20;
/** Statuses whose Response must have no body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/** Sent to the origin the call was meant for only, as fetch does (plus the key headers of Anthropic and others). */
const CREDENTIALS = ['authorization', 'proxy-authorization', 'cookie', 'x-api-key', 'api-key'];
const DECODERS = {
  gzip: 'createGunzip',
  'x-gzip': 'createGunzip',
  deflate: 'createInflate',
  br: 'createBrotliDecompress',
} as const;

type Body = string | Uint8Array | undefined;

// node:https and node:zlib load when first needed: an eval against a local server starts 10-20 ms sooner.
async function clientFor(url: URL): Promise<Client> {
  if (url.protocol === 'http:') return http;
  if (url.protocol === 'https:') {
    return (https ??= import('node:https').then(({ request, Agent }) => ({
      request,
      agent: new Agent({ keepAlive: true }),
    })));
  }
  throw new TypeError('fetch failed', { cause: new Error(`Das Protokoll ${url.protocol} wird nicht unterstützt`) });
}

async function decoderFor(res: IncomingMessage): Promise<Transform | undefined> {
  const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const name = DECODERS[encoding as keyof typeof DECODERS];
  return name && (await import('node:zlib'))[name]();
}

/** The body as a web stream that breaks off as fetch's does: with TypeError "terminated", or the abort's reason. */
function webBody(source: Readable, signal: AbortSignal | null | undefined): ReadableStream<Uint8Array> {
  // An error before the first read would be unhandled; the iterator still throws it to the reader.
  source.on('error', () => {});
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  return new ReadableStream({
    async pull(controller) {
      if (signal?.aborted) {
        controller.error(signal.reason);
        await chunks.return?.();
        return;
      }
      try {
        const { done, value } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (err) {
        controller.error(signal?.aborted ? signal.reason : new TypeError('terminated', { cause: err }));
      }
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}

async function send(url: URL, method: string, headers: Headers, body: Body, signal: AbortSignal | null | undefined) {
  const client = await clientFor(url);
  const head: Record<string, string> = {};
  headers.forEach((value, name) => (head[name] = value));
  if (body !== undefined) head['content-length'] = String(Buffer.byteLength(body));
  return new Promise<IncomingMessage>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    let answer: IncomingMessage | undefined;
    const req = client.request(url, { method, headers: head, agent: client.agent }, (res) => resolve((answer = res)));
    // Not node:http's own `signal` option: it destroys the socket even when the answer is complete and the socket is
    // back in the pool for the next call, where no one handles its error. A complete answer's reader fails instead.
    const abort = () => {
      reject(signal!.reason);
      if (!answer?.complete) req.destroy();
    };
    signal?.addEventListener('abort', abort, { once: true });
    req.once('close', () => signal?.removeEventListener('abort', abort));
    // As fetch: an abort rejects with the signal's reason, anything else with "fetch failed" and the cause.
    req.on('error', (err) => reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: err })));
    req.end(body);
  });
}

function redirectTarget(res: IncomingMessage, url: URL): URL | undefined {
  const location = res.headers.location;
  return [301, 302, 303, 307, 308].includes(res.statusCode ?? 0) && location ? new URL(location, url) : undefined;
}

export const httpFetch: typeof fetch = async (input, init = {}) => {
  const { body } = init;
  const plainBody = body == null || typeof body === 'string' || body instanceof Uint8Array;
  // Requests as objects and form or stream bodies do not come from the SDKs' chat calls: fetch takes them.
  if (!(typeof input === 'string' || input instanceof URL) || !plainBody) return fetch(input, init);

  let url = new URL(input);
  let method = (init.method ?? 'GET').toUpperCase();
  let sent: Body = body ?? undefined;
  const headers = new Headers(init.headers);
  for (let redirects = 0; ; redirects++) {
    const res = await send(url, method, headers, sent, init.signal);
    const next = init.redirect === 'manual' ? undefined : redirectTarget(res, url);
    if (next) {
      res.resume();
      if (init.redirect === 'error' || redirects === MAX_REDIRECTS) {
        throw new TypeError('fetch failed', { cause: new Error(`Weiterleitung nach ${next.href} abgelehnt`) });
      }
      if (res.statusCode === 303 || ((res.statusCode === 301 || res.statusCode === 302) && method === 'POST')) {
        [method, sent] = [method === 'HEAD' ? 'HEAD' : 'GET', undefined];
        headers.delete('content-type');
      }
      if (next.origin !== url.origin) for (const name of CREDENTIALS) headers.delete(name);
      url = next;
      continue;
    }
    const status = res.statusCode ?? 0;
    const responseHeaders = new Headers();
    for (let i = 0; i < res.rawHeaders.length; i += 2)
      responseHeaders.append(res.rawHeaders[i]!, res.rawHeaders[i + 1]!);
    const empty = NULL_BODY.has(status) || method === 'HEAD';
    if (empty) res.resume();
    const decoder = empty ? undefined : await decoderFor(res);
    const source = decoder ? pipeline(res, decoder, () => {}) : res;
    const response = new Response(empty ? null : webBody(source, init.signal), {
      status,
      statusText: res.statusMessage,
      headers: responseHeaders,
    });
    Object.defineProperty(response, 'url', { value: url.href });
    return response;
  }
};
