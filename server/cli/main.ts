import { RunInputError } from '../runs/errors.ts';
import { evalCommand } from './eval.ts';
import { EXIT, processIO, UsageError, type CliIO } from './io.ts';
import { validateCommand } from './validate.ts';

const HELP = `promptathon – Prompt-a-thon Sandbox auf der Kommandozeile

  promptathon eval <übungs-id> --provider <id> [--provider <id> ...] [Optionen]
      Führt den Prompt einer Übung über ihre Testfälle aus und bewertet die Antworten.
      --provider ID     Modell, mehrfach möglich: demo:basis, openai:<modell>, anthropic:<modell>,
                        ollama:<modell> oder <endpunkt>:<modell> aus der Konfigurationsdatei
      --prompt DATEI    eigener Prompt: YAML mit system/user, sonst der ganze Text als user-Prompt
                        (ohne Angabe: der Start-Prompt der Übung); mehrfach angegeben laufen
                        die Prompts nebeneinander, zum Vergleich
      --cases a,b       nur diese Testfälle
      --repeat N        jeden Fall N-mal ausführen (zeigt, wie verlässlich ein Prompt ist)
      --concurrency N   gleichzeitige Aufrufe (Standard 4)
      --no-cache        gleiche Aufrufe nicht aus dem Zwischenspeicher beantworten
      --json DATEI      Ergebnisse als JSON speichern
      --junit DATEI     Ergebnisse als JUnit-XML speichern
  promptathon validate
      Prüft alle Übungen (prompts/) und Testfälle (evals/) und nennt Fehler mit Datei und Zeile.

  Für beide: --dir ORDNER (enthält prompts/ und evals/), --config DATEI (Standard: promptathon.config.yaml)

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
