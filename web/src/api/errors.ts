/** The API answered with an error; `message` is the API's own German sentence. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  constructor(
    message: string,
    readonly status: number,
    readonly field?: string,
    /** The rest of the error body beside `error`, e.g. the `problems` of an exercise file. */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}

/** No answer at all: the server is down or the network is gone. */
export class ServerUnreachableError extends Error {
  override readonly name = 'ServerUnreachableError';
  constructor(cause?: unknown) {
    super('Der Server ist nicht erreichbar.', { cause });
  }
}

/** A German sentence for any error, for showing to the user. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiRequestError || error instanceof ServerUnreachableError) return error.message;
  return 'Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.';
}
