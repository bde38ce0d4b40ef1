import { PII_LABELS, type PiiMatch } from '../pii/types.ts';
import type { Prompt } from '../schema/exercise.ts';
import type { PersonalDataFinding, RunGuard } from '../schema/guard.ts';
import { addCounts } from './counts.ts';

/** A case's prompt as it would be sent, and the name the viewer knows it by. */
export interface CaseText {
  /** The id the viewer sees (a placeholder for a hidden case). */
  shown: string;
  hidden: boolean;
  prompt: Prompt;
}

type Detect = (text: string) => PiiMatch[];

/**
 * Where a run's prompts hold personal data: in the attendee's own prompt with line and column (they can fix
 * that), in a case only by its name (the trainer's data; a hidden case not even that much). Never the values.
 */
export function findPersonalData(prompt: Prompt, cases: readonly CaseText[], detect: Detect): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const inPrompt = new Set<string>();
  for (const [part, where] of [
    [prompt.system, 'Systemprompt'],
    [prompt.user, 'Nutzerprompt'],
  ] as const) {
    for (const match of part === undefined ? [] : detect(part)) {
      inPrompt.add(match.value);
      findings.push({ kind: match.kind, label: PII_LABELS[match.kind], where, ...position(part!, match.start) });
    }
  }
  for (const { shown, hidden, prompt: sent } of cases) {
    const where = hidden ? 'ein verborgener Fall' : `Fall „${shown}“`;
    const seen = new Set<string>();
    for (const match of [sent.system ?? '', sent.user].flatMap(detect)) {
      if (inPrompt.has(match.value) || seen.has(match.value)) continue;
      seen.add(match.value);
      findings.push({ kind: match.kind, label: PII_LABELS[match.kind], where, line: null, column: null });
    }
  }
  return findings;
}

/** "Name (Nutzerprompt, Zeile 3, Zeichen 12), IBAN (Fall „brief-2“)": the first dozen, then how many more. */
export function describeFindings(findings: readonly PersonalDataFinding[]): string {
  const shown = findings.slice(0, 12).map(({ label, where, line, column }) => {
    const place = line === null ? where : `${where}, Zeile ${line}, Zeichen ${column}`;
    return `${label} (${place})`;
  });
  const more = findings.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` und ${more} weitere` : '');
}

/** How many values of each kind, for the run's record. */
export const countFindings = (findings: readonly PersonalDataFinding[]): RunGuard['confirmed'] =>
  findings.reduce<RunGuard['confirmed']>((counts, { kind }) => addCounts(counts, { [kind]: 1 }), {});

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
