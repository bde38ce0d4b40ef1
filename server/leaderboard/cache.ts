import type { Leaderboard } from '../schema/leaderboard.ts';

/** What a board was worked out for: the newest workshop event that changes it, and the exercises locked then. */
interface BoardVersion {
  changed: number;
  locks: string;
}

/**
 * The last leaderboard of each workshop, kept while nothing it depends on changed. Every such change (an attempt
 * finished, an entry chosen, a team joined or left, a reveal) is followed by a workshop event, so the newest of those
 * plus the exercises locked right now (a countdown locks without an event) is its version. When a finished attempt
 * tells every team to look again, the ranking is worked out once, not once per team.
 */
export function createBoardCache() {
  const boards = new Map<string, BoardVersion & { board: Promise<Leaderboard> }>();
  return {
    /**
     * The kept board without asking the store, for a caller that has seen the workshop's events up to `seen`: if
     * the board was worked out as of a change at least that new, it holds everything the caller knows happened.
     * A `seen` too high (made up) only makes the caller look the version up; it never holds back anyone else.
     */
    known(workshopId: string, locks: string, seen: number | undefined): Promise<Leaderboard> | undefined {
      const kept = boards.get(workshopId);
      return seen !== undefined && kept?.locks === locks && seen <= kept.changed ? kept.board : undefined;
    },

    /** The board as of `version` (its change looked up just now): the kept one, or `make`'s. */
    at(workshopId: string, { changed, locks }: BoardVersion, make: () => Promise<Leaderboard>): Promise<Leaderboard> {
      const kept = boards.get(workshopId);
      if (kept?.changed === changed && kept.locks === locks) return kept.board;
      const board = make();
      boards.set(workshopId, { changed, locks, board });
      // A failed read is not kept.
      board.catch(() => boards.get(workshopId)?.board === board && boards.delete(workshopId));
      return board;
    },
  };
}
