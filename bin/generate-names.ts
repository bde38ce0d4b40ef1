// `npm run generate:names`: writes the data guard's name lists (server/pii/faker-names.json) from the installed
// @faker-js/faker. Run it after updating faker; test/pii/name-lists.test.ts fails until then.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fakerNameLists } from './faker-names.ts';

const file = fileURLToPath(new URL('../server/pii/faker-names.json', import.meta.url));
writeFileSync(file, JSON.stringify(fakerNameLists(), null, 2) + '\n');
console.log(`${file} geschrieben`);
