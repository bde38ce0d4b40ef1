import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleText } from '../../server/runs/throttle-text.ts';

describe('streamed text handed on at most once per interval', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('passes the first fragment at once and joins the rest of each interval, losing nothing', () => {
    const out: string[] = [];
    const text = throttleText((t) => out.push(t), 100);
    text.push('Sehr ');
    expect(out).toEqual(['Sehr ']);
    text.push('geehrte ');
    text.push('Frau ');
    vi.advanceTimersByTime(100);
    expect(out).toEqual(['Sehr ', 'geehrte Frau ']);
    vi.advanceTimersByTime(500); // a quiet moment: the next fragment goes out at once again
    text.push('Muster,');
    expect(out).toEqual(['Sehr ', 'geehrte Frau ', 'Muster,']);
  });

  it('hands on the rest when the answer ends, and nothing after that', () => {
    const out: string[] = [];
    const text = throttleText((t) => out.push(t), 100);
    text.push('a');
    text.push('b');
    text.flush();
    vi.advanceTimersByTime(1000);
    expect(out).toEqual(['a', 'b']);
  });
});
