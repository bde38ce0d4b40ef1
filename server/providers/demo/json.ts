/**
 * JSON answers: the keys come from an example object in the prompt, a label field gets the allowed value
 * whose description shares the most words with the input (as in routing mail to a department).
 */
import { words } from '../../text/words.ts';
import { queryOf, rankFacts, type Fact } from './facts.ts';
import { DEMO_MARKER } from './marker.ts';
import { hasTerm, terms } from './terms.ts';

const EXAMPLE_OBJECT = /\{[^{}]*"[^"\n]+"\s*:[^{}]*\}/;
const KEY_VALUE = /"([^"\n]{1,40})"\s*:\s*(?:"([^"\n]*)")?/g;
const FIELD_NAMES = /\b(?:feld(?:er|ern)?|schlüssel[n]?|keys?|attribut(?:e|en)?)\b([^.\n]*)/i;
const QUOTED = /[„"'`»]([\p{L}_][\p{L}\p{N}_-]*)[“"'`«]/gu;
const PLACEHOLDER = /^(?:\.{2,}|…|<.*>|\[.*\]|)$/;
const TEXT_KEY =
  /begr(?:ü|ue?)nd|grund|erkl(?:ä|ae?)r|antwort|text|zusammenfass|kommentar|hinweis|notiz|inhalt|nachricht/i;
const BULLET = /^\s*(?:[-*•–]|\d+[.)])\s+(.+)$/;
const LIST_LEAD = /folgend|eine[rnms]? der|kategorie|abteilung|label|werte|optionen|auswahl|zuständig/i;
const INLINE_LIST =
  /(?:eine[rnms]? der folgenden|folgende[rn]? \p{L}+|erlaubte werte|zur auswahl)[^:\n]*:\s*([^\n]+)/iu;
const CATCH_ALL = /sonstig|allgemein|andere|unklar|zentral|poststelle/i;

interface Field {
  key: string;
  options: string[];
}

/** Keys from an example object, else from "mit den Feldern „abteilung“ und „begruendung“". */
function fieldsOf(guidance: string): Field[] {
  const example = EXAMPLE_OBJECT.exec(guidance)?.[0];
  if (!example) {
    const named = FIELD_NAMES.exec(guidance)?.[1] ?? '';
    const keys = [...named.matchAll(QUOTED)].map((m) => m[1]!);
    return (keys.length ? keys : ['antwort']).map((key) => ({ key, options: [] }));
  }
  return [...example.matchAll(KEY_VALUE)].map(([, key, value]) => {
    const options = (value ?? '').split(/\s*(?:\||\/|\boder\b)\s*/).filter((o) => !PLACEHOLDER.test(o));
    return { key: key!, options: options.length >= 2 ? options : [] };
  });
}

function labelOf(item: string): string | undefined {
  const label = item
    .split(/\s*(?::|\(|–|—|\s-\s)\s*/)[0]!
    .replace(/[*„“"»«]/g, '')
    .trim();
  return label && label.split(/\s+/).length <= 5 ? label : undefined;
}

/** The allowed labels: a bullet list introduced as such, or "eine der folgenden …: A, B oder C". */
function labelList(guidance: string): string[] {
  const lists: Array<{ lead: string; items: string[] }> = [];
  let lead = '';
  let inList = false;
  for (const line of guidance.split('\n')) {
    const item = BULLET.exec(line)?.[1];
    if (item === undefined) {
      if (line.trim()) lead = line;
      inList = false;
      continue;
    }
    if (!inList) lists.push({ lead, items: [] });
    lists.at(-1)!.items.push(item);
    inList = true;
  }
  const candidates = lists.filter((l) => l.items.length >= 2);
  const introduced = candidates.find((l) => LIST_LEAD.test(l.lead));
  const inline = INLINE_LIST.exec(guidance)?.[1]?.split(/\s*,\s*|\s+oder\s+|\s+und\s+/);
  const items = introduced?.items ?? inline ?? candidates[0]?.items ?? [];
  return items.map((i) => labelOf(i.replace(/\.$/, ''))).filter((l): l is string => l !== undefined);
}

/** A label's words: its name and whatever the prompt says about it on lines that start with it. */
function labelTerms(label: string, guidance: string): string[] {
  const lines = guidance.split('\n').map((l) => l.replace(BULLET, '$1').trim());
  return terms([label, ...lines.filter((l) => l.startsWith(label))].join(' '));
}

/** The label whose description shares the most (and rarest) words with the input, like facts for a question. */
function choose(labels: string[], guidance: string, input: string): { label: string; reason: string } {
  const candidates = labels.map((label, position) => ({ text: label, terms: labelTerms(label, guidance), position }));
  const best = rankFacts(candidates, queryOf(input), 1, false)[0];
  if (best) {
    const hits = [...new Set(words(input).filter((w) => terms(w).some((t) => hasTerm(best.terms, t))))];
    const cited = hits
      .slice(0, 3)
      .map((w) => `„${w}“`)
      .join(', ');
    return { label: best.text, reason: `Die Nachricht nennt ${cited}; das passt am besten zu „${best.text}“.` };
  }
  const label = labels.find((l) => CATCH_ALL.test(l)) ?? labels[0]!;
  return { label, reason: `Die Nachricht enthält keine eindeutigen Stichworte; gewählt: „${label}“.` };
}

export function composeJson(guidance: string, input: string, facts: readonly Fact[], ranked: readonly Fact[]): string {
  const fields = fieldsOf(guidance);
  const labels = labelList(guidance);
  const labelKey = labels.length ? fields.find((f) => !f.options.length && !TEXT_KEY.test(f.key))?.key : undefined;
  const choices = new Map(
    fields.flatMap(({ key, options }) => {
      const allowed = options.length ? options : key === labelKey ? labels : [];
      return allowed.length ? [[key, choose(allowed, guidance, input)] as const] : [];
    }),
  );
  const text =
    [...choices.values()][0]?.reason ??
    (ranked.map((f) => f.text).join(' ') || 'Der Prompt enthält dazu keine Angaben.');
  const textKeys = fields.filter((f) => !choices.has(f.key) && TEXT_KEY.test(f.key)).map((f) => f.key);
  const entries = fields.map(({ key }): [string, string | null] => {
    const choice = choices.get(key);
    if (choice) return [key, choice.label];
    // A field named like a topic ("frist", "kosten") gets the sentence that best matches its name.
    if (!textKeys.includes(key)) return [key, rankFacts(facts, queryOf(key), 1, false)[0]?.text ?? null];
    return [key, key === textKeys[0] ? `${text} ${DEMO_MARKER}` : text];
  });
  return JSON.stringify(Object.fromEntries(entries), null, 2);
}
