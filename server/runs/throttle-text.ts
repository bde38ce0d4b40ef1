/** How often a streaming case hands its text on as a `delta` event at most. */
export const DELTA_EVERY_MS = 150;

/**
 * Passes streamed text on at most every `everyMs`: the first fragment at once, the ones that follow within the
 * interval joined into one at its end. A provider streams a word at a time, 50 to 300 times a second; every
 * fragment as its own event would cost each reader a wake-up and the server a write, and nobody reads faster.
 */
export function throttleText(emit: (text: string) => void, everyMs = DELTA_EVERY_MS) {
  let pending = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    timer = undefined;
    if (!pending) return;
    const text = pending;
    pending = '';
    emit(text);
    timer = setTimeout(tick, everyMs);
  };
  return {
    push(text: string): void {
      pending += text;
      if (!timer) tick();
    },
    /** Hands on what is pending at once and stops: nothing is emitted after this. */
    flush(): void {
      clearTimeout(timer);
      timer = undefined;
      const text = pending;
      pending = '';
      if (text) emit(text);
    },
  };
}
