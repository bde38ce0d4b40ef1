// `npm run bench`: every benchmark, one after the other; exit 1 when a target is missed.
import { evalBench } from './eval-bench.ts';
import { serverOverheadBench } from './server-overhead.ts';
import { webSizeBench } from './web-size.ts';

const results = [await evalBench(), await serverOverheadBench(), await webSizeBench()];
process.exitCode = results.every(Boolean) ? 0 : 1;
