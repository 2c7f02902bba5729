// The DOM the Node tools run the pipeline on: linkedom (fast, no layout). The same lib/ code runs on
// happy-dom in tests and on the real DOM in the browser.
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
