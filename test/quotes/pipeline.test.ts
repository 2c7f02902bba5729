// The quotes stage inside the whole pipeline, on an invented article (test/fixtures/quotes).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate } from '../../lib/pipeline';
import { spanToRange } from '../../lib/text/story-text';

const here = path.dirname(fileURLToPath(import.meta.url));
const html = fs.readFileSync(path.join(here, '../fixtures/quotes/invented-article.html'), 'utf8');

function run() {
  document.open();
  document.write(html);
  document.close();
  return annotate(document, { force: true });
}

describe('quotes in the pipeline (invented article)', () => {
  it('finds the quotations and only them', () => {
    const { annotations } = run();
    const texts = annotations.quotes.map((q) => q.text);
    expect(texts).toContain('This is the best day our waterfront has had in a decade,');
    expect(texts).toContain('Now we build.');
    expect(texts).toContain('sound but expensive');
    expect(texts).toContain('a city that still believes in its harbor');
    expect(texts).toContain('We can build a pier that lasts fifty years, or we can build one that lasts until the next storm.');
    expect(texts).toContain('The old pier was a landmark. It was where my father sold his catch every morning for thirty years. We owe it to him to get this right,');
    // a so-called term and a film title are not quotations
    expect(texts).not.toContain('pier wars');
    expect(texts).not.toContain('Pier Pressure');
  });

  it('attributes them', () => {
    const { annotations } = run();
    const by = (frag: string) => annotations.quotes.find((q) => q.text.includes(frag))!;
    expect(by('best day').speaker).toBe('Maria Lopez');
    expect(by('Now we build').speaker).toBe('Maria Lopez');
    expect(by('sound but expensive').speaker).toBe('Daniel Okoro');
    expect(by('steel alone').speaker).toBe('Daniel Okoro'); // "he said"
    expect(by('Crews will be on site').speakerKind).toBe('organization');
    expect(by('Nobody asked').speaker).toBeNull();
    expect(by('Nobody asked').speakerDescription).toBe('a dock worker');
    expect(by('believes in its harbor').speaker).toBe('Maria Lopez');
    expect(by('fifty years').speaker).toBe('Daniel Okoro');
    expect(by('old pier was a landmark').speaker).toBe('Maria Lopez');
    for (const q of annotations.quotes) {
      expect(q.confidence).toBeGreaterThan(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('maps every quotation back to exactly its characters in the page', () => {
    const { annotations, story } = run();
    for (const q of annotations.quotes) {
      const shown = (q.parts ?? [q]).map((p) => spanToRange(document, story!, p)!.toString().replace(/\s+/g, ' ').trim());
      expect(shown.join(' ')).toBe(q.text);
    }
    expect(annotations.quotes.find((q) => q.text.includes('old pier was a landmark'))!.parts).toHaveLength(2);
  });
});
