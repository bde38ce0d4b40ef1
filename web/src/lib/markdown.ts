// Loaded on demand (dynamic import): marked and DOMPurify stay out of the first page load.
import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const parsers = new Map<number, Marked>();

/** One parser per heading offset, so a document's headings nest under the page's own. */
function parser(headingOffset: number): Marked {
  let marked = parsers.get(headingOffset);
  if (!marked) {
    marked = new Marked({
      gfm: true,
      async: false,
      walkTokens(token) {
        if (token.type === 'heading') token.depth = Math.min(6, token.depth + headingOffset);
      },
    });
    parsers.set(headingOffset, marked);
  }
  return marked;
}

/** Markdown to HTML that is safe to insert: model output and exercise texts are untrusted. */
export function renderMarkdown(source: string, headingOffset = 0): string {
  const html = parser(headingOffset).parse(source, { async: false });
  return DOMPurify.sanitize(html, { FORBID_TAGS: ['style', 'form', 'input', 'button'], FORBID_ATTR: ['style'] });
}
