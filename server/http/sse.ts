import type { Context } from 'hono';
import type { EventFeed, SequencedEvent } from '../runs/feed.ts';
import { logServerError } from './log.ts';

// JSON never contains a raw line break, so each event is exactly one `data:` line.
const format = ({ id, event }: SequencedEvent<{ type: string }>) =>
  `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

const encoder = new TextEncoder();

/**
 * Streams a feed's events after sequence number `after` as SSE (`id`, `event`, `data`) until the feed says done
 * (a run: after `run-finished`). Each connection reads the feed at its own pace, so a slow client only delays
 * itself. A `: ping` comment goes out whenever nothing happened for `heartbeatMs`.
 *
 * The body is a plain pull stream: the next read of the feed starts only when the socket took the last chunk.
 * Hono's `streamSSE` would put a TransformStream and a writer in between, about half the memory of each of the
 * hundreds of connections a workshop keeps open.
 */
export function streamEvents<E extends { type: string }>(
  c: Context,
  feed: EventFeed<E>,
  after: number,
  heartbeatMs: number,
): Response {
  const gone = new AbortController();
  // The path, not the request's context: a stream stays open for minutes, and the context holds the request, the
  // viewer and a dozen functions of its own (a few KB for each of hundreds of open streams).
  const where = `SSE ${c.req.path}`;
  let position = after;
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { events, done } = await feed.read(position, heartbeatMs, gone.signal);
          if (gone.signal.aborted) return;
          // Everything that piled up goes out as one chunk: a burst of deltas costs one write, not one each.
          if (events.length > 0) {
            controller.enqueue(encoder.encode(events.map(format).join('')));
            position = events.at(-1)!.id;
          } else if (!done) controller.enqueue(encoder.encode(': ping\n\n'));
          if (done) controller.close();
        } catch (err) {
          logServerError(err, where);
          controller.close();
        }
      },
      cancel: () => gone.abort(),
    },
    { highWaterMark: 0 },
  );
  return c.body(body, 200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-cache',
    Connection: 'keep-alive',
    'Transfer-Encoding': 'chunked',
    // nginx and similar proxies buffer responses unless told not to; events must arrive as they happen.
    'X-Accel-Buffering': 'no',
  });
}
