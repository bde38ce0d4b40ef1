/** Content words reduced to crude stems, so a question and a document sentence can be matched by overlap. */
import { words } from '../../text/words.ts';

const STOPWORDS = new Set(
  `aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bin bis bitte bist da dabei
  dafür daher damit dann darf darauf das dass dein deine deinem deinen deiner dem den denn der des deshalb die dies diese
  diesem diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwa euch euer für gegen gibt
  habe haben hat hatte hier ich ihm ihn ihnen ihr ihre ihrem ihren ihrer im in ins ist ja jede jedem jeden jeder jedes
  jetzt kann kannst kein keine keinen können könnte man mehr mein meine meinem meinen meiner mich mir mit muss müssen
  nach nicht noch nun nur ob oder ohne schon sehr sein seine sich sie sind so soll sollen sollte sowie über um und uns
  unser unsere unter viel vom von vor war wann warum was weil welche wenn wer werden wie wieder will wir wird wo wurde
  zu zum zur wegen bereits gerne gern geht gehen möchte möchten mal ganz stadt stadtverwaltung verwaltung gemeinde geehrte geehrter damen herren grüße grüßen freundlichen liebe lieber hallo vielen dank
  beantworte antworte schreibe formuliere verfasse erstelle nutze verwende folgende folgenden freundlich korrekt
  höchstens maximal wörter wörtern sätze sätzen satz antwort e-mail mail nachricht`.split(/\s+/),
);

const SUFFIX = /(?:ungen|innen|en|er|es|em|et|e|n|s)$/;
const UMLAUT: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/** A crude stem: enough to match "Gebühren" with "Gebühr", "kostet" with "Kosten", "Kühlschränke" with "Kühlschrank". */
function stem(word: string): string {
  const lower = word.toLowerCase();
  const stripped = lower.replace(SUFFIX, '');
  return (stripped.length >= 4 ? stripped : lower).replace(/[äöüß]/g, (c) => UMLAUT[c]!);
}

/** Distinct stems of the content words. */
export function terms(text: string): string[] {
  const result = new Set<string>();
  for (const word of words(text)) {
    if (word.length >= 3 && !STOPWORDS.has(word.toLowerCase())) result.add(stem(word));
  }
  return [...result];
}

/** Equal stems, or one stem inside another word: "Kosten" in "kostenlos", "melden" in "Sperrmüllanmeldung". */
function termsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a));
}

export function hasTerm(haystack: readonly string[], term: string): boolean {
  return haystack.some((t) => termsMatch(t, term));
}
