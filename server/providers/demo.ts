/**
 * The offline demo provider: no network, no keys, no real AI. It answers from the documents in the prompt,
 * by rules (see demo/answer.ts), deterministically: the same prompt always gives the same answer, whatever
 * the temperature. Every answer carries DEMO_MARKER (see demo/marker.ts).
 */
import { writeAnswer, type DemoStyle } from './demo/answer.ts';
import { DEMO_MARKER } from './demo/marker.ts';
import { cancelledError } from './errors.ts';
import { abortableSleep } from './retry.ts';
import { ProviderError, type ChatAdapter, type ModelInfo } from './types.ts';

const STYLES: Record<DemoStyle, string> = {
  basis: 'Basis (antwortet ausführlich)',
  knapp: 'Knapp (antwortet kurz)',
};

const isStyle = (model: string): model is DemoStyle => Object.hasOwn(STYLES, model);

export const demoModels: ModelInfo[] = Object.entries(STYLES).map(([id, label]) => ({
  id,
  label,
  price: { input: 0, output: 0 },
}));

/** Rough rule of thumb for German text and common tokenizers: about four characters per token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** Cuts at a word boundary to at most `tokens`, keeping the marker so a cut answer is still labelled. */
function cutToTokens(text: string, tokens: number): string {
  const room = Math.max(0, tokens - estimateTokens(`\n\n${DEMO_MARKER}`)) * 4;
  const slice = text.slice(0, room);
  const end = slice.length < text.length && /\S/.test(text.charAt(room)) ? slice.search(/\s+\S*$/) : -1;
  const kept = (end >= 0 ? slice.slice(0, end) : slice).trimEnd();
  return kept ? `${kept}\n\n${DEMO_MARKER}` : DEMO_MARKER;
}

export function createDemoAdapter(options: { delayMs?: number } = {}): ChatAdapter {
  const delayMs = options.delayMs ?? 0;
  return {
    async chat(request) {
      const { signal } = request;
      if (signal?.aborted) throw cancelledError(signal.reason);
      if (!isStyle(request.model)) {
        const known = Object.keys(STYLES).join(', ');
        throw new ProviderError(
          'unavailable',
          `Das Demo-Modell "${request.model}" gibt es nicht (verfügbar: ${known}).`,
        );
      }
      const answer = writeAnswer(request.system, request.user, request.model);
      const tooLong = request.maxTokens !== undefined && estimateTokens(answer) > request.maxTokens;
      const text = tooLong ? cutToTokens(answer, request.maxTokens!) : answer;

      if (request.onDelta) {
        for (const chunk of text.match(/\s*\S+\s*/g) ?? []) {
          if (signal?.aborted) throw cancelledError(signal.reason);
          if (delayMs > 0) await abortableSleep(delayMs, signal);
          request.onDelta(chunk);
        }
      }
      return {
        text,
        usage: {
          inputTokens: estimateTokens(`${request.system ?? ''}${request.user}`),
          outputTokens: estimateTokens(text),
        },
        finishReason: tooLong ? 'length' : 'stop',
      };
    },
  };
}
