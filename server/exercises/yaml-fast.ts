import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { isScalar, Schema, type ScalarTag } from 'yaml';

// js-yaml reads a file 4-5 times faster than `yaml` composes its Document (the 36 shipped files: about 40 instead
// of 190 ms in a fresh process; a fixture of 200 cases: 19 instead of 84 ms). Every process and every Workers
// isolate reads the catalogue when it starts, and the CLI before its first call. `yaml` stays the reference: the
// loader asks it whenever a file has anything to point at (see yaml-source.ts).

/** `yaml`'s core schema decides what a plain scalar is (`~`, `0o17`, `.inf` …): both parsers read each value alike. */
function coreTypes(): Type[] {
  const byTag = new Map<string, ScalarTag[]>();
  for (const tag of new Schema({ schema: 'core' }).tags) {
    if (tag.test && !tag.collection) byTag.set(tag.tag, [...(byTag.get(tag.tag) ?? []), tag]);
  }
  return [...byTag].map(
    ([name, tags]) =>
      new Type(name, {
        kind: 'scalar',
        resolve: (text: string) => tags.some((tag) => tag.test!.test(text)),
        construct: (text: string) => {
          const value = tags.find((tag) => tag.test!.test(text))!.resolve(text, () => {}, {});
          return isScalar(value) ? value.value : value;
        },
      }),
  );
}

const schema = FAILSAFE_SCHEMA.extend({ implicit: coreTypes() });

/** A flow collection where a key may start (line start, after `- `, `? `, `{`, `,` or `[`), followed by `:`. */
const COLLECTION_KEY = /(?:^[ \t]*(?:[-?][ \t]+)*|[{,[][ \t]*)[[{][^\n]*[\]}][ \t]*:/m;

/**
 * The plain data of a file, or undefined where only `yaml` may answer: anchors (js-yaml would share the aliased
 * objects, where `yaml` caps their expansion against a "billion laughs" file; any `&` counts, on purpose: an ampersand
 * in prose only costs the slower reader, a missed anchor would cost the cap), directives (`%YAML 1.1` changes the
 * schema), collections as keys (`[x]: 1` is "[ x ]" to `yaml`, "x" to js-yaml), and anything js-yaml refuses (syntax
 * errors, duplicate keys, unknown tags, several documents).
 */
export function readPlainYaml(text: string): { data: unknown } | undefined {
  if (text.includes('&') || /^%/m.test(text) || COLLECTION_KEY.test(text)) return undefined;
  try {
    // An empty file is null to `yaml`, undefined to js-yaml.
    return { data: load(text, { schema }) ?? null };
  } catch {
    return undefined;
  }
}
