import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalogue, type Catalogue, type CatalogueFile } from '../../server/exercises/catalogue.ts';
import {
  stringifyExercise,
  stringifyFixture,
  updateExerciseYaml,
  updateFixtureYaml,
} from '../../server/exercises/write-yaml.ts';
import { builtinAssertions } from '../../server/grading/builtin.ts';
import { AssertionRegistry } from '../../server/grading/registry.ts';
import type { Exercise, ExerciseInput } from '../../server/schema/exercise.ts';
import type { Fixture } from '../../server/schema/fixture.ts';
import { readCatalogueFiles } from '../../server/node/catalogue-files.ts';

const registry = new AssertionRegistry(builtinAssertions);
const richDir = fileURLToPath(new URL('./fixtures/rich', import.meta.url));
const repoDir = fileURLToPath(new URL('../..', import.meta.url));

interface Writers {
  exercise: (original: string, exercise: Exercise) => string;
  fixture: (original: string, fixture: Fixture) => string;
}

/** The catalogue's files, each loaded one replaced by what the writers make of it. */
function rewrite(files: CatalogueFile[], catalogue: Catalogue, write: Writers): CatalogueFile[] {
  const texts = new Map(files.map((f) => [f.path, f.text]));
  for (const { exercise, fixture, files: paths } of catalogue.exercises) {
    texts.set(paths.exercise, write.exercise(texts.get(paths.exercise)!, exercise));
    if (fixture && paths.fixture) texts.set(paths.fixture, write.fixture(texts.get(paths.fixture)!, fixture));
  }
  return [...texts].map(([path, text]) => ({ path, text }));
}

// Other engineers are writing prompts/ and evals/; every file there must survive the round trip too.
const catalogueDirs = [richDir, ...(existsSync(`${repoDir}/prompts`) ? [repoDir] : [])];

describe.each(catalogueDirs)('round trip of %s', (dir) => {
  it('loads without problems, and load → write → load gives the same data', async () => {
    const files = await readCatalogueFiles(dir);
    const catalogue = loadCatalogue(files, registry);
    expect(catalogue.problems).toEqual([]);
    const fresh = rewrite(files, catalogue, {
      exercise: (_, exercise) => stringifyExercise(exercise),
      fixture: (_, fixture) => stringifyFixture(fixture),
    });
    expect(loadCatalogue(fresh, registry)).toEqual(catalogue);
  });

  it('updating a file with its own data gives back the text byte for byte', async () => {
    const files = await readCatalogueFiles(dir);
    const catalogue = loadCatalogue(files, registry);
    const updated = rewrite(files, catalogue, { exercise: updateExerciseYaml, fixture: updateFixtureYaml });
    expect(updated).toEqual(files);
  });
});

describe('stringifyExercise', () => {
  it('writes clean YAML: spec key order, `|` blocks, German unescaped, defaults left out', () => {
    const input = {
      settings: { max_tokens: 300, temperature: 0.2 },
      starter: { user: 'Antworte auf: {{anfrage}}\n\nKurz.\n', system: 'Sie sind Sachbearbeiterin.' },
      context: {},
      tags: ['bürger', 'e-mail'],
      task: 'Übung: "Anfrage" beantworten\n# keine Überschrift\n',
      level: 1,
      title: 'Sperrmüll & Grünschnitt – § 3',
      id: 'sperrmuell',
    } satisfies ExerciseInput;
    expect(stringifyExercise(input)).toBe(`id: sperrmuell
title: Sperrmüll & Grünschnitt – § 3
level: 1
tags: [bürger, e-mail]
task: |
  Übung: "Anfrage" beantworten
  # keine Überschrift
starter:
  system: Sie sind Sachbearbeiterin.
  user: |
    Antworte auf: {{anfrage}}

    Kurz.
settings:
  temperature: 0.2
  max_tokens: 300
`);
  });

  it('keeps texts that YAML would read differently: leading spaces, trailing newlines, look-alikes', () => {
    const context = {
      einzug: '  zwei Leerzeichen\nzweite Zeile',
      ende: 'Zeile\n\n\n',
      ohne: 'ohne Zeilenumbruch am Ende\nzweite',
      zahl: '25',
      wahr: 'true',
      leer: '',
      kommentar: 'Text # kein Kommentar',
      doppelpunkt: 'Hinweis: wichtig',
      liste: '- kein Listenpunkt',
      lang: `${'Ein sehr langer Satz, '.repeat(20)}Ende.`,
    };
    const text = stringifyExercise({
      id: 'texte',
      title: 'Texte',
      level: 1,
      task: 'x',
      context,
      starter: { user: 'x' },
    });
    expect(text).not.toMatch(/\\u|\\x/);
    const catalogue = loadCatalogue([{ path: 'prompts/texte.yaml', text }], registry);
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.exercises[0]!.exercise.context).toEqual(context);
    // A long sentence is not folded across lines.
    expect(text).toContain(`  lang: ${context.lang}\n`);
  });
});

describe('stringifyFixture', () => {
  it('writes assertions as type, description, parameters, weight and leaves case defaults out', () => {
    const text = stringifyFixture({
      exercise: 'sperrmuell',
      pass: 1,
      cases: [
        {
          id: 'a',
          hidden: false,
          vars: { anfrage: 'Hallo:\nWann kommt der Sperrmüll?' },
          assert: [
            { weight: 2, type: 'regex', value: '\\d+ Euro', flags: 'i', description: 'Nennt einen Betrag: 25 Euro' },
          ],
        },
      ],
    });
    expect(text).toBe(`exercise: sperrmuell
cases:
  - id: a
    vars:
      anfrage: |-
        Hallo:
        Wann kommt der Sperrmüll?
    assert:
      - type: regex
        description: "Nennt einen Betrag: 25 Euro"
        value: \\d+ Euro
        flags: i
        weight: 2
`);
  });
});

const COMMENTED = `# Kommentar oben: bleibt
id: sperrmuell # Dateiname!
title: Sperrmüll
level: 1
task: |
  Alte Aufgabe.

# Abschnitt: Prompt
starter:
  user: "Hallo {{faq}}" # zitiert
context:
  faq: 'FAQ-Text'
`;

function parseExercise(text: string): Exercise {
  const catalogue = loadCatalogue([{ path: 'prompts/sperrmuell.yaml', text }], registry);
  expect(catalogue.problems).toEqual([]);
  return catalogue.exercises[0]!.exercise;
}

describe('updateExerciseYaml', () => {
  const data = parseExercise(COMMENTED);

  it('changes only what changed: comments, key order, quoting and blank lines survive', () => {
    // starter before context is not the spec's order, but it is the trainer's.
    const updated = updateExerciseYaml(COMMENTED, { ...data, title: 'Sperrmüll: neu' });
    expect(updated).toBe(COMMENTED.replace('title: Sperrmüll', 'title: "Sperrmüll: neu"'));
  });

  it('turns a one-line text into a block when it gets more lines, and back', () => {
    const multi = updateExerciseYaml(COMMENTED, {
      ...data,
      starter: { user: 'Zeile 1\nZeile 2 mit {{faq}}\n' },
      task: 'Neu.',
    });
    expect(multi).toContain('starter:\n  user: | # zitiert\n    Zeile 1\n    Zeile 2 mit {{faq}}\n');
    expect(multi).toContain('task: Neu.\n');
    expect(parseExercise(multi)).toMatchObject({ task: 'Neu.', starter: { user: 'Zeile 1\nZeile 2 mit {{faq}}\n' } });
  });

  it('adds new keys where the spec puts them and removes dropped ones', () => {
    const { context: _context, ...withoutContext } = data;
    const updated = updateExerciseYaml(COMMENTED, {
      ...withoutContext,
      starter: { system: 'Sie sind Sachbearbeiterin.', user: 'Hallo' },
      tags: ['neu'],
      settings: { temperature: 0 },
    });
    expect(updated).toBe(`# Kommentar oben: bleibt
id: sperrmuell # Dateiname!
title: Sperrmüll
level: 1
tags: [neu]
task: |
  Alte Aufgabe.

# Abschnitt: Prompt
starter:
  system: Sie sind Sachbearbeiterin.
  user: "Hallo" # zitiert
settings:
  temperature: 0
`);
  });

  it("keeps the file's indentation", async () => {
    const original = await readFile(`${richDir}/prompts/nur-prompt.yml`, 'utf8');
    const catalogue = loadCatalogue([{ path: 'prompts/nur-prompt.yml', text: original }], registry);
    const exercise = catalogue.exercises[0]!.exercise;
    const updated = updateExerciseYaml(original, { ...exercise, level: 3 });
    expect(updated).toContain('\nlevel: 3\n');
    expect(updated).toContain('context:\n    vermerk: |-\n        Am 3. Mai rief Frau Erika Beispiel an.\n');
    expect(updated).toContain('starter:\n    user: "Kürze diesen Vermerk:\\n{{vermerk}}"\n');
  });

  it('keeps lists unindented when the file writes them so', () => {
    const original = COMMENTED.replace('level: 1\n', 'level: 1\ntags:\n- alt\n');
    const updated = updateExerciseYaml(original, { ...data, tags: ['alt', 'neu'] });
    expect(updated).toBe(original.replace('- alt\n', '- alt\n- neu\n'));
  });

  it('refuses to patch a file that is not valid YAML', () => {
    expect(() => updateExerciseYaml('id: [\n', data)).toThrow(/YAML-Fehler/);
  });
});

describe('updateFixtureYaml', () => {
  const ORIGINAL = `exercise: sperrmuell
cases:
  # erster Fall
  - id: a
    vars:
      plz: 12345
    assert:
      - type: contains
        value: x

  # zweiter Fall: Kommentar gehört zu b
  - id: b
    assert:
      - type: contains
        value: y
`;
  const files = (fixture: string) => [
    { path: 'prompts/sperrmuell.yaml', text: 'id: sperrmuell\ntitle: T\nlevel: 1\ntask: T\nstarter:\n  user: U\n' },
    { path: 'evals/sperrmuell.yaml', text: fixture },
  ];
  const loaded = loadCatalogue(files(ORIGINAL), registry).exercises[0]!.fixture!;

  it("matches cases by id, so removing and adding cases keeps the others' comments", () => {
    const [a, b] = loaded.cases;
    const updated = updateFixtureYaml(ORIGINAL, {
      ...loaded,
      cases: [b!, { id: 'c', assert: [{ type: 'icontains', value: 'z' }] }],
    });
    expect(updated).toBe(`exercise: sperrmuell
cases:
  # zweiter Fall: Kommentar gehört zu b
  - id: b
    assert:
      - type: contains
        value: y

  - id: c
    assert:
      - type: icontains
        value: z
`);
    expect(a!.vars).toEqual({ plz: '12345' });
  });

  it('puts a new description right after the type', () => {
    const [a, b] = loaded.cases;
    const described = { ...a!, assert: [{ ...a!.assert[0]!, description: 'Nennt „x“' }] };
    const updated = updateFixtureYaml(ORIGINAL, { ...loaded, cases: [described, b!] });
    expect(updated).toBe(
      ORIGINAL.replace(
        '      - type: contains\n        value: x',
        '      - type: contains\n        description: Nennt „x“\n        value: x',
      ),
    );
  });

  it('keeps a number the trainer wrote where the data holds it as text', () => {
    const updated = updateFixtureYaml(ORIGINAL, { ...loaded, pass: 0.5 });
    expect(updated).toBe(ORIGINAL.replace('cases:', 'pass: 0.5\ncases:'));
    expect(loadCatalogue(files(updated), registry).exercises[0]!.fixture).toEqual({ ...loaded, pass: 0.5 });
  });
});
