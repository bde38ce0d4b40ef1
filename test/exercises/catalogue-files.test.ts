import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCatalogueFiles } from '../../server/node/catalogue-files.ts';

describe('readCatalogueFiles', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'catalogue-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads .yaml and .yml from prompts/ and evals/, sorted, and nothing else', async () => {
    await mkdir(join(dir, 'prompts', 'unterordner'), { recursive: true });
    await mkdir(join(dir, 'evals'));
    await writeFile(join(dir, 'prompts', 'zwei.yml'), 'id: zwei\n');
    await writeFile(join(dir, 'prompts', 'eins.yaml'), 'id: eins # Übung\n');
    await writeFile(join(dir, 'prompts', 'notiz.md'), '# nicht laden');
    await writeFile(join(dir, 'prompts', 'unterordner', 'drei.yaml'), 'id: drei\n');
    await writeFile(join(dir, 'evals', 'eins.yaml'), 'exercise: eins\n');
    expect(await readCatalogueFiles(dir)).toEqual([
      { path: 'evals/eins.yaml', text: 'exercise: eins\n' },
      { path: 'prompts/eins.yaml', text: 'id: eins # Übung\n' },
      { path: 'prompts/zwei.yml', text: 'id: zwei\n' },
    ]);
  });

  it('names a missing folder', async () => {
    await mkdir(join(dir, 'prompts'));
    await expect(readCatalogueFiles(dir)).rejects.toThrow(`Ordner ${join(dir, 'evals')} nicht gefunden`);
  });
});
