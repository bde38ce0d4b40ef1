import type { GradeResult } from './types.ts';

/** A deterministic result: full or no credit. */
export function outcome(pass: boolean, reason: string): GradeResult {
  return { pass, score: pass ? 1 : 0, reason };
}
