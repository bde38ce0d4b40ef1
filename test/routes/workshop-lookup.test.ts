import { describe, expect, it } from 'vitest';
import { requireWorkshop } from '../../server/routes/workshop-lookup.ts';
import type { Viewer } from '../../server/sessions/viewer.ts';
import type { WorkshopRecord } from '../../server/store/records.ts';

const own = { id: 'eigener' } as WorkshopRecord;
const stored = { id: 'anderer' } as WorkshopRecord;
const team = {
  role: 'team',
  tokenHash: 'h',
  expiresAt: 0,
  workshop: own,
  team: { id: 't', name: 'Nord' },
  participant: { id: 'p', name: null },
} satisfies Viewer;

describe("a route's workshop", () => {
  it("is a team's own from its session, without a second look into the store; any other is looked up", async () => {
    const asked: string[] = [];
    const store = {
      getWorkshop: async (id: string) => (asked.push(id), id === stored.id ? stored : undefined),
    } as Parameters<typeof requireWorkshop>[0]['store'];
    expect(await requireWorkshop({ store }, own.id, team)).toBe(own);
    expect(asked).toEqual([]);
    expect(await requireWorkshop({ store }, stored.id, { role: 'open' })).toBe(stored);
    await expect(requireWorkshop({ store }, 'weg', team)).rejects.toMatchObject({ status: 404, field: 'id' });
    expect(asked).toEqual([stored.id, 'weg']);
  });
});
