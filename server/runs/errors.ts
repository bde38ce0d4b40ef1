/** A run request that cannot start; `field` names the offending input (API: 400 with the field). */
export class RunInputError extends Error {
  override readonly name = 'RunInputError';
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}
