/** D1 binds at most 100 parameters per statement: lists of ids go in chunks that leave room for a few more. */
const IDS_PER_STATEMENT = 90;

/** `list` in consecutive slices of at most IDS_PER_STATEMENT. */
export function* idChunks<T>(list: readonly T[]): Generator<T[]> {
  for (let i = 0; i < list.length; i += IDS_PER_STATEMENT) yield list.slice(i, i + IDS_PER_STATEMENT);
}
