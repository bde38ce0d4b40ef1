/** Picks the document sentences that best match the question, by word overlap weighted by rarity. */
import { splitSentences } from '../../text/sentences.ts';
import type { PromptPart } from './prompt.ts';
import { hasTerm, terms } from './terms.ts';

export interface Fact {
  text: string;
  terms: string[];
  position: number;
}

function sentencesOf(part: PromptPart): string[] {
  const text = part.lines.join('\n').trim();
  // "Frist zur Stellungnahme: 14.03.2025" only makes sense with its label.
  if (part.label && !/[.!?]$/.test(text) && !text.includes('\n')) return [`${part.label}: ${text}`];
  return splitSentences(text);
}

/**
 * Questions and lead-ins ("Was kostet die Abholung?", "Abgeholt werden:") are not facts themselves, but
 * their words belong to the sentences that answer them, as in a FAQ.
 */
export function collectFacts(documents: readonly PromptPart[]): Fact[] {
  const facts: Fact[] = [];
  for (const part of documents) {
    let heading: string[] = part.label ? terms(part.label) : [];
    for (const sentence of sentencesOf(part)) {
      if (/[?:]$/.test(sentence)) {
        heading = terms(sentence);
        continue;
      }
      const text = /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
      facts.push({ text, terms: [...new Set([...terms(sentence), ...heading])], position: facts.length });
    }
  }
  return facts;
}

/** Query terms with their importance: what the input asks counts fully, what the instructions add half. */
export type Query = ReadonlyMap<string, number>;

export function queryOf(text: string, importance = 1): Query {
  return new Map(terms(text).map((term) => [term, importance]));
}

/**
 * Ranked best first. Without a question (`query` empty or matching nothing) and `lead`, the documents'
 * first sentences stand in, as for "summarise this"; otherwise unmatched sentences are left out.
 */
export function rankFacts(facts: readonly Fact[], query: Query, limit: number, lead: boolean): Fact[] {
  // Rarity from exact occurrences where there are any: "Expressabholung" is rare even though "Abholung" is not.
  const rarity = (term: string) => {
    const df = facts.filter((f) => f.terms.includes(term)).length || facts.filter((f) => hasTerm(f.terms, term)).length;
    return df ? Math.log(1 + facts.length / df) : 0;
  };
  const weights = [...query].map(([term, importance]) => [term, importance * rarity(term)] as const);
  const scored = facts.map((fact) => ({
    fact,
    // A word inside a compound ("Abholung" in "Expressabholung") is weaker evidence than the word itself.
    score: weights.reduce((sum, [t, w]) => sum + (fact.terms.includes(t) ? w : hasTerm(fact.terms, t) ? w / 2 : 0), 0),
  }));
  // Facts far weaker than the best match ("kostenlos" for "Was kostet …?") are off the question.
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => lead || (s.score > 0 && s.score >= best / 3))
    .sort((a, b) => b.score - a.score || a.fact.position - b.fact.position)
    .slice(0, limit)
    .map((s) => s.fact);
}
