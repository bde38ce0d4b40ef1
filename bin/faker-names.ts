// The data guard's name lists as the installed @faker-js/faker gives them (see server/pii/name-lists.ts).
import { readFileSync } from 'node:fs';
import { faker as cs } from '@faker-js/faker/locale/cs_CZ';
import { faker as de } from '@faker-js/faker/locale/de';
import { faker as hr } from '@faker-js/faker/locale/hr';
import { faker as hu } from '@faker-js/faker/locale/hu';
import { faker as it } from '@faker-js/faker/locale/it';
import { faker as nl } from '@faker-js/faker/locale/nl';
import { faker as pl } from '@faker-js/faker/locale/pl';
import { faker as ro } from '@faker-js/faker/locale/ro';
import { faker as sk } from '@faker-js/faker/locale/sk';
import { faker as sr } from '@faker-js/faker/locale/sr_RS_latin';
import { faker as tr } from '@faker-js/faker/locale/tr';
import { faker as vi } from '@faker-js/faker/locale/vi';
import { collectNameLists, type NameLists } from '../server/pii/name-lists.ts';

const { version } = JSON.parse(
  readFileSync(new URL('../node_modules/@faker-js/faker/package.json', import.meta.url), 'utf8'),
) as { version: string };

export const fakerNameLists = (): NameLists =>
  collectNameLists({ main: [de, tr, pl, it, hr, ro], more: [nl, cs, sk, hu, sr], vi }, `@faker-js/faker ${version}`);
