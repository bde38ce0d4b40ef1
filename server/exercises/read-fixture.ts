import type { AssertionRegistry } from '../grading/registry.ts';
import { fixtureSchema, type Assertion, type Fixture } from '../schema/fixture.ts';
import { formatFieldPath, type FieldPath } from './problems.ts';
import { readWithSchema, type ReadFile } from './read-file.ts';
import type { YamlSource } from './yaml-source.ts';

export type FixtureFile = ReadFile<Fixture>;

/** Reads `evals/<name>.yaml` on its own: schema, case ids, assertions; cross-file checks come later. */
export function readFixture(source: YamlSource, name: string, registry: AssertionRegistry): FixtureFile {
  const file = readWithSchema(source, fixtureSchema);
  const fixture = file.value;
  if (!fixture) return file;
  const { problems } = file;
  if (fixture.exercise !== name) {
    problems.push(source.problem(['exercise'], `"${fixture.exercise}" muss dem Dateinamen entsprechen: "${name}"`));
  }
  const assertionProblems = (assertions: Assertion[], base: FieldPath) =>
    assertions.flatMap((assertion, index) =>
      registry
        .validate(assertion)
        .map((issue) =>
          source.problem([...base, index, ...issue.path], issue.message, issue.unknownKey ? 'key' : 'value'),
        ),
    );
  problems.push(...assertionProblems(fixture.defaults, ['defaults']));
  const firstIndex = new Map<string, number>();
  fixture.cases.forEach((c, index) => {
    const first = firstIndex.get(c.id);
    if (first === undefined) firstIndex.set(c.id, index);
    else {
      const message = `Die Fall-ID "${c.id}" kommt doppelt vor (zuerst in ${formatFieldPath(['cases', first])})`;
      problems.push(source.problem(['cases', index, 'id'], message));
    }
    if (c.assert.length === 0 && fixture.defaults.length === 0) {
      const message = `Fall "${c.id}" hat keine Prüfungen: weder eigene unter "assert" noch "defaults"`;
      problems.push(source.problem(['cases', index], message));
    }
    problems.push(...assertionProblems(c.assert, ['cases', index, 'assert']));
  });
  return file;
}
