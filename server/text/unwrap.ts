// "1. …", "- …", "• …" at the start of a line.
const LIST_ITEM = /^\s*(?:[-*•–]|\d{1,3}[.)])\s/u;
const WRAPPED_MIN = 50;

/**
 * Joins hard-wrapped lines back into paragraphs. Trainers' references (YAML block scalars) and pasted letters
 * break sentences across lines, while splitSentences ends a sentence at every line break, which would make
 * sentences look short. A line of at least 50 characters that does not end like a sentence (. ! ? : … ,) and is
 * followed by a non-empty line that is no list item continues on that line. Greetings, headings, list items and
 * signatures are short or end with punctuation, so they keep their own lines.
 */
export function joinWrappedLines(text: string): string {
  const lines = text.split(/\r?\n/u);
  return lines.reduce((joined, line, i) => {
    if (i === 0) return line;
    const previous = lines[i - 1]!.trimEnd();
    const wrapped =
      previous.trim().length >= WRAPPED_MIN &&
      !/[.!?:…,;]$/u.test(previous) &&
      line.trim() !== '' &&
      !LIST_ITEM.test(line);
    return wrapped ? `${joined.trimEnd()} ${line.trimStart()}` : `${joined}\n${line}`;
  }, '');
}
