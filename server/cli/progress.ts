import type { RunEvent } from '../schema/run.ts';
import type { CliIO } from './io.ts';

/** A one-line progress display on a terminal, redrawn in place; silent when output is not a terminal. */
export function createProgress(io: CliIO, total: number) {
  let finished = 0;
  let failed = 0;
  let errors = 0;
  const draw = () =>
    io.err(
      `\r\u001b[2K${finished}/${total} Fälle fertig · ${failed} nicht bestanden${errors ? ` · ${errors} Fehler` : ''}`,
    );
  return {
    onEvent(event: RunEvent) {
      if (!io.interactive || event.type !== 'case-finished') return;
      finished++;
      if (event.result.error) errors++;
      else if (!event.result.pass) failed++;
      draw();
    },
    clear() {
      if (io.interactive) io.err('\r\u001b[2K');
    },
  };
}
