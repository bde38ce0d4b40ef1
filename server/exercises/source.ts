import type { AssertionRegistry } from '../grading/registry.ts';
import type { AuthoredStore, ExerciseVersionRecord } from '../store/authored.ts';
import { loadCatalogue, type Catalogue, type CatalogueFile, type LoadedExercise } from './catalogue.ts';

/** The exercises of this moment: the shipped library and the published versions of trainers' own exercises. */
export interface ExerciseSource {
  /** `stamp`: the authored stamp if this request has read it already (with its session); else it is looked up. */
  current(stamp?: string): Promise<Catalogue>;
  /** A trainer's exercise as one version had it: what a run of that version really used. */
  at(id: string, version: number): Promise<LoadedExercise | undefined>;
}

/** A trainer's exercise as the two files the loader, `validate` and an export know. */
export const authoredFiles = (id: string, prompt: string, evals: string): CatalogueFile[] => [
  { path: `prompts/${id}.yaml`, text: prompt },
  { path: `evals/${id}.yaml`, text: evals },
];

function merge(
  library: Catalogue,
  published: readonly ExerciseVersionRecord[],
  registry: AssertionRegistry,
): Catalogue {
  const shipped = new Set(library.exercises.map((e) => e.exercise.id));
  const authored = published
    .filter((v) => !shipped.has(v.exerciseId))
    .flatMap((v) =>
      loadCatalogue(authoredFiles(v.exerciseId, v.prompt, v.evals), registry).exercises.map((loaded) => ({
        ...loaded,
        version: v.version,
      })),
    );
  return { exercises: [...library.exercises, ...authored], problems: library.problems };
}

/**
 * The merged catalogue, kept until the store's stamp says a trainer saved or published: the stamp per request
 * (it comes with the session lookup, else one small query) instead of parsing YAML on each. The stamp comes from the
 * database, so every process and every Workers isolate sees a publication at once.
 */
export function createExerciseSource(
  library: Catalogue,
  store: Pick<AuthoredStore, 'authoredStamp' | 'publishedVersions' | 'getVersion'>,
  registry: AssertionRegistry,
): ExerciseSource {
  let kept: { stamp: string; catalogue: Promise<Catalogue> } | undefined;
  // A saved version never changes, so what it loads to can be kept as long as the process lives.
  const versions = new Map<string, LoadedExercise>();
  return {
    async at(id, version) {
      const key = `${id}@${version}`;
      const known = versions.get(key);
      if (known) return known;
      const saved = await store.getVersion(id, version);
      const [loaded] = saved ? loadCatalogue(authoredFiles(id, saved.prompt, saved.evals), registry).exercises : [];
      if (loaded) versions.set(key, { ...loaded, version });
      return loaded && { ...loaded, version };
    },

    async current(known) {
      const stamp = known ?? (await store.authoredStamp());
      if (kept?.stamp === stamp) return kept.catalogue;
      const catalogue = store.publishedVersions().then((published) => merge(library, published, registry));
      kept = { stamp, catalogue };
      catalogue.catch(() => kept?.catalogue === catalogue && (kept = undefined));
      return catalogue;
    },
  };
}
