export type Matrix = readonly (readonly number[])[];

/** A pivot this small next to the largest entry means the matrix is singular, up to rounding. */
const SINGULAR = 1e-12;

/**
 * Solves A·X = B (one column of B per right-hand side) by Gauss–Jordan elimination with partial pivoting.
 * Null when A is singular.
 */
function solveMany(a: Matrix, b: Matrix): number[][] | null {
  const n = a.length;
  const rows = a.map((row, i) => [...row, ...b[i]!]);
  const scale = Math.max(0, ...a.flat().map(Math.abs));
  for (let col = 0; col < n; col++) {
    const pivot = largestBelow(rows, col);
    if (Math.abs(rows[pivot]![col]!) <= SINGULAR * scale) return null;
    [rows[col], rows[pivot]] = [rows[pivot]!, rows[col]!];
    const top = rows[col]!;
    const divisor = top[col]!;
    for (let k = 0; k < top.length; k++) top[k] = top[k]! / divisor;
    for (const row of rows) {
      const factor = row[col]!;
      if (row === top || factor === 0) continue;
      for (let k = 0; k < row.length; k++) row[k] = row[k]! - factor * top[k]!;
    }
  }
  return rows.map((row) => row.slice(n));
}

/** Solves A·x = b; null when A is singular. */
export function solve(a: Matrix, b: readonly number[]): number[] | null {
  const columns = b.map((v) => [v]);
  return solveMany(a, columns)?.map((row) => row[0]!) ?? null;
}

/** A⁻¹; null when A is singular. */
export function inverse(a: Matrix): number[][] | null {
  const identity = a.map((_, i) => a.map((_, j) => (i === j ? 1 : 0)));
  return solveMany(a, identity);
}

/** The row at or below `col` with the largest entry in column `col`: dividing by it loses the least precision. */
function largestBelow(rows: Matrix, col: number): number {
  let best = col;
  for (let r = col + 1; r < rows.length; r++) {
    if (Math.abs(rows[r]![col]!) > Math.abs(rows[best]![col]!)) best = r;
  }
  return best;
}
