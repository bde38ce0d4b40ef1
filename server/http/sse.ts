import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { EventFeed, SequencedEvent } from '../runs/feed.ts';
import { logServerError } from './log.ts';

// JSON never contains a raw line break, so each event is exactly one `data:` line.
const format = ({ id, event }: SequencedEvent<{ type: string }>) =>
  `id: ${id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

/**
 * Streams a feed's events after sequence number `after` as SSE (`id`, `event`, `data`) until the feed says done
 * (a run: after `run-finished`). Each connection reads the feed at its own pace, so a slow client only delays
 * itself. A `: ping` comment goes out whenever nothing happened for `heartbeatMs`.
 */
export function streamEvents<E extends { type: string }>(
  c: Context,
  feed: EventFeed<E>,
  after: number,
  heartbeatMs: number,
): Response {
  // nginx and similar proxies buffer responses unless told not to; events must arrive as they happen.
  c.header('X-Accel-Buffering', 'no');
  return streamSSE(c, async (stream) => {
    const gone = new AbortController();
    stream.onAbort(() => gone.abort());
    try {
      let position = after;
      for (;;) {
        const { events, done } = await feed.read(position, heartbeatMs, gone.signal);
        if (stream.aborted) return;
        if (events.length === 0 && !done) await stream.write(': ping\n\n');
        // Everything that piled up goes out as one write: a burst of deltas costs one chunk, not one each.
        if (events.length > 0) {
          await stream.write(events.map(format).join(''));
          position = events.at(-1)!.id;
        }
        if (done) return;
      }
    } catch (err) {
      logServerError(err, `SSE ${c.req.path}`);
    }
  });
}
