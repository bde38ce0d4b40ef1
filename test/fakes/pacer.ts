import type { ServerResponse } from 'node:http';

/** A stream being written frame by frame: `sent` frames have gone out since `started`. */
interface Paced {
  res: ServerResponse;
  frames: string[];
  sent: number;
  started: number;
}

/**
 * Writes streams at `chunksPerSecond` frames each, as a provider streams tokens. One shared timer serves all
 * streams (every 10 ms, each writes the frames that are due), so a fake serving hundreds of streams stays cheap
 * next to the server it loads.
 */
export function createPacer(chunksPerSecond: number) {
  const streams = new Set<Paced>();
  let timer: ReturnType<typeof setInterval> | undefined;

  const tick = () => {
    const now = performance.now();
    for (const stream of streams) {
      const due = Math.min(stream.frames.length, 1 + Math.floor(((now - stream.started) * chunksPerSecond) / 1000));
      if (stream.res.destroyed) {
        streams.delete(stream);
      } else if (due > stream.sent) {
        const text = stream.frames.slice(stream.sent, due).join('');
        stream.sent = due;
        if (due === stream.frames.length) {
          stream.res.end(text);
          streams.delete(stream);
        } else stream.res.write(text);
      }
    }
    if (streams.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  return {
    /** Starts writing `frames` to `res`; the response ends with the last one. */
    send(res: ServerResponse, frames: string[]): void {
      streams.add({ res, frames, sent: 0, started: performance.now() });
      timer ??= setInterval(tick, 10);
      tick();
    },
  };
}
