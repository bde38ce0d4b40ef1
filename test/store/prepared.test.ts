import { describe, expect, it, vi } from 'vitest';
import { preparedOnUse } from '../../server/store/prepared.ts';

describe('preparedOnUse', () => {
  it('prepares nothing until asked, then once, and keeps the statement', () => {
    const prepare = vi.fn(() => ({ all: () => [] }));
    const statement = preparedOnUse(prepare);
    expect(prepare).not.toHaveBeenCalled();
    const first = statement();
    expect(statement()).toBe(first);
    expect(prepare).toHaveBeenCalledTimes(1);
  });
});
