import type { LoadedExercise } from '../exercises/catalogue.ts';
import { gradeCase } from '../grading/grade.ts';
import type { AssertionRegistry } from '../grading/registry.ts';
import type { GradingContext } from '../grading/types.ts';
import type { CheckReport, CheckRequest } from '../schema/authoring.ts';
import type { Assertion, Case } from '../schema/fixture.ts';
import { templateVariables } from '../templates/tokens.ts';

/** Types that only a real answer of a model can tell: a judge, or the call's time, cost and tokens. */
const NEEDS_MODEL = new Set(['llm-rubric', 'latency', 'cost', 'tokens']);
/** Shorter shared text (a name, "ja") is no leak. */
const LEAK_MIN_LENGTH = 12;

type Warning = CheckReport['warnings'][number];

const baseType = (type: string) => type.replace(/^not-/, '');

function context(loaded: LoadedExercise, testCase: Case, output: string): GradingContext {
  return {
    output,
    reference: testCase.reference,
    vars: { ...loaded.exercise.context, ...testCase.vars },
    usage: { inputTokens: 0, outputTokens: 0 },
    latencyMs: 0,
    judge: () => Promise.reject(new Error('Ohne Modell wird nicht bewertet.')),
  };
}

async function checkCase(loaded: LoadedExercise, registry: AssertionRegistry, testCase: Case, samples: string[]) {
  const fixture = loaded.fixture!;
  const assertions: Assertion[] = [...fixture.defaults, ...testCase.assert];
  const offline = assertions.filter((a) => !NEEDS_MODEL.has(baseType(a.type)));
  const answers = [...(testCase.reference === undefined ? [] : [testCase.reference]), ...samples];
  const graded = await Promise.all(
    answers.map((output) => gradeCase(registry, offline, context(loaded, testCase, output), fixture.pass)),
  );
  const reference = testCase.reference === undefined ? null : graded[0]!;
  const sampleGrades = graded.slice(reference ? 1 : 0);
  return {
    case: testCase.id,
    hidden: testCase.hidden,
    reference: reference && { pass: reference.pass, score: reference.score },
    samples: sampleGrades.map((g, i) => ({ output: samples[i]!, pass: g.pass, score: g.score })),
    assertions: assertions.map((assertion) => {
      const index = offline.indexOf(assertion);
      return {
        type: assertion.type,
        label: registry.prepare(assertion).label,
        results: graded.map((g) => (index < 0 ? null : g.results[index]!.pass)),
      };
    }),
  };
}

/** Warnings about one case: no reference, a reference that fails, a bad answer that passes, a check that measures nothing. */
function caseWarnings(report: CheckReport['cases'][number]): Warning[] {
  const at = (message: string, kind: Warning['kind']): Warning => ({ kind, case: report.case, message });
  const warnings: Warning[] = [];
  if (!report.reference)
    warnings.push(at('Der Fall hat keine Musterlösung: Die Prüfungen lassen sich nicht gegenprüfen.', 'no-reference'));
  else if (!report.reference.pass)
    warnings.push(at('Die Musterlösung besteht die Prüfungen nicht.', 'reference-fails'));
  report.samples.forEach((s, i) => {
    if (s.pass) warnings.push(at(`Die schlechte Beispielantwort ${i + 1} besteht trotzdem.`, 'sample-passes'));
  });
  for (const a of report.assertions) {
    const known = a.results.filter((r): r is boolean => r !== null);
    if (known.length < 2 || new Set(known).size > 1) continue;
    const verdict = known[0] ? 'besteht bei jeder Antwort' : 'scheitert an jeder Antwort';
    warnings.push(at(`Die Prüfung „${a.label}“ ${verdict}: Sie misst so nichts.`, 'constant-assertion'));
  }
  return warnings;
}

/** Text of hidden cases that the public ones (or the brief and documents) already show. */
function leaks(loaded: LoadedExercise): Warning[] {
  const cases = loaded.fixture?.cases ?? [];
  const open = [
    loaded.exercise.task,
    ...Object.values(loaded.exercise.context),
    ...cases.filter((c) => !c.hidden).flatMap((c) => [...Object.values(c.vars), c.reference ?? '']),
  ].join('\n');
  return cases
    .filter((c) => c.hidden)
    .flatMap((c) =>
      Object.entries(c.vars)
        .filter(([, value]) => value.trim().length >= LEAK_MIN_LENGTH && open.includes(value.trim()))
        .map(([name]) => ({
          kind: 'hidden-leak' as const,
          case: c.id,
          message: `Der verborgene Fall verrät nichts Neues: {{${name}}} steht so auch in einem öffentlichen Fall oder der Aufgabe.`,
        })),
    );
}

/** Variables the cases or documents provide that the starter never uses. */
function unusedVariables(loaded: LoadedExercise): Warning[] {
  const { starter, context } = loaded.exercise;
  const used = new Set(templateVariables(`${starter.system ?? ''}\n${starter.user}`));
  const provided = new Set([
    ...Object.keys(context),
    ...(loaded.fixture?.cases ?? []).flatMap((c) => Object.keys(c.vars)),
  ]);
  return [...provided]
    .filter((name) => !used.has(name))
    .map((name) => ({
      kind: 'unused-variable' as const,
      case: null,
      message: `Die Variable {{${name}}} kommt in der Vorlage nicht vor: Teams erfahren nicht, dass es sie gibt.`,
    }));
}

/**
 * "Testfälle prüfen", without a model: each case's reference and the trainer's bad sample answers through the
 * assertions. A reference should pass, a bad answer fail, and a check that gives every answer the same verdict
 * measures nothing. Checks that need a model's answer (judge, time, cost, tokens) are left out.
 */
export async function checkExercise(
  loaded: LoadedExercise,
  registry: AssertionRegistry,
  { samples }: CheckRequest,
): Promise<CheckReport> {
  const cases = await Promise.all(
    (loaded.fixture?.cases ?? []).map((c) =>
      checkCase(
        loaded,
        registry,
        c,
        samples.filter((s) => s.case === undefined || s.case === c.id).map((s) => s.output),
      ),
    ),
  );
  return { cases, warnings: [...cases.flatMap(caseWarnings), ...leaks(loaded), ...unusedVariables(loaded)] };
}
