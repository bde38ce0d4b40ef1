import type { Leaderboard } from '../schema/leaderboard.ts';

/**
 * The last leaderboard of each workshop, kept while nothing it depends on changed. Every such change (an attempt
 * finished, an entry chosen, a team joined or left, a reveal) is followed by a workshop event, so the newest of those
 * plus the exercises locked right now (a countdown locks without an event) is its version. When a finished attempt
 * tells every team to look again, the ranking is worked out once, not once per team.
 */
export function createBoardCache() {
  const boards = new Map<string, { version: string; board: Promise<Leaderboard> }>();
  return (workshopId: string, version: string, make: () => Promise<Leaderboard>): Promise<Leaderboard> => {
    const kept = boards.get(workshopId);
    if (kept?.version === version) return kept.board;
    const board = make();
    boards.set(workshopId, { version, board });
    // A failed read is not kept.
    board.catch(() => boards.get(workshopId)?.board === board && boards.delete(workshopId));
    return board;
  };
}
