import type { ModelInfo } from './types.ts';

/**
 * Defaults, to be overridden in promptathon.config.yaml (`providers.<name>.models`) when prices or the model
 * line-up change. Prices are the providers' USD list prices per million tokens (standard tier, no caching),
 * converted at USD_TO_EUR; they are estimates for comparing prompts, not invoices.
 */
export const USD_TO_EUR = 0.86;

const perMillionUsd = (input: number, output: number) => ({
  input: Math.round(input * USD_TO_EUR * 1000) / 1000,
  output: Math.round(output * USD_TO_EUR * 1000) / 1000,
});

// Models that accept `temperature`, which exercises set; reasoning models (gpt-5, o-series) reject it.
export const defaultOpenAIModels: ModelInfo[] = [
  { id: 'gpt-4o-mini', label: 'GPT-4o mini', price: perMillionUsd(0.15, 0.6) },
  { id: 'gpt-4.1-mini', label: 'GPT-4.1 mini', price: perMillionUsd(0.4, 1.6) },
  { id: 'gpt-4.1', label: 'GPT-4.1', price: perMillionUsd(2, 8) },
  { id: 'gpt-4o', label: 'GPT-4o', price: perMillionUsd(2.5, 10) },
];

export const defaultAnthropicModels: ModelInfo[] = [
  { id: 'claude-haiku-4-5', label: 'Claude Haiku 4.5', price: perMillionUsd(1, 5) },
  { id: 'claude-sonnet-4-5', label: 'Claude Sonnet 4.5', price: perMillionUsd(3, 15) },
];
