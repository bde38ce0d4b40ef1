// `npm run bench`: every benchmark, one after the other; exit 1 when a target is missed.
// `npm run bench -- workshop engine` runs only those named; `--stress` runs the workshop at 300 words/s
// (and, without names, only that); `--attendees <n>` changes the workshop's size (default 300).
import { parseArgs } from 'node:util';
import { boardBench } from './board-bench.ts';
import { evalBench } from './eval-bench.ts';
import { piiBench } from './pii-bench.ts';
import { serverOverheadBench } from './server-overhead.ts';
import { webSizeBench } from './web-size.ts';
import { workersCostBench } from './workers-cost.ts';
import { workshopBench } from './workshop-bench.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { stress: { type: 'boolean', default: false }, attendees: { type: 'string', default: '300' } },
});
const attendees = Number(values.attendees);
if (!Number.isInteger(attendees) || attendees < 4)
  throw new Error(`--attendees: eine ganze Zahl ab 4, nicht ${values.attendees}`);

const benches: Record<string, () => Promise<boolean>> = {
  board: boardBench,
  engine: evalBench,
  pii: piiBench,
  server: serverOverheadBench,
  web: webSizeBench,
  workshop: () => workshopBench({ attendees, stress: values.stress }),
  workers: workersCostBench,
};
const unknown = positionals.filter((name) => !(name in benches));
if (unknown.length > 0)
  throw new Error(`Unbekannt: ${unknown.join(', ')} (vorhanden: ${Object.keys(benches).join(', ')})`);
const chosen = positionals.length > 0 ? positionals : values.stress ? ['workshop'] : Object.keys(benches);

const results: boolean[] = [];
for (const name of chosen) results.push(await benches[name]!());
process.exitCode = results.every(Boolean) ? 0 : 1;
