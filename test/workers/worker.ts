// The Worker the Workers tests call: the real factories over the contract's exercise instead of the library.
import { createRunHost } from '../../server/workers/run-host.ts';
import { createWorker } from '../../server/workers/worker.ts';
import { createWorkshopHub } from '../../server/workers/workshop-hub.ts';
import { catalogueFiles } from '../contract/fixture.ts';

const files = catalogueFiles();
export const RunHost = createRunHost(files);
export const WorkshopHub = createWorkshopHub(files);
export default createWorker(files);
