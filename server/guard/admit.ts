import type { LoadedExercise } from '../exercises/catalogue.ts';
import { ApiProblem } from '../http/errors.ts';
import type { CaseView } from '../http/redact.ts';
import type { ProviderInfo } from '../providers/types.ts';
import { caseVars, renderCasePrompt, selectCases } from '../runs/plan.ts';
import { MissingVariableError } from '../templates/render.ts';
import { dataGuardSettingsSchema, type DataGuardSettings } from '../schema/guard.ts';
import type { RunRequest } from '../schema/run.ts';
import type { Viewer } from '../sessions/viewer.ts';
import { targetReachesOutside } from './call-guard.ts';
import { countFindings, describeFindings, findPersonalData, type CaseText } from './findings.ts';
import type { RunGuardOptions } from './run-guard.ts';

/** The open sandbox's guard when the config file names none: replace, and leave in-house models alone. */
const DEFAULT_GUARD: DataGuardSettings = dataGuardSettingsSchema.parse({});

/** A team runs under its workshop's guard; a trainer trying things and the open sandbox under the server's. */
export function guardSettingsFor(viewer: Viewer, serverDefault: DataGuardSettings | undefined): DataGuardSettings {
  if (viewer.role !== 'team') return serverDefault ?? DEFAULT_GUARD;
  const { workshop } = viewer;
  return {
    policy: workshop.dataGuard,
    in_house: workshop.dataGuardInHouse,
    replacement: workshop.dataGuardReplacement,
  };
}

/**
 * What `block` and `warn` ask before a run starts: 422 listing what was found by kind and place (never the values),
 * before anything is sent. Under `warn` the attendee may confirm (`confirm_personal_data`) and the run goes out
 * as it is. Only targets outside the house count, unless the guard applies to in-house models too.
 */
export async function admitPersonalData(
  settings: DataGuardSettings,
  providers: readonly ProviderInfo[],
  loaded: LoadedExercise,
  request: RunRequest,
  view: CaseView,
): Promise<RunGuardOptions> {
  if (settings.policy === 'off' || settings.policy === 'pseudonymise') return { settings };
  const outside = request.targets.some(({ provider }) => targetReachesOutside(settings, providers, provider));
  if (!outside || !loaded.fixture) return { settings };
  const cases = renderCases(loaded, request, view);
  // A prompt that does not render is refused by the run itself (400 naming the variable), before anything is sent.
  if (!cases) return { settings };
  const { detectPii } = await import('../pii/index.ts');
  const findings = findPersonalData(request.prompt, cases, (text) => detectPii(text));
  if (findings.length === 0) return { settings };
  const found = describeFindings(findings);
  if (settings.policy === 'block') {
    throw new ApiProblem(
      422,
      `Der Lauf wurde nicht gestartet: In diesem Workshop dürfen keine personenbezogenen Daten an Modelle außer Haus gehen. Gefunden: ${found}. Ersetzen Sie diese Angaben durch erfundene, oder wählen Sie ein Modell, das im Haus läuft.`,
      'prompt',
      undefined,
      { findings },
    );
  }
  if (!request.confirm_personal_data) {
    throw new ApiProblem(
      422,
      `Bitte bestätigen Sie: Der Lauf enthält personenbezogene Daten und ginge unverändert an ein Modell außer Haus. Gefunden: ${found}.`,
      'confirm_personal_data',
      undefined,
      { findings },
    );
  }
  return { settings, confirmed: countFindings(findings) };
}

/** Each selected case's prompt as it would be sent, named as the viewer knows it; undefined when one does not render. */
function renderCases(loaded: LoadedExercise, request: RunRequest, view: CaseView): CaseText[] | undefined {
  try {
    return selectCases(loaded.fixture!, request.cases).map((testCase) => ({
      shown: view.publicId(testCase.id),
      hidden: view.isHidden(testCase.id),
      prompt: renderCasePrompt(request.prompt, caseVars(loaded.exercise, testCase)),
    }));
  } catch (err) {
    if (err instanceof MissingVariableError) return undefined;
    throw err;
  }
}
