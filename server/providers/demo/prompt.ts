/**
 * Splits a rendered prompt into what the demo needs to tell apart: instructions to the model, the input to
 * answer (a citizen's mail), and documents to draw facts from. Labels ("E-Mail:", "## FAQ", "<faq>") decide
 * where they are present; otherwise a paragraph's first line does, or it continues the previous part.
 */

export type PartKind = 'instruction' | 'input' | 'document';

export interface PromptPart {
  kind: PartKind;
  label?: string;
  lines: string[];
}

export interface PromptParts {
  instructions: string;
  input: string;
  documents: PromptPart[];
  /** Instructions and documents: where format rules and label lists may stand. */
  guidance: string;
}

const LABEL_LINE = /^\s*(?:#{1,6}\s*)?\**([\p{L}§][\p{L}\p{N} ()§.,/-]{0,58}?)\**\s*:(?:\s+(.*))?$/u;
const HEADING = /^\s*#{1,6}\s+(.+?)\s*$/;
const OPEN_TAG = /^\s*<([\p{L}_-]+)>\s*$/u;
const BOUNDARY = /^\s*(?:$|<\/[\p{L}_-]+>|-{3,}|={3,}|"{3}|`{3}\w*)\s*$/u;

const INSTRUCTION_LABEL = /aufgabe|anweisung|auftrag|format|ausgabe|rolle|stil/i;
const DOCUMENT_LABEL =
  /faq|kontext|info|hintergrund|wissen|unterlage|dokument|regel|sachverhalt|fakt|merkblatt|satzung|gebühr|akte|auszug|daten|abteilung|zuständig|vorgang|maßnahme|frist|grundlage|angaben|hinweis|material|quelle|häufige|^antwort\b/i;
const INPUT_LABEL =
  /anfrage|mail|nachricht|brief|schreiben|eingang|anliegen|betreff|bürger|eingabe|beschwerde|antrag|\bfrage/i;

// Imperatives a prompt writer uses; a document addressed to citizens rarely starts a line with them.
const INSTRUCTION_CUE =
  /^(?:(?:antworte|beantworte|schreibe?|formuliere|verfasse|erstelle|entwirf|fasse|nenne|gib|nutze|verwende|benutze|halte|achte|sprich|ordne|beachte|prüfe|wähle|lies|erkläre|gliedere|beginne|vermeide|erfinde|bleibe?|übernimm|ergänze|liefere|berücksichtige|begrenze|kennzeichne|analysiere|bewerte|klassifiziere|übersetze|extrahiere)\b|du bist\b|deine (?:aufgabe|antwort|rolle)\b|die antwort (?:soll|muss|darf)\b|(?:beantworten|antworten|formulieren|verfassen|erstellen|entwerfen|ordnen|verwenden|achten) sie\b|sie sind (?:ein|eine)\b|ihre (?:aufgabe|rolle)\b)/i;
const LETTER_OPENING = /^\s*(?:sehr geehrte|hallo\b|guten tag\b|liebe[rs]? )/i;
export const LETTER_CLOSING = /^\s*(?:mit\s+)?(?:\p{L}+\s+)?grüß|^\s*(?:mfg|lg|vg|gruß)\b/iu;
// Two first-person words make a line someone's own request rather than a document.
const FIRST_PERSON_TWICE =
  /\b(?:ich|mich|mir|mein\w*|wir|uns|unser\w*)\b.*\b(?:ich|mich|mir|mein\w*|wir|uns|unser\w*)\b/i;

function kindOfLabel(label: string): PartKind | undefined {
  if (INSTRUCTION_LABEL.test(label)) return 'instruction';
  if (DOCUMENT_LABEL.test(label)) return 'document';
  if (INPUT_LABEL.test(label)) return 'input';
  return undefined;
}

function parseLabel(line: string): { label: string; rest: string } | undefined {
  const tag = OPEN_TAG.exec(line) ?? HEADING.exec(line);
  if (tag) return { label: tag[1]!, rest: '' };
  const match = LABEL_LINE.exec(line);
  if (!match || match[1]!.trim().split(/\s+/).length > 6) return undefined;
  return { label: match[1]!.trim(), rest: match[2] ?? '' };
}

export function segmentPrompt(system: string | undefined, user: string): PromptParts {
  const parts: PromptPart[] = [];
  // Undefined after a blank line or delimiter: the next line opens a new part.
  let current: PromptPart | undefined;
  // A letter in the input ends with the line after its closing formula (the name).
  let closing = false;
  let closed = false;

  const open = (kind: PartKind, label?: string): PromptPart => {
    if (kind === 'input' && parts.at(-1)?.kind !== 'input') closing = closed = false;
    current = { kind, lines: [], ...(label ? { label } : {}) };
    parts.push(current);
    return current;
  };
  const letterGoesOn = () => parts.at(-1)?.kind === 'input' && !closed;

  for (const line of `${system ?? ''}\n\n${user}`.split('\n')) {
    if (BOUNDARY.test(line)) {
      current = undefined;
      continue;
    }
    const labelled = parseLabel(line);
    const labelKind = labelled && kindOfLabel(labelled.label);
    // Inside a letter "Adresse: …" belongs to it; a known label ("FAQ:") ends it.
    if (labelled && (labelKind || !letterGoesOn())) {
      // "Beantworte diese E-Mail:" is an instruction and introduces the input.
      if (INSTRUCTION_CUE.test(labelled.label)) open('instruction').lines.push(line);
      const part = open(labelKind ?? 'document', labelled.label);
      if (labelled.rest) part.lines.push(labelled.rest);
      continue;
    }
    let part: PromptPart;
    if (LETTER_OPENING.test(line) && !letterGoesOn()) part = open('input');
    else if (INSTRUCTION_CUE.test(line.trim()) && !(current?.kind === 'input' && !closed)) {
      part = current?.kind === 'instruction' ? current : open('instruction');
    } else if (current) part = current;
    else if (letterGoesOn() || FIRST_PERSON_TWICE.test(line)) part = open('input');
    else part = open(parts.length ? 'document' : 'instruction');
    part.lines.push(line);
    if (part.kind === 'input' && line.trim()) {
      if (closing) closed = true;
      if (LETTER_CLOSING.test(line)) closing = true;
    }
  }

  const textOf = (kind: PartKind) =>
    parts
      .filter((p) => p.kind === kind)
      .map((p) => p.lines.join('\n'))
      .join('\n\n');
  return {
    instructions: textOf('instruction'),
    input: textOf('input'),
    documents: parts.filter((p) => p.kind === 'document'),
    guidance: parts
      .filter((p) => p.kind !== 'input')
      .map((p) => [...(p.label ? [`${p.label}:`] : []), ...p.lines].join('\n'))
      .join('\n\n'),
  };
}
