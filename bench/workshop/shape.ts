// The workshop the benchmark plays: its teams, its exercise, and the provider its runs call.
export const TEAM_SIZE = 4;
export const CASES = 5;
/** Words per answer, streamed after LATENCY_MS. */
export const WORDS = 150;
export const LATENCY_MS = 300;
export const PROVIDER_CONCURRENCY = 128;
