// `npm start` runs the bundle of this file: the API and the web UI on one port.
import { formatProblem } from './exercises/problems.ts';
import { warmGuard } from './guard/call-guard.ts';
import { startNodeServer } from './node/serve.ts';

const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT muss eine Zahl von 0 bis 65535 sein, nicht "${process.env.PORT}".`);
  process.exit(2);
}
const server = await startNodeServer({ port, host: process.env.HOST, yieldToMain: true }).catch(
  (err: NodeJS.ErrnoException) => {
    // Start-up errors are about the setup (port, configuration file, database): a sentence, not a stack trace.
    console.error(
      err.code === 'EADDRINUSE'
        ? `Port ${port} ist schon belegt. Beenden Sie das andere Programm oder wählen Sie mit PORT=… einen anderen.`
        : `Der Server konnte nicht starten: ${err.message}`,
    );
    process.exit(1);
  },
);
for (const problem of server.problems) console.warn(`Nicht geladen: ${formatProblem(problem)}`);
console.log(`Prompt-a-thon Sandbox läuft auf ${server.url}`);
if (server.publicUrl) console.log(`Teilnehmende im Netz erreichen sie unter ${server.publicUrl}`);
if (server.setupUrl) {
  // The one-time link is meant for this console: whoever reads it here may set up the first trainer account.
  console.log(`Trainerzugang einrichten (Link gilt einmal, 7 Tage): ${server.setupUrl}`);
  console.log('Oder beim Start PROMPTATHON_TRAINER_PASSWORD setzen.');
}

// The data guard's detectors load on first use (name lists, telephone metadata: a few hundred ms of work); a server
// loads them now, not when a round starts and everyone presses Run at once.
void warmGuard();

let stopping = false;
const stop = async (signal: NodeJS.Signals) => {
  // A second Ctrl+C does not wait for running calls any more.
  if (stopping) process.exit(130);
  stopping = true;
  console.log(`${signal}: Laufende Läufe werden abgebrochen, der Server wird beendet …`);
  await server.close();
  process.exit(0);
};
process.on('SIGINT', (signal) => void stop(signal));
process.on('SIGTERM', (signal) => void stop(signal));
