import { exports } from 'cloudflare:workers';
import { apiContract } from '../contract/api.ts';

// Inside workerd, through the test Worker's fetch (a real request with its own waitUntil), over D1.
apiContract(
  (path, init) => exports.default.fetch(new Request(`https://sandbox.test${path}`, init)),
  () => 'https://sandbox.test',
);
