/** The demo model: reads the prompt, picks facts from its documents and writes them in the form asked for. */
import { splitSentences } from '../../text/sentences.ts';
import { composeText } from './compose.ts';
import { collectFacts, queryOf, rankFacts } from './facts.ts';
import { readInstructions, type Instructions } from './instructions.ts';
import { composeJson } from './json.ts';
import { letterFrame, splitSignature } from './letter.ts';
import { segmentPrompt } from './prompt.ts';

const ROLE = /^(?:du bist|sie sind|als\b|ihre rolle|deine rolle)/i;

export type DemoStyle = 'basis' | 'knapp';

function intro(rules: Instructions, letter: boolean): string {
  if (letter) return rules.address === 'du' ? 'danke für deine Nachricht.' : 'vielen Dank für Ihre Nachricht.';
  return rules.address === 'du' ? 'Gern beantworte ich deine Frage.' : 'Gern beantworte ich Ihre Frage.';
}

export function writeAnswer(system: string | undefined, user: string, style: DemoStyle): string {
  const parts = segmentPrompt(system, user);
  const { body: question, signature } = splitSignature(parts.input);
  const rules = readInstructions(parts.guidance, parts.instructions, question);
  const hasInput = question.trim() !== '';
  // What the input asks decides; the instructions ("nennen Sie die Gebühren") steer at half weight, the role not at all.
  const requests = splitSentences(parts.instructions).filter((s) => !ROLE.test(s));
  const query = new Map([...queryOf(requests.join('\n'), 0.5), ...queryOf(question)]);
  const facts = collectFacts(parts.documents);
  const short = style === 'knapp' || rules.brief;
  // An answer to a question stays on it; a text drafted from case data (no input) uses more of the data.
  const limit = (short ? 2 : 5) + (hasInput ? 0 : 3);
  const ranked = rankFacts(facts, query, limit, !hasInput);
  if (rules.json) return composeJson(parts.guidance, question, facts, ranked);

  const letter = rules.letter || (rules.reply && signature.length > 0);
  // The recipient may also be named in the case data or the instruction ("an Herrn Max Mustermann").
  const documents = [...parts.documents.map((d) => d.lines.join('\n')), parts.instructions].join('\n');
  const frame = letter
    ? letterFrame({ address: rules.address, signature, documents, instructions: parts.instructions, reply: hasInput })
    : undefined;
  const yours = rules.address === 'du' ? 'deiner' : 'Ihrer';
  return composeText(rules, {
    ranked,
    ...(frame ? { frame } : {}),
    ...(hasInput && !short ? { intro: intro(rules, letter) } : {}),
    fallback: hasInput
      ? `Zu ${yours} Anfrage liegen mir leider keine Unterlagen vor.`
      : 'Der Prompt enthält keine Unterlagen, aus denen ich eine Antwort zusammenstellen kann.',
  });
}
