import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fakerNameLists } from '../../bin/faker-names.ts';

describe("the data guard's name lists", () => {
  it('are those of the installed faker (after a faker update: npm run generate:names)', () => {
    const stored = JSON.parse(readFileSync(new URL('../../server/pii/faker-names.json', import.meta.url), 'utf8'));
    expect(stored).toEqual(fakerNameLists());
  });
});
