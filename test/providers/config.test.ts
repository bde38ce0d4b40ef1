import { describe, expect, it } from 'vitest';
import { parseProvidersConfig } from '../../server/providers/config.ts';

const FILE = 'promptathon.config.yaml';

const full = `# Beispiel
judge: openai:gpt-4o-mini
timeout_ms: 30000
retries: 2
concurrency: 8
providers:
  openai:
    label: OpenAI (USA)
    concurrency: 2
    models:
      - id: gpt-4o-mini
        label: GPT-4o mini
        price: { input: 0.13, output: 0.52 }
  ollama:
    host: http://gpu-server:11434
    models: [{ id: "llama3.1:8b" }]
  demo:
    delay_ms: 30
endpoints:
  eu-cloud:
    base_url: https://api.eu-cloud.example/v1
    api_key_env: EU_CLOUD_API_KEY
    label: EU-Cloud
    models: [{ id: mistral-large }]
  vllm:
    base_url: http://localhost:8000/v1
    in_house: true
`;

function messageOf(text: string): string {
  try {
    parseProvidersConfig(text, FILE);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('parseProvidersConfig', () => {
  it('reads a complete file', () => {
    const config = parseProvidersConfig(full, FILE);
    expect(config.judge).toBe('openai:gpt-4o-mini');
    expect(config.timeout_ms).toBe(30_000);
    expect(config.providers.openai?.models?.[0]?.price).toEqual({ input: 0.13, output: 0.52 });
    expect(config.providers.ollama?.host).toBe('http://gpu-server:11434');
    expect(config.providers.demo?.delay_ms).toBe(30);
    expect(Object.keys(config.endpoints)).toEqual(['eu-cloud', 'vllm']);
    expect(config.endpoints.vllm?.api_key_env).toBeUndefined();
  });

  it('applies the defaults to an empty file', () => {
    expect(parseProvidersConfig('', FILE)).toEqual({
      timeout_ms: 60_000,
      retries: 3,
      concurrency: 4,
      providers: {},
      endpoints: {},
      data_guard: { policy: 'pseudonymise', in_house: false, replacement: 'placeholder' },
    });
  });

  it('names file, line and field of a wrong data guard policy', () => {
    expect(messageOf('data_guard:\n  policy: streng\n')).toMatch(
      new RegExp(`^${FILE}:2:3 data_guard.policy: .*pseudonymise`),
    );
  });

  it('names file, line and field of an unknown field', () => {
    const text = full.replace('        label: GPT-4o mini', '        lable: GPT-4o mini');
    expect(messageOf(text)).toBe(`${FILE}:12:9 providers.openai.models[0].lable: unbekanntes Feld "lable"`);
  });

  it('names the line of a value of the wrong type', () => {
    const message = messageOf(full.replace('retries: 2', 'retries: drei'));
    expect(message).toMatch(new RegExp(`^${FILE}:4:1 retries: `));
  });

  it('refuses an API key in the file', () => {
    const message = messageOf(full.replace('    api_key_env: EU_CLOUD_API_KEY', '    api_key: sk-geheim'));
    expect(message).toBe(`${FILE}:22:5 endpoints.eu-cloud.api_key: unbekanntes Feld "api_key"`);
  });

  it('refuses an endpoint named like a built-in provider', () => {
    const message = messageOf(full.replace('  vllm:', '  openai:'));
    expect(message).toContain(`${FILE}:25:3 endpoints.openai: "openai" ist ein eingebauter Anbieter`);
  });

  it('points a missing required field into its parent', () => {
    const message = messageOf(full.replace('    base_url: http://localhost:8000/v1\n', ''));
    expect(message).toMatch(new RegExp(`^${FILE}:26:5 endpoints.vllm.base_url: `));
  });

  it('reports every problem, one per line', () => {
    const message = messageOf(full.replace('retries: 2', 'retries: -1').replace('concurrency: 8', 'concurency: 8'));
    expect(message.split('\n')).toHaveLength(2);
  });

  it('names the line of a YAML syntax error', () => {
    expect(messageOf('judge: openai:gpt-4o-mini\nproviders:\n  openai: { label: "offen\n')).toMatch(
      new RegExp(`^${FILE}:4:1: Hier fehlt ein Zeichen`),
    );
  });
});
