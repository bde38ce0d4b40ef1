// A word is a run of letters or digits, joined by inner hyphens, apostrophes, dots, commas or slashes:
// "E-Mail", "25,50", "z.B." and "www.musterstadt.de" are one word each; "§" and "–" are none.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-‐'’.,/_@&][\p{L}\p{M}\p{N}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

export function countWords(text: string): number {
  return words(text).length;
}
