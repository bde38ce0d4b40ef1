import { numberWordValue } from '../../text/number-words.ts';

/** The instructions a clerk typically writes, read from the prompt's instructions and documents. */

export type Address = 'sie' | 'du';

export interface Instructions {
  address: Address;
  /** Asked for a letter or e-mail. */
  letter: boolean;
  /** Asked to answer the input; a reply to a letter is a letter, too. */
  reply: boolean;
  json: boolean;
  bullets: boolean;
  easyLanguage: boolean;
  brief: boolean;
  maxWords?: number;
  maxSentences?: number;
}

// Before a unit, "ein/eine/einen …" means one: "höchstens einen Satz".
const ONE = /^ein(?:e[mnr]?)?$/i;
const NUMBER = '(\\d+|\\p{L}+)';

const SIE_EXPLICIT =
  /\bsiez\w*|\bsie-form\b|\bper sie\b|\bförmlich|\bformell|\bhöflichkeitsform|\bmit\s+[„"»'‚]?sie[“"«'‘]?\s+an\b|\banrede:?\s+[„"»'‚]?sie\b/i;
const DU_EXPLICIT = /\bduz\w*|\bdu-form\b|\bper du\b|\bmit\s+[„"»'‚]?du[“"«'‘]?\s+an\b|\banrede:?\s+[„"»'‚]?du\b/i;
// Without an instruction the demo mirrors the input, as a careless model does: "Hey, holt ihr …" gets "du".
const INFORMAL_INPUT =
  /\b(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\w*|[Ee]uch|[Ee]uer|[Ee]ure\w*|ihr)\b|^\s*(?:[Hh]ey|[Hh]i|[Hh]allo)\b/m;
const FORMAL_INPUT = /\b(?:Sie|Ihnen|Ihr(?:e[mnrs]?)?)\b/;

const REPLY = /\b(?:beantworte\w*|antworte\w*\s+auf)\b/i;
const LETTER =
  /\b(?:antwortschreiben|anschreiben|anhörungsschreiben|brief\w*|e-?mail\w*|mail|schreiben an|bescheid\w*|anrede|grußformel)\b/i;
const JSON_OUTPUT = /\bjson\b/i;
const BULLETS = /\b(?:stichpunkt\w*|stichwort\w*|aufzählung\w*|spiegelstrich\w*|bullet\w*|listenform|als liste)\b/i;
const EASY = /\b(?:leichte[rn]?|einfache[rn]?) sprache\b|\bin einfachen worten\b|\bkurze[n]? sätze[n]?\b/i;
const BRIEF = /\b(?:kurz|knapp|kurze|knappe|prägnant)\b/i;

function limit(text: string, unit: string): number | undefined {
  // The first "<number> <unit>" that really names a number ("die Wörter" does not).
  for (const match of text.matchAll(new RegExp(`(\\S+\\s+)?${NUMBER}\\s+${unit}\\b`, 'giu'))) {
    const raw = match[2]!;
    const value = /^\d+$/.test(raw) ? Number(raw) : ONE.test(raw) ? 1 : numberWordValue(raw);
    if (value === undefined) continue;
    if (/mindestens|wenigstens/i.test(match[1] ?? '')) return undefined;
    return /unter|weniger/i.test(match[1] ?? '') ? value - 1 : value;
  }
  return undefined;
}

function addressOf(guidance: string, input: string): Address {
  if (SIE_EXPLICIT.test(guidance)) return 'sie';
  if (DU_EXPLICIT.test(guidance)) return 'du';
  return INFORMAL_INPUT.test(input) && !FORMAL_INPUT.test(input) ? 'du' : 'sie';
}

/** `guidance`: instructions and documents; `instructions`: the parts written to the model; `input`: what to answer. */
export function readInstructions(guidance: string, instructions: string, input: string): Instructions {
  const json = JSON_OUTPUT.test(guidance);
  const maxWords = limit(guidance, '(?:wörter|wörtern|worte|worten)');
  const maxSentences = limit(guidance, '(?:sätze|sätzen|satz)');
  return {
    address: addressOf(guidance, input),
    letter: LETTER.test(instructions),
    reply: REPLY.test(instructions),
    json,
    bullets: BULLETS.test(guidance),
    easyLanguage: EASY.test(guidance),
    brief: BRIEF.test(instructions),
    ...(maxWords ? { maxWords } : {}),
    ...(maxSentences ? { maxSentences } : {}),
  };
}
