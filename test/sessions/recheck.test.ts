import { describe, expect, it } from 'vitest';
import { createSessionRecheck } from '../../server/sessions/recheck.ts';

/** A store whose sessions are live unless ended, recording each look (the hashes asked) and when it was made. */
function sessions(ended: string[] = []) {
  const looks: string[][] = [];
  let failing = false;
  const store = {
    async liveSessions(tokenHashes: readonly string[]) {
      looks.push([...tokenHashes]);
      if (failing) throw new Error('Datenbank weg');
      return new Set(tokenHashes.filter((hash) => !ended.includes(hash)));
    },
  };
  return { store, looks, fail: (on: boolean) => (failing = on) };
}

describe('looking sessions up again for open event streams', () => {
  it('answers the questions of one window with one look into the store, each with its own answer', async () => {
    const { store, looks } = sessions(['s2']);
    const live = createSessionRecheck(store, Date.now, 20);
    const answers = await Promise.all(['s1', 's2', 's3', 's1'].map(live));
    expect(answers).toEqual([true, false, true, true]);
    expect(looks).toEqual([['s1', 's2', 's3', 's1']]);
  });

  it('asks again in a new window, and the next window works after a failed look', async () => {
    const { store, looks, fail } = sessions();
    const live = createSessionRecheck(store, Date.now, 20);
    fail(true);
    const failed = await Promise.allSettled([live('s1'), live('s2')]);
    expect(failed.map((a) => a.status)).toEqual(['rejected', 'rejected']);
    fail(false);
    expect(await live('s1')).toBe(true);
    expect(looks).toEqual([['s1', 's2'], ['s1']]);
  });
});
