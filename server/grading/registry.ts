import type { Assertion } from '../schema/fixture.ts';
import { toFieldIssues, type FieldIssue } from '../schema/issues.ts';
import type { AssertionHandler } from './types.ts';

/** Path relative to the assertion object, e.g. `['value']`. */
export type AssertionIssue = FieldIssue;

export interface ResolvedAssertion {
  handler: AssertionHandler;
  negated: boolean;
}

/** `label`: what attendees read for the assertion, whether or not it is usable. */
export type PreparedAssertion = { label: string } & (
  ({ ok: true; params: unknown } & ResolvedAssertion) | { ok: false; issues: AssertionIssue[] }
);

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

  /** Every registered handler, in registration order: what the editor offers. */
  list(): AssertionHandler[] {
    return [...this.handlers.values()];
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

  /**
   * Resolves the type and parses the parameters with the handler's schema, ready for `grade`; labels the
   * assertion with its description, or else the handler's sentence for the parameters.
   */
  prepare(assertion: Assertion): PreparedAssertion {
    const { type, description, weight: _weight, ...params } = assertion;
    const invalid = (issues: AssertionIssue[]): PreparedAssertion => ({
      ok: false,
      issues,
      label: description ?? `Ungültige Prüfung vom Typ „${type}“`,
    });
    const resolved = this.resolve(type);
    if (!resolved) {
      const base = type.replace(/^not-/, '');
      const known = this.handlers.get(base);
      const message = known
        ? `"${type}": Typ "${base}" lässt sich nicht verneinen`
        : `unbekannter Prüftyp "${type}" (bekannt: ${this.types().join(', ')})`;
      return invalid([{ path: ['type'], message }]);
    }
    const parsed = resolved.handler.params.safeParse(params);
    if (!parsed.success) return invalid(toFieldIssues(parsed.error.issues));
    const label = description ?? resolved.handler.describe(parsed.data, resolved.negated);
    return { ok: true, ...resolved, params: parsed.data, label };
  }
}
