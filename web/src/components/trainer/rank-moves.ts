/** How long a team's move up or down stays marked on the projector. */
const SHOWN_MS = 60_000;

interface Move {
  /** Places gained (negative: lost). */
  by: number;
  until: number;
}

/**
 * Who moved up or down in a ranking, compared with the ranking seen before (in memory: a reload of the page
 * starts without marks). A move stays marked for a minute, so that the room notices it without any motion.
 */
export class RankMoves {
  private ranks = new Map<string, number>();
  private readonly moves = new Map<string, Move>();

  /** Takes a new ranking; teams seen for the first time have not moved. */
  update(rows: readonly { team_id: string; rank: number }[], now = Date.now()): void {
    const before = this.ranks;
    this.ranks = new Map(rows.map((row) => [row.team_id, row.rank]));
    for (const [team, rank] of this.ranks) {
      const previous = before.get(team);
      if (previous !== undefined && previous !== rank)
        this.moves.set(team, { by: previous - rank, until: now + SHOWN_MS });
    }
  }

  /** Places the team gained (negative: lost) lately, 0 when it did not move. */
  moved(team: string, now = Date.now()): number {
    const move = this.moves.get(team);
    if (!move || move.until <= now || !this.ranks.has(team)) return 0;
    return move.by;
  }
}

/** "2 Plätze aufgestiegen", "1 Platz abgestiegen": what the arrow says to screen readers. */
export function moveText(by: number): string {
  const places = Math.abs(by) === 1 ? '1 Platz' : `${Math.abs(by)} Plätze`;
  return `${places} ${by > 0 ? 'aufgestiegen' : 'abgestiegen'}`;
}
