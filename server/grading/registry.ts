import type { Assertion } from '../schema/fixture.ts';
import { toFieldIssues, type FieldIssue } from '../schema/issues.ts';
import type { AssertionHandler } from './types.ts';

/** Path relative to the assertion object, e.g. `['value']`. */
export type AssertionIssue = FieldIssue;

export interface ResolvedAssertion {
  handler: AssertionHandler;
  negated: boolean;
}

export type PreparedAssertion =
  ({ ok: true; params: unknown } & ResolvedAssertion) | { ok: false; issues: AssertionIssue[] };

/**
 * The engine's assertion types, looked up by name; `not-<type>` negates a negatable type.
 * Issue #4 adds the German administrative types by passing more handlers in.
 */
export class AssertionRegistry {
  private readonly handlers = new Map<string, AssertionHandler>();

  constructor(handlers: readonly AssertionHandler[]) {
    for (const handler of handlers) {
      if (this.handlers.has(handler.type)) throw new Error(`assertion type "${handler.type}" registered twice`);
      this.handlers.set(handler.type, handler);
    }
  }

  types(): string[] {
    return [...this.handlers.keys()];
  }

  resolve(type: string): ResolvedAssertion | undefined {
    const direct = this.handlers.get(type);
    if (direct) return { handler: direct, negated: false };
    if (!type.startsWith('not-')) return undefined;
    const inner = this.handlers.get(type.slice(4));
    return inner?.negatable ? { handler: inner, negated: true } : undefined;
  }

  /** Checks type and parameters; an empty list means the assertion is usable. */
  validate(assertion: Assertion): AssertionIssue[] {
    const prepared = this.prepare(assertion);
    return prepared.ok ? [] : prepared.issues;
  }

  /** Resolves the type and parses the parameters with the handler's schema, ready for `grade`. */
  prepare(assertion: Assertion): PreparedAssertion {
    const resolved = this.resolve(assertion.type);
    if (!resolved) {
      const base = assertion.type.replace(/^not-/, '');
      const known = this.handlers.get(base);
      const message = known
        ? `"${assertion.type}": Typ "${base}" lässt sich nicht verneinen`
        : `unbekannter Prüftyp "${assertion.type}" (bekannt: ${this.types().join(', ')})`;
      return { ok: false, issues: [{ path: ['type'], message }] };
    }
    const { type: _type, weight: _weight, ...params } = assertion;
    const parsed = resolved.handler.params.safeParse(params);
    if (parsed.success) return { ok: true, ...resolved, params: parsed.data };
    return { ok: false, issues: toFieldIssues(parsed.error.issues) };
  }
}
