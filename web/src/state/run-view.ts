import type { CaseResult, RunEvent, RunRecord, RunWithResults } from '../api/types.ts';

/** One matrix cell: a case on a model (one repetition). Before it starts it has no entry at all. */
export interface Cell {
  status: 'running' | 'done';
  /** Characters streamed so far (hidden cases stream none). */
  chars: number;
  result?: CaseResult;
}

/** Everything the matrix shows about one run; rebuilt immutably so Lit sees each change. */
export interface RunView {
  run: RunRecord;
  cells: ReadonlyMap<string, Cell>;
}

export const cellKey = (caseId: string, provider: string, repeat = 0) => `${caseId}\u0000${provider}\u0000${repeat}`;

export function viewFromRun(run: RunWithResults): RunView {
  const { results, ...record } = run;
  const cells = new Map<string, Cell>();
  for (const result of results) {
    cells.set(cellKey(result.caseId, result.provider, result.repeat), {
      status: 'done',
      chars: result.output.length,
      result,
    });
  }
  return { run: record, cells };
}

function withCell(view: RunView, key: string, cell: Cell): RunView {
  const cells = new Map(view.cells);
  cells.set(key, cell);
  return { ...view, cells };
}

/**
 * Folds one stream event into the view. Idempotent for everything but deltas (the stream skips those it already
 * sent), so a replay after a reconnect or a store-served stream never duplicates a result.
 */
export function applyEvent(view: RunView, event: RunEvent): RunView {
  switch (event.type) {
    case 'run-started':
      return { ...view, run: event.run };
    case 'case-started':
    case 'delta': {
      const key = cellKey(event.caseId, event.provider, event.repeat);
      const cell = view.cells.get(key);
      if (cell?.status === 'done') return view;
      const chars = (cell?.chars ?? 0) + (event.type === 'delta' ? event.text.length : 0);
      return withCell(view, key, { status: 'running', chars });
    }
    case 'case-finished': {
      const { result } = event;
      return withCell(view, cellKey(result.caseId, result.provider, result.repeat), {
        status: 'done',
        chars: result.output.length,
        result,
      });
    }
    case 'run-finished':
      return { ...view, run: { ...view.run, status: event.status, error: event.error } };
  }
}

/** The finished results of a view, in no particular order. */
export function viewResults(view: RunView): CaseResult[] {
  return [...view.cells.values()].flatMap((cell) => (cell.result ? [cell.result] : []));
}
