/**
 * Thrown by a handler when the output cannot be judged at all (no reference, unknown cost, unreadable
 * judge answer). The engine turns it into a failed result that negation does not invert: "not similar"
 * must not pass just because there was nothing to compare with. The message is the German reason.
 */
export class CannotGradeError extends Error {
  override readonly name = 'CannotGradeError';
}
