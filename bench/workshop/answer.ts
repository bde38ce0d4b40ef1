const FILLER = (
  'vielen Dank für Ihre Nachricht an das Bürgeramt Musterstadt. Wir haben Ihren Antrag erhalten und prüfen ihn ' +
  'sorgfältig. Bitte reichen Sie die fehlenden Unterlagen innerhalb von zwei Wochen ein, damit wir zügig ' +
  'entscheiden können. Bei Fragen erreichen Sie uns montags bis freitags von acht bis sechzehn Uhr.'
).split(' ');

/** A letter of exactly `words` words that quotes the prompt's beginning, so the exercise's checks can pass. */
export function answerOf(prompt: string, words: number): string {
  const quoted = prompt.split(/\s+/).filter(Boolean).slice(0, 12);
  const text = ['Sehr', 'geehrte', 'Damen', 'und', 'Herren,', ...quoted];
  for (let i = 0; text.length < words; i++) text.push(FILLER[i % FILLER.length]!);
  return text.slice(0, words).join(' ');
}
