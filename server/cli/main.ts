import { RunInputError } from '../runs/errors.ts';
import { evalCommand } from './eval.ts';
import { EXIT, processIO, UsageError, type CliIO } from './io.ts';
import { validateCommand } from './validate.ts';

const HELP = `promptathon – Prompt-a-thon Sandbox auf der Kommandozeile

  promptathon eval <übungs-id> --provider <id> [--provider <id> ...] [--dir DIR]
                   [--prompt DATEI] [--cases id,id] [--repeat N] [--concurrency N]
                   [--no-cache] [--json DATEI] [--junit DATEI] [--config DATEI]
  promptathon validate [--dir DIR] [--config DATEI]

Anbieter-IDs: demo:basis, openai:<modell>, anthropic:<modell>, ollama:<modell>, <endpunkt>:<modell>
Exit-Codes: 0 alle Fälle bestanden, 1 mindestens ein Fall nicht bestanden, 2 falsche Eingabe oder Konfiguration
`;

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'eval':
        return await evalCommand(rest, io);
      case 'validate':
        return await validateCommand(rest, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(HELP);
        return command === undefined ? EXIT.usage : EXIT.pass;
      default:
        throw new UsageError(`Unbekannter Befehl "${command}".\n\n${HELP}`);
    }
  } catch (err) {
    if (err instanceof RunInputError) {
      io.err(`Fehler (${err.field}): ${err.message}\n`);
      return EXIT.usage;
    }
    // Anything thrown before a run starts is about input or configuration (files, options, config).
    io.err(`Fehler: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.usage;
  }
}
