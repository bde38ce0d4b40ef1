/** Lays out a plain-text answer and fits it to the requested word and sentence limits. */
import { countWords } from '../../text/words.ts';
import type { Fact } from './facts.ts';
import type { Instructions } from './instructions.ts';
import type { LetterFrame } from './letter.ts';
import { DEMO_MARKER } from './marker.ts';

export interface TextDraft {
  /** Best first. */
  ranked: Fact[];
  frame?: LetterFrame;
  intro?: string;
  /** Said instead of facts when the prompt holds none that fit. */
  fallback: string;
}

interface Body {
  intro?: string;
  sentences: string[];
}

const COORDINATING = /^(?:und|oder|aber|denn|sondern|doch)\s/i;
const SUBORDINATE =
  /^(?:dass|weil|wenn|ob|der|die|das|den|dem|welche[rsnm]?|wo|damit|sodass|bevor|nachdem|falls|sofern|solange|bis|wie)\b/i;

/**
 * Leichte Sprache: one statement per sentence. Long sentences are cut at ";" and ":", before a coordinated
 * clause (", aber"), and at a comma followed by at least five words that do not open a subordinate clause;
 * shorter pieces are usually list items ("Möbel, Matratzen und Teppiche") and stay together.
 */
function shortSentences(sentence: string): string[] {
  const pieces: string[] = [];
  for (const piece of sentence.split(/(?<=[;:,])\s+/)) {
    const last = pieces.length - 1;
    const afterComma = pieces[last]?.endsWith(',') && !COORDINATING.test(piece);
    const tooShort = countWords(piece) < (afterComma ? 5 : 3) || countWords(pieces[last] ?? '') < 3;
    if (last >= 0 && (tooShort || SUBORDINATE.test(piece))) pieces[last] += ` ${piece}`;
    else pieces.push(piece);
  }
  return pieces.map((piece) => {
    const clause = piece.replace(COORDINATING, '').replace(/[;:,.!]$/, '');
    return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
  });
}

function bodyOf(rules: Instructions, draft: TextDraft, facts: Fact[], withIntro: boolean): Body {
  const content = facts.length
    ? [...facts].sort((a, b) => a.position - b.position).map((f) => f.text)
    : [draft.fallback];
  const sentences = rules.easyLanguage ? content.flatMap(shortSentences) : content;
  return withIntro && draft.intro ? { intro: draft.intro, sentences } : { sentences };
}

function layout(rules: Instructions, draft: TextDraft, { intro, sentences }: Body): string {
  let body: string;
  if (rules.bullets) {
    const items = sentences.map((s) => `- ${s}`).join('\n');
    body = intro ? `${intro}\n\n${items}` : items;
  } else body = [...(intro ? [intro] : []), ...sentences].join(rules.easyLanguage ? '\n' : ' ');
  const frame = draft.frame;
  const letter = frame && [frame.subject, frame.opening, body, frame.closing].filter(Boolean).join('\n\n');
  const text = letter || body;
  return `${text}\n\n${DEMO_MARKER}`;
}

function fits(rules: Instructions, text: string, body: Body): boolean {
  const sentences = body.sentences.length + (body.intro ? 1 : 0);
  return countWords(text) <= (rules.maxWords ?? Infinity) && sentences <= (rules.maxSentences ?? Infinity);
}

/** Drops the least relevant facts, then the intro, until the limits hold; as a last resort cuts words. */
export function composeText(rules: Instructions, draft: TextDraft): string {
  const attempts: Array<[Fact[], boolean]> = [];
  const fewest = Math.min(1, draft.ranked.length);
  for (let n = draft.ranked.length; n >= fewest; n--) attempts.push([draft.ranked.slice(0, n), true]);
  attempts.push([draft.ranked.slice(0, 1), false]);
  let body: Body = { sentences: [] };
  for (const [facts, withIntro] of attempts) {
    body = bodyOf(rules, draft, facts, withIntro);
    const text = layout(rules, draft, body);
    if (fits(rules, text, body)) return text;
  }
  const sentences = body.sentences.slice(0, Math.max(1, rules.maxSentences ?? Infinity));
  const text = layout(rules, draft, { sentences });
  const excess = countWords(text) - (rules.maxWords ?? Infinity);
  if (excess <= 0) return text;
  const words = sentences.join(' ').split(/\s+/);
  // "…" counts as a word, too.
  return layout(rules, draft, { sentences: [`${words.slice(0, Math.max(1, words.length - excess - 1)).join(' ')} …`] });
}
