import type { CaseResult, RunWithResults } from '../schema/run.ts';
import { failedCheck } from './format.ts';

const escapeXml = (s: string) =>
  // Control characters other than tab/newline are not allowed in XML 1.0 at all.
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function testcase(run: RunWithResults, r: CaseResult): string {
  const name = run.repeat > 1 ? `${r.caseId} #${r.repeat + 1}` : r.caseId;
  const attrs = `name="${escapeXml(name)}" classname="${escapeXml(`${run.exercise}.${r.provider}`)}" time="${(r.latencyMs / 1000).toFixed(3)}"`;
  if (r.error !== null) return `    <testcase ${attrs}><error message="${escapeXml(r.error)}"/></testcase>`;
  if (r.pass) return `    <testcase ${attrs}/>`;
  const failed = r.assertions.filter((a) => !a.pass);
  const message = `Punkte ${(r.score * 100).toFixed(1)}: ${failed.map((a) => a.type).join(', ')}`;
  const body = failed.map(failedCheck).join('\n');
  return `    <testcase ${attrs}><failure message="${escapeXml(message)}">${escapeXml(body)}</failure></testcase>`;
}

/** JUnit XML: one suite per run and provider, one test case per case (and repetition), for CI dashboards. */
export function renderJunit(runs: readonly RunWithResults[]): string {
  const suites = runs.flatMap((run, index) =>
    run.targets.map(({ provider }) => suite(run, provider, runs.length > 1 ? ` · Prompt ${index + 1}` : '')),
  );
  const exercise = runs[0]?.exercise ?? '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="promptathon ${escapeXml(exercise)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

function suite(run: RunWithResults, provider: string, label: string): string {
  const results = run.results.filter((r) => r.provider === provider);
  const failures = results.filter((r) => !r.pass && r.error === null).length;
  const errors = results.filter((r) => r.error !== null).length;
  const time = results.reduce((t, r) => t + r.latencyMs, 0) / 1000;
  const name = escapeXml(`${run.exercise} · ${provider}${label}`);
  return [
    `  <testsuite name="${name}" tests="${results.length}" failures="${failures}" errors="${errors}" time="${time.toFixed(3)}">`,
    ...results.map((r) => testcase(run, r)),
    '  </testsuite>',
  ].join('\n');
}
