export interface TextStream {
  push(delta: string): void;
  /** Hands on what was held back; call once the answer is complete. */
  flush(): void;
}

/**
 * Restores streamed text as it arrives. A stand-in may come split across deltas ("[Per" + "son 1]"), so the end of
 * the text that could still become one is held back until the next delta decides, or the stream ends.
 */
export function restoreStream(
  emit: (text: string) => void,
  restore: (text: string) => string,
  standIns: () => readonly string[],
): TextStream {
  let pending = '';
  return {
    push(delta) {
      pending += delta;
      const cut = safeCut(pending, standIns());
      if (cut === 0) return;
      const text = restore(pending.slice(0, cut));
      pending = pending.slice(cut);
      if (text) emit(text);
    },
    flush() {
      const text = restore(pending);
      pending = '';
      if (text) emit(text);
    },
  };
}

const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;

/**
 * The longest start of `text` that is safe to restore now: it neither ends inside a stand-in nor in the start of
 * one, nor in an invented name whose next letter would make it part of a longer word ("Roth" + "enburg").
 */
function safeCut(text: string, standIns: readonly string[]): number {
  const longest = standIns.reduce((max, s) => Math.max(max, s.length), 0);
  for (let at = Math.max(0, text.length - longest); at < text.length; at++) {
    // Called for every streamed fragment: most positions start no stand-in, and comparing one character is free.
    const first = text.charCodeAt(at);
    if (!standIns.some((s) => s.charCodeAt(0) === first)) continue;
    const tail = text.slice(at);
    const open = (s: string) => s.startsWith(tail) && (s.length > tail.length || ENDS_IN_WORD.test(s));
    if (!standIns.some(open)) continue;
    // The tail may start inside a complete stand-in that began earlier; cut before that one then.
    const inside = standIns
      .map((s) => text.lastIndexOf(s, at - 1))
      .filter((start, i) => start >= 0 && start + standIns[i]!.length > at);
    return Math.min(at, ...inside);
  }
  return text.length;
}
