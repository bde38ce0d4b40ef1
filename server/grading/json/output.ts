import { unfence } from '../../text/normalize.ts';

export type ParsedJson = { ok: true; value: unknown } | { ok: false };

/** Strict JSON, but a model's habit of wrapping it in a ```json fence is forgiven. */
export function parseJsonOutput(output: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(unfence(output)) as unknown };
  } catch {
    return { ok: false };
  }
}
