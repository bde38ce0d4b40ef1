import * as z from 'zod';
import { BUILT_IN_PROVIDERS, ENDPOINT_NAME, httpUrlSchema, providerModelSchema } from '../providers/config.ts';

/**
 * A key as the UI sends it: a new key, `null` to remove the stored one, absent to keep it. Keys are write-only:
 * no response ever carries one back.
 */
const apiKeySchema = z.string().trim().min(8, { error: 'ist zu kurz für einen Schlüssel' }).max(500).nullable();

const models = z.array(providerModelSchema).max(50);

/** `PUT /api/provider-settings/{name}`: one provider connected in the UI, by kind. */
export const providerSettingsInputSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('openai'),
    label: z.string().trim().min(1).max(60).optional(),
    models: models.min(1).optional(),
    api_key: apiKeySchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('anthropic'),
    label: z.string().trim().min(1).max(60).optional(),
    models: models.min(1).optional(),
    api_key: apiKeySchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('ollama'),
    label: z.string().trim().min(1).max(60).optional(),
    host: httpUrlSchema,
    in_house: z.boolean().default(true),
    models: models.min(1, { error: 'braucht mindestens ein Modell, z. B. llama3.1:8b' }),
  }),
  z.strictObject({
    kind: z.literal('compatible'),
    label: z.string().trim().min(1).max(60),
    base_url: httpUrlSchema,
    in_house: z.boolean().default(false),
    models: models.min(1, { error: 'braucht mindestens ein Modell' }),
    api_key: apiKeySchema.optional(),
  }),
]);
export type ProviderSettingsInput = z.infer<typeof providerSettingsInputSchema>;
/** What is stored beside the encrypted key: the input without the key. */
export type StoredProviderSettings = DistributiveOmit<ProviderSettingsInput, 'api_key'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The key apart from the settings stored beside it (the Ollama kind has no key). */
export function splitKey(input: ProviderSettingsInput): {
  settings: StoredProviderSettings;
  key: string | null | undefined;
} {
  const { api_key: key, ...settings } = input as ProviderSettingsInput & { api_key?: string | null };
  return { settings: settings as StoredProviderSettings, key };
}

/** The name a provider is stored and used under: a built-in one for its kind, else the trainer's choice. */
export const providerSettingsNameSchema = z
  .string()
  .regex(ENDPOINT_NAME, { error: 'besteht aus a-z, 0-9, "-" und "_"' })
  .max(40);

/** The kinds whose name is fixed: a stored `openai` is the built-in OpenAI provider. */
export const FIXED_NAME_KINDS = [
  'openai',
  'anthropic',
  'ollama',
] as const satisfies readonly (typeof BUILT_IN_PROVIDERS)[number][];

export const providerSettingsViewSchema = z.object({
  name: z.string(),
  kind: z.enum(['openai', 'anthropic', 'ollama', 'compatible', 'demo']),
  label: z.string(),
  in_house: z.boolean(),
  base_url: z.string().nullable(),
  host: z.string().nullable(),
  models: models,
  /** Where the key comes from, and its last four characters (never more). */
  key: z.object({ source: z.enum(['env', 'stored', 'none']), last4: z.string().nullable() }),
  /** Set up in the UI (and so editable and removable there). */
  stored: z.boolean(),
  available: z.boolean(),
  reason: z.string().nullable(),
});
export type ProviderSettingsView = z.infer<typeof providerSettingsViewSchema>;

export const connectionTestSchema = z.strictObject({ model: z.string().min(1).max(200).optional() });

export const connectionResultSchema = z.object({
  ok: z.boolean(),
  /** German: the model's answer, or what went wrong. */
  message: z.string(),
  model: z.string(),
  latency_ms: z.int().nullable(),
});
export type ConnectionResult = z.infer<typeof connectionResultSchema>;
