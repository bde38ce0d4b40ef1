import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../server/exercises/catalogue.ts';
import { builtinAssertions } from '../../server/grading/builtin.ts';
import { AssertionRegistry } from '../../server/grading/registry.ts';
import { buildLeaderboard, type BoardInput } from '../../server/leaderboard/board.ts';
import { ranked } from '../../server/leaderboard/rank.ts';
import { newWorkshopSettings } from '../../server/workshops/settings.ts';
import type { AttemptRecord } from '../../server/store/entries.ts';
import { catalogueFiles, EXERCISE_ID, UNRELEASED_ID } from '../contract/fixture.ts';

// The contract's exercise: public cases offen-1 and offen-2, hidden cases geheim-fall and zweiter-geheimer.
const catalogue = loadCatalogue(catalogueFiles(), new AssertionRegistry(builtinAssertions));
const workshop = {
  ...newWorkshopSettings(
    {
      title: 'Rangliste',
      exercises: [EXERCISE_ID, UNRELEASED_ID],
      in_house_only: false,
      budget_eur: null,
      budget_tokens: null,
      runs_per_minute: null,
      leaderboard_visible: true,
      data_guard: 'off',
      data_guard_in_house: false,
      data_guard_replacement: 'placeholder',
    },
    '2026-12-02',
  ),
  id: 'w',
  code: 'ABCDEF',
  createdAt: 0,
};
const teams = [
  { id: 'nord', name: 'Nord' },
  { id: 'sued', name: 'Süd' },
  { id: 'ost', name: 'Ost' },
];

let runs = 0;
function attempt(teamId: string, scores: Record<string, number>, outputTokens: number, createdAt: number) {
  return {
    run: `r${++runs}`,
    teamId,
    exercise: EXERCISE_ID,
    status: 'done',
    createdAt,
    finishedAt: createdAt + 1000,
    scores: new Map(Object.entries(scores)),
    outputTokens,
  } satisfies AttemptRecord;
}

const input = (over: Partial<BoardInput>): BoardInput => ({
  workshop,
  teams,
  attempts: [],
  chosen: [],
  catalogue,
  now: 1_000,
  ...over,
});

const rows = (board: ReturnType<typeof buildLeaderboard>) =>
  board.exercises[0]!.entries.map((e) => [e.team, e.points, e.rank, e.chosen]);

describe('the leaderboard', () => {
  it('counts only the public cases before the reveal and every case after it; a case not run counts 0', () => {
    const attempts = [
      attempt('nord', { 'offen-1': 1, 'offen-2': 1 }, 50, 10),
      attempt('sued', { 'offen-1': 1, 'offen-2': 0.5, 'geheim-fall': 1, 'zweiter-geheimer': 1 }, 80, 20),
    ];
    const before = buildLeaderboard(input({ attempts }));
    expect(before.exercises[0]).toMatchObject({ exercise: EXERCISE_ID, scope: 'public', state: 'open' });
    expect(rows(before)).toEqual([
      ['Nord', 100, 1, false],
      ['Süd', 75, 2, false],
    ]);
    const after = buildLeaderboard(input({ attempts, workshop: { ...workshop, revealed: [EXERCISE_ID] } }));
    expect(after.exercises[0]).toMatchObject({ scope: 'all', state: 'locked' });
    expect(rows(after)).toEqual([
      ['Süd', 87.5, 1, false],
      ['Nord', 50, 2, false],
    ]);
  });

  it("takes a team's best attempt unless it chose one, and ignores running attempts", () => {
    const weak = attempt('nord', { 'offen-1': 1 }, 10, 10);
    const strong = attempt('nord', { 'offen-1': 1, 'offen-2': 1 }, 10, 20);
    const running = { ...attempt('nord', { 'offen-1': 1, 'offen-2': 1 }, 1, 5), status: 'running' as const };
    const best = buildLeaderboard(input({ attempts: [weak, strong, running] }));
    expect(best.exercises[0]!.entries).toMatchObject([{ team: 'Nord', points: 100, run: strong.run, chosen: false }]);
    const chosen = buildLeaderboard(
      input({ attempts: [weak, strong], chosen: [{ teamId: 'nord', exercise: EXERCISE_ID, run: weak.run }] }),
    );
    expect(chosen.exercises[0]!.entries).toMatchObject([{ team: 'Nord', points: 50, run: weak.run, chosen: true }]);
  });

  it('breaks ties by fewer output tokens, then by the earlier attempt; equal in all shares the place', () => {
    const full = { 'offen-1': 1, 'offen-2': 1 };
    const board = buildLeaderboard(
      input({
        attempts: [attempt('nord', full, 90, 10), attempt('sued', full, 60, 30), attempt('ost', full, 60, 20)],
      }),
    );
    expect(rows(board).map(([team, , rank]) => [team, rank])).toEqual([
      ['Ost', 1],
      ['Süd', 2],
      ['Nord', 3],
    ]);
    expect(ranked([{ v: 2 }, { v: 1 }, { v: 2 }, { v: 0 }], (a, b) => b.v - a.v).map((x) => x.rank)).toEqual([
      1, 1, 3, 4,
    ]);
  });

  it('sums the points overall over the released exercises, with every team listed', () => {
    const released = { ...workshop, released: [EXERCISE_ID, UNRELEASED_ID] };
    const other = { ...attempt('sued', { eins: 1 }, 5, 40), exercise: UNRELEASED_ID };
    const board = buildLeaderboard(
      input({
        workshop: released,
        attempts: [attempt('nord', { 'offen-1': 1 }, 10, 10), attempt('sued', { 'offen-1': 1 }, 10, 20), other],
      }),
    );
    expect(board.exercises.map((x) => x.exercise)).toEqual([EXERCISE_ID, UNRELEASED_ID]);
    expect(board.overall.map((r) => [r.team, r.points, r.rank, r.entries])).toEqual([
      ['Süd', 150, 1, 2],
      ['Nord', 50, 2, 1],
      ['Ost', 0, 3, 0],
    ]);
  });
});
