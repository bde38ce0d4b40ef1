import { request, type Agent } from 'node:http';

export interface SseMessage {
  id: number | undefined;
  event: string;
  data: string;
}

/**
 * Follows an event stream over plain node:http (cheaper than fetch for hundreds of streams in one load generator)
 * until it ends, `signal` aborts, or `onMessage` returns true. Resolves with the status code.
 */
export function followSse(
  url: string,
  headers: Record<string, string>,
  agent: Agent,
  onMessage: (message: SseMessage) => boolean | void,
  signal?: AbortSignal,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream', ...headers }, agent, signal }, (res) => {
      res.setEncoding('utf8');
      let buffer = '';
      const stop = () => {
        res.destroy();
        resolve(res.statusCode ?? 0);
      };
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(':')) continue;
          const message: SseMessage = { id: undefined, event: 'message', data: '' };
          for (const line of block.split('\n')) {
            const colon = line.indexOf(': ');
            const [field, value] = [line.slice(0, colon), line.slice(colon + 2)];
            if (field === 'id') message.id = Number(value);
            else if (field === 'event') message.event = value;
            else if (field === 'data') message.data = value;
          }
          if (onMessage(message)) return stop();
        }
      });
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', (err) => (signal?.aborted ? resolve(0) : reject(err)));
    req.end();
  });
}
