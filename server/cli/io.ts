/** Where the CLI writes; injectable so tests can capture it. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal: then progress is drawn in place. */
  interactive: boolean;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};

/** Bad input or configuration: exit code 2 with this message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { pass: 0, fail: 1, usage: 2 } as const;
