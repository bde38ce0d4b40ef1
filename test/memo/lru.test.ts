import { describe, expect, it } from 'vitest';
import { Lru } from '../../server/memo/lru.ts';

describe('Lru', () => {
  it('drops the least recently used entry once it holds more than its limit', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // now b is the oldest
    expect(lru.set('c', 3)).toBe(3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
  });

  it('replaces a value set again without growing', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('a', 2);
    lru.set('b', 3);
    expect([lru.get('a'), lru.get('b'), lru.size]).toEqual([2, 3, 2]);
  });
});
