/**
 * A statement prepared on its first use, then kept. A process pays only for the statements it asks: the CLI never
 * checks a session, and building that query (five tables joined) took 6 ms of its start.
 */
export function preparedOnUse<T>(prepare: () => T): () => T {
  let statement: T | undefined;
  return () => (statement ??= prepare());
}
