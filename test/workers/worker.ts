// The Worker the Workers tests call: the real factory over the contract's exercise instead of the library.
import { createWorker } from '../../server/workers/worker.ts';
import { catalogueFiles } from '../contract/fixture.ts';

export default createWorker(catalogueFiles());
