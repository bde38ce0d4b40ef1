import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../server/exercises/catalogue.ts';
import { formatProblem, type Problem } from '../../server/exercises/problems.ts';
import { builtinAssertions } from '../../server/grading/builtin.ts';
import { AssertionRegistry } from '../../server/grading/registry.ts';

const registry = new AssertionRegistry(builtinAssertions);

function load(files: Record<string, string>) {
  return loadCatalogue(
    Object.entries(files).map(([path, text]) => ({ path, text })),
    registry,
  );
}

/** Problems as `file:line:column field: message`, easy to compare and to read in a failing test. */
function problemsOf(files: Record<string, string>): string[] {
  return load(files).problems.map(formatProblem);
}

const EXERCISE = `id: sperrmuell
title: Bürgeranfrage zum Sperrmüll
level: 1
tags: [bürgerkommunikation]
task: |
  Beantworten Sie die E-Mail.
context:
  faq: Sperrmüll wird zweimal im Jahr abgeholt.
starter:
  system: Du bist Sachbearbeiterin.
  user: |
    E-Mail: {{anfrage}}
    FAQ: {{ faq }}
`;

const FIXTURE = `exercise: sperrmuell
pass: 0.8
cases:
  - id: zwei-fragen
    vars:
      anfrage: Wann wird abgeholt?
    assert:
      - type: contains
        value: zweimal
  - id: kurz
    vars:
      anfrage: Kostet das etwas?
    assert:
      - type: regex
        value: "\\\\d+ Euro"
`;

describe('loadCatalogue: good files', () => {
  it('loads an exercise with its fixture, defaults applied', () => {
    const catalogue = load({ 'prompts/sperrmuell.yaml': EXERCISE, 'evals/sperrmuell.yaml': FIXTURE });
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.exercises).toHaveLength(1);
    const [loaded] = catalogue.exercises;
    expect(loaded!.files).toEqual({ exercise: 'prompts/sperrmuell.yaml', fixture: 'evals/sperrmuell.yaml' });
    expect(loaded!.exercise.settings).toEqual({});
    expect(loaded!.exercise.starter.user).toBe('E-Mail: {{anfrage}}\nFAQ: {{ faq }}\n');
    expect(loaded!.fixture!.cases.map((c) => c.id)).toEqual(['zwei-fragen', 'kurz']);
    expect(loaded!.fixture!.cases[1]!.assert[0]).toEqual({ type: 'regex', value: '\\d+ Euro' });
    expect(loaded!.fixture!.cases[0]!.hidden).toBe(false);
  });

  it('loads an exercise without a fixture when the context fills every variable', () => {
    const text = EXERCISE.replace('E-Mail: {{anfrage}}', 'Ohne Fall');
    const catalogue = load({ 'prompts/sperrmuell.yml': text });
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.exercises[0]!.files).toEqual({ exercise: 'prompts/sperrmuell.yml' });
    expect(catalogue.exercises[0]!.fixture).toBeUndefined();
  });

  it('accepts a byte order mark and Windows line endings', () => {
    const crlf = (text: string) => '\uFEFF' + text.replaceAll('\n', '\r\n');
    const catalogue = load({ 'prompts/sperrmuell.yaml': crlf(EXERCISE), 'evals/sperrmuell.yaml': crlf(FIXTURE) });
    expect(catalogue.problems).toEqual([]);
    expect(catalogue.exercises[0]!.exercise.task).toBe('Beantworten Sie die E-Mail.\n');
  });

  it('lets defaults stand in for a case without own assertions', () => {
    const fixture = `exercise: sperrmuell
defaults:
  - type: word-count
    max: 200
cases:
  - id: ohne-eigene
    vars: { anfrage: Hallo }
`;
    expect(problemsOf({ 'prompts/sperrmuell.yaml': EXERCISE, 'evals/sperrmuell.yaml': fixture })).toEqual([]);
  });
});

describe('loadCatalogue: each kind of problem, located', () => {
  it('reports YAML syntax errors with line and column', () => {
    const text = EXERCISE.replace('title: Bürgeranfrage zum Sperrmüll', 'title: Anfrage: Sperrmüll');
    expect(problemsOf({ 'prompts/sperrmuell.yaml': text })).toEqual([
      'prompts/sperrmuell.yaml:2:8: YAML-Syntaxfehler (Nested mappings are not allowed in compact mappings)',
    ]);
  });

  it('reports an unclosed quote where the parser notices it', () => {
    const text = EXERCISE.replace('title: Bürgeranfrage zum Sperrmüll', 'title: "Bürgeranfrage zum Sperrmüll');
    expect(problemsOf({ 'prompts/sperrmuell.yaml': text })).toEqual([
      'prompts/sperrmuell.yaml:14:1: Hier fehlt ein Zeichen (Missing closing "quote)',
    ]);
  });

  it('reports tabs used for indentation in German', () => {
    const text = EXERCISE.replace('  faq: Sperrmüll', '\tfaq: Sperrmüll');
    const [problem] = load({ 'prompts/sperrmuell.yaml': text }).problems;
    expect(problem).toMatchObject({ file: 'prompts/sperrmuell.yaml', line: 8 });
    expect(problem!.message).toMatch(/Tabulator/);
  });

  it('reports duplicate keys, naming the key', () => {
    const text = EXERCISE.replace('level: 1\n', 'level: 1\nlevel: 2\n');
    expect(problemsOf({ 'prompts/sperrmuell.yaml': text })).toEqual([
      'prompts/sperrmuell.yaml:4:1: Das Feld "level" steht hier doppelt; jedes Feld darf nur einmal vorkommen',
    ]);
  });

  it('points at an unknown key itself, top-level and nested', () => {
    const text = EXERCISE.replace('title:', 'titel:').replace('  system:', '  sytem:');
    expect(problemsOf({ 'prompts/sperrmuell.yaml': text })).toEqual([
      expect.stringMatching(/^prompts\/sperrmuell\.yaml:1:1 title: /),
      'prompts/sperrmuell.yaml:2:1 titel: unbekanntes Feld "titel"',
      'prompts/sperrmuell.yaml:10:3 starter.sytem: unbekanntes Feld "sytem"',
    ]);
  });

  it('points at a value of the wrong type', () => {
    const text = EXERCISE.replace('level: 1', 'level: drei');
    const problems = load({ 'prompts/sperrmuell.yaml': text }).problems;
    expect(problems).toEqual([
      { file: 'prompts/sperrmuell.yaml', line: 3, column: 8, field: 'level', message: expect.any(String) },
    ]);
  });

  it('locates problems deep inside lists', () => {
    const fixture = FIXTURE.replace('  - id: kurz', '  - id: "kurz fall"').replace('pass: 0.8', 'pass: 8');
    expect(problemsOf({ 'prompts/sperrmuell.yaml': EXERCISE, 'evals/sperrmuell.yaml': fixture })).toEqual([
      expect.stringMatching(/^evals\/sperrmuell\.yaml:2:7 pass: /),
      'evals/sperrmuell.yaml:10:9 cases[1].id: Fall-IDs bestehen aus Buchstaben, Ziffern, "-" und "_"',
    ]);
  });

  it('requires the exercise id to equal the file name', () => {
    const text = EXERCISE.replace('{{anfrage}}', '{{faq}}');
    expect(problemsOf({ 'prompts/sperrmuell-2.yaml': text })).toEqual([
      'prompts/sperrmuell-2.yaml:1:5 id: Die ID "sperrmuell" muss dem Dateinamen entsprechen: "sperrmuell-2"',
    ]);
  });

  it('requires a fixture to name its own file and an existing exercise', () => {
    const fixture = FIXTURE.replace('exercise: sperrmuell', 'exercise: sperrmuel');
    expect(problemsOf({ 'prompts/sperrmuell.yaml': EXERCISE, 'evals/sperrmuell.yaml': fixture })).toEqual([
      'evals/sperrmuell.yaml:1:11 exercise: "sperrmuel" muss dem Dateinamen entsprechen: "sperrmuell"',
      'evals/sperrmuell.yaml:1:11 exercise: Es gibt keine Übung "sperrmuel" (prompts/sperrmuel.yaml fehlt)',
    ]);
  });

  it('reports a fixture without a prompt file', () => {
    expect(problemsOf({ 'evals/sperrmuell.yaml': FIXTURE })).toEqual([
      'evals/sperrmuell.yaml:1:11 exercise: Es gibt keine Übung "sperrmuell" (prompts/sperrmuell.yaml fehlt)',
    ]);
  });

  it('reports duplicate case ids at the second one', () => {
    const fixture = FIXTURE.replace('  - id: kurz', '  - id: zwei-fragen');
    expect(problemsOf({ 'prompts/sperrmuell.yaml': EXERCISE, 'evals/sperrmuell.yaml': fixture })).toEqual([
      'evals/sperrmuell.yaml:10:9 cases[1].id: Die Fall-ID "zwei-fragen" kommt doppelt vor (zuerst in cases[0])',
    ]);
  });

  it('checks assertions with the registry: unknown type, bad regex, unknown parameter, defaults too', () => {
    const fixture = `exercise: sperrmuell
defaults:
  - type: not-word-count
    max: 10
cases:
  - id: a
    vars: { anfrage: x }
    assert:
      - type: contians
        value: x
      - type: regex
        value: "[abc"
      - type: contains
        value: x
        vaule: y
`;
    const problems = load({ 'prompts/sperrmuell.yaml': EXERCISE, 'evals/sperrmuell.yaml': fixture }).problems;
    expect(problems.map(({ line, field }) => `${line} ${field}`)).toEqual([
      '3 defaults[0].type',
      '9 cases[0].assert[0].type',
      '12 cases[0].assert[1].value',
      '15 cases[0].assert[2].vaule',
    ]);
    expect(problems[0]!.message).toMatch(/nicht verneinen/);
    expect(problems[1]!.message).toMatch(/unbekannter Prüftyp "contians"/);
    expect(problems[3]!.message).toMatch(/vaule/);
  });

  it('takes a description on any assertion, negated and in defaults too', () => {
    const fixture = `exercise: sperrmuell
defaults:
  - type: not-regex
    description: "  Duzt die Person an keiner Stelle "
    value: "\\\\bdu\\\\b"
cases:
  - id: a
    vars: { anfrage: x }
    assert:
      - type: contains
        description: Nennt die Gebühr von „25 Euro“
        value: 25 Euro
`;
    const catalogue = load({ 'prompts/sperrmuell.yaml': EXERCISE, 'evals/sperrmuell.yaml': fixture });
    expect(catalogue.problems).toEqual([]);
    const loaded = catalogue.exercises[0]!.fixture!;
    expect(loaded.defaults[0]).toEqual({
      type: 'not-regex',
      description: 'Duzt die Person an keiner Stelle',
      value: '\\bdu\\b',
    });
    expect(loaded.cases[0]!.assert[0]!.description).toBe('Nennt die Gebühr von „25 Euro“');
  });

  it('refuses a description that is too long, empty or no text, at its line', () => {
    const fixture = `exercise: sperrmuell
defaults:
  - type: sie-form
    description: ${'x'.repeat(201)}
cases:
  - id: a
    vars: { anfrage: x }
    assert:
      - type: contains
        description: 25
        value: x
      - type: contains
        description: " "
        value: y
`;
    const problems = load({ 'prompts/sperrmuell.yaml': EXERCISE, 'evals/sperrmuell.yaml': fixture }).problems;
    expect(problems.map(({ file, line, field }) => `${file}:${line} ${field}`)).toEqual([
      'evals/sperrmuell.yaml:4 defaults[0].description',
      'evals/sperrmuell.yaml:10 cases[0].assert[0].description',
      'evals/sperrmuell.yaml:13 cases[0].assert[1].description',
    ]);
    expect(problems[0]!.message).toMatch(/200/);
  });

  it('reports a case that has no assertions at all', () => {
    const fixture = FIXTURE.replace(/ {4}assert:\n {6}- type: regex\n {8}value: .*\n/, '');
    expect(problemsOf({ 'prompts/sperrmuell.yaml': EXERCISE, 'evals/sperrmuell.yaml': fixture })).toEqual([
      'evals/sperrmuell.yaml:10:5 cases[1]: Fall "kurz" hat keine Prüfungen: weder eigene unter "assert" noch "defaults"',
    ]);
  });

  it('reports a starter variable that one case lacks, naming case and variable', () => {
    const fixture = FIXTURE.replace('      anfrage: Kostet das etwas?', '      anfrag: Kostet das etwas?');
    expect(problemsOf({ 'prompts/sperrmuell.yaml': EXERCISE, 'evals/sperrmuell.yaml': fixture })).toEqual([
      'evals/sperrmuell.yaml:12:7 cases[1].vars.anfrage: Fall "kurz": Die Variable {{anfrage}} ist weder im Fall noch im Kontext vorhanden',
    ]);
  });

  it('reports a starter variable that no case and no context provides at the starter, system included', () => {
    const text = EXERCISE.replace('Du bist Sachbearbeiterin.', 'Du bist {{rolle}}.');
    expect(problemsOf({ 'prompts/sperrmuell.yaml': text, 'evals/sperrmuell.yaml': FIXTURE })).toEqual([
      'evals/sperrmuell.yaml:1:11 exercise: Wird nicht geladen, weil die Übung prompts/sperrmuell.yaml Fehler hat',
      'prompts/sperrmuell.yaml:10:11 starter.system: Die Variable {{rolle}} ist weder im Kontext der Übung noch in einem Fall vorhanden',
    ]);
  });

  it('requires the context to fill the starter when there is no fixture', () => {
    expect(problemsOf({ 'prompts/sperrmuell.yaml': EXERCISE })).toEqual([
      'prompts/sperrmuell.yaml:11:9 starter.user: Die Variable {{anfrage}} ist weder im Kontext der Übung noch in einem Fall vorhanden',
    ]);
  });

  it('reports files outside prompts/ and evals/ and a second file with the same name', () => {
    const problems = problemsOf({
      'prompts/sperrmuell.yaml': EXERCISE,
      'prompts/sperrmuell.yml': EXERCISE,
      'evals/sperrmuell.yaml': FIXTURE,
      'prompts/sub/x.yaml': EXERCISE,
      'README.md': '# Hallo',
    });
    expect(problems).toEqual(
      [
        'prompts/sperrmuell.yml: Übersprungen: prompts/sperrmuell.yaml hat schon denselben Namen',
        'prompts/sub/x.yaml: Erwartet wird prompts/<id>.yaml oder evals/<id>.yaml',
        'README.md: Erwartet wird prompts/<id>.yaml oder evals/<id>.yaml',
      ].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('says so when a file is empty or holds only comments', () => {
    expect(problemsOf({ 'prompts/leer.yaml': '', 'prompts/kommentar.yaml': '# nur ein Kommentar\n' })).toEqual([
      'prompts/kommentar.yaml: Die Datei ist leer',
      'prompts/leer.yaml: Die Datei ist leer',
    ]);
  });

  it('refuses a file whose aliases expand beyond reason', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefg'.split('').map((k, i) => {
        const prev = 'abcdefg'[i];
        return `${k}: &${k} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`;
      }),
    ].join('\n');
    const problems = load({ 'prompts/bombe.yaml': bomb }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^YAML lässt sich nicht auswerten/);
  });
});

describe('loadCatalogue: broken files do not stop the others', () => {
  const OTHER = EXERCISE.replace('id: sperrmuell', 'id: andere').replace('{{anfrage}}', '{{ faq }}');

  it('reports every problem of several broken files and loads the good ones', () => {
    const catalogue = load({
      'prompts/sperrmuell.yaml': EXERCISE,
      'evals/sperrmuell.yaml': FIXTURE.replace('type: contains', 'type: enthaelt'),
      'prompts/andere.yaml': OTHER,
      'prompts/kaputt.yaml': 'id: kaputt\ntitle: [\n',
      'prompts/falsch.yaml': EXERCISE.replace('id: sperrmuell', 'id: falsch').replace('level: 1', 'level: 9'),
      'evals/falsch.yaml': FIXTURE.replace('exercise: sperrmuell', 'exercise: falsch'),
      'evals/waise.yaml': FIXTURE.replace('exercise: sperrmuell', 'exercise: waise'),
    });
    expect(catalogue.exercises.map((e) => [e.exercise.id, e.fixture ? 'mit Fällen' : 'ohne Fälle'])).toEqual([
      ['sperrmuell', 'ohne Fälle'],
      ['andere', 'ohne Fälle'],
    ]);
    const located = catalogue.problems.map((p: Problem) => `${p.file}:${p.line} ${p.field ?? ''}`);
    expect(located).toEqual([
      'evals/falsch.yaml:1 exercise',
      'evals/sperrmuell.yaml:8 cases[0].assert[0].type',
      'evals/waise.yaml:1 exercise',
      'prompts/falsch.yaml:3 level',
      expect.stringMatching(/^prompts\/kaputt\.yaml:\d+ $/),
    ]);
    expect(catalogue.problems[0]!.message).toBe('Wird nicht geladen, weil die Übung prompts/falsch.yaml Fehler hat');
  });
});

describe('formatProblem', () => {
  it('gives file, line, column and field as editors link them', () => {
    expect(formatProblem({ file: 'evals/x.yaml', line: 14, column: 9, field: 'cases[1].id', message: 'doppelt' })).toBe(
      'evals/x.yaml:14:9 cases[1].id: doppelt',
    );
    expect(formatProblem({ file: 'evals/x.yaml', line: 3, message: 'kaputt' })).toBe('evals/x.yaml:3: kaputt');
    expect(formatProblem({ file: 'README.md', message: 'fremd' })).toBe('README.md: fremd');
  });
});
