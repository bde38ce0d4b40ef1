import * as z from 'zod';
import { formatProblem } from '../exercises/problems.ts';
import { YamlSource } from '../exercises/yaml-source.ts';
import { providerIdSchema } from '../schema/exercise.ts';
import { dataGuardSettingsSchema } from '../schema/guard.ts';
import { toFieldIssues } from '../schema/issues.ts';

/** Provider names the registry defines itself; endpoints may not take them. */
export const BUILT_IN_PROVIDERS = ['openai', 'anthropic', 'ollama', 'demo'] as const;

export const ENDPOINT_NAME = /^[a-z0-9][a-z0-9_-]*$/;

const priceSchema = z.strictObject({
  /** EUR per million input tokens. */
  input: z.number().min(0),
  /** EUR per million output tokens. */
  output: z.number().min(0),
});

export const providerModelSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1).optional(),
  price: priceSchema.optional(),
});

const concurrencySchema = z.int().min(1).max(256);

const providerSchema = z.strictObject({
  label: z.string().min(1).optional(),
  in_house: z.boolean().optional(),
  concurrency: concurrencySchema.optional(),
  /** Replaces the built-in model list. */
  models: z.array(providerModelSchema).optional(),
});

export const httpUrlSchema = z.url({
  protocol: /^https?$/,
  error: 'erwartet eine http(s)-Adresse, z. B. http://localhost:8000/v1',
});

const endpointSchema = providerSchema.extend({
  base_url: httpUrlSchema,
  /** Name of the environment variable holding the key; keys never live in this file. No entry: no key needed. */
  api_key_env: z
    .string()
    .regex(/^[A-Z_][A-Z0-9_]*$/, { error: 'erwartet den Namen einer Umgebungsvariablen, z. B. EU_CLOUD_API_KEY' })
    .optional(),
});

export const providersConfigSchema = z.strictObject({
  /** Default judge model for llm-rubric. */
  judge: providerIdSchema.optional(),
  /** The data guard of the open sandbox and of trainers' own runs; a workshop sets its own. */
  data_guard: dataGuardSettingsSchema.prefault({}),
  /** Per call (one attempt). */
  timeout_ms: z.int().min(1).max(600_000).default(60_000),
  retries: z.int().min(0).max(10).default(3),
  /** Calls in flight per provider, unless the provider sets its own. */
  concurrency: concurrencySchema.default(4),
  providers: z
    .strictObject({
      openai: providerSchema.optional(),
      anthropic: providerSchema.optional(),
      ollama: providerSchema.extend({ host: z.string().min(1).optional() }).optional(),
      demo: z.strictObject({ delay_ms: z.int().min(0).max(10_000).default(0) }).optional(),
    })
    .default({}),
  /** Named OpenAI-compatible endpoints, used as `<name>:<model>`. */
  endpoints: z
    .record(z.string(), endpointSchema)
    .superRefine((endpoints, ctx) => {
      for (const name of Object.keys(endpoints)) {
        if (!ENDPOINT_NAME.test(name)) {
          ctx.addIssue({ code: 'custom', path: [name], message: 'Namen bestehen aus a-z, 0-9, "-" und "_"' });
        } else if ((BUILT_IN_PROVIDERS as readonly string[]).includes(name)) {
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message: `"${name}" ist ein eingebauter Anbieter; bitte einen anderen Namen wählen`,
          });
        }
      }
    })
    .default({}),
});

export type ProvidersConfig = z.infer<typeof providersConfigSchema>;
export type ProviderModelConfig = z.infer<typeof providerModelSchema>;

/**
 * Parses promptathon.config.yaml. Throws an Error naming file, line and field for every problem, one per
 * line, in the form the exercise files use (`file:line:column field: message`); an empty file means all defaults.
 */
export function parseProvidersConfig(text: string, fileName: string): ProvidersConfig {
  const source = new YamlSource(fileName, text);
  const content = source.content();
  if (!content.ok) throw new Error(content.problems.map(formatProblem).join('\n'));
  const result = providersConfigSchema.safeParse(content.data ?? {});
  if (result.success) return result.data;
  const problems = toFieldIssues(result.error.issues).map(({ path, message }) => source.problem(path, message, 'key'));
  throw new Error(problems.map(formatProblem).join('\n'));
}
