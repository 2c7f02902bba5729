// npx tsx scripts/people/story.ts <file.html>: prints the story text the pipeline sees (for reading
// people detection misses against the page).
import fs from 'node:fs';
import { parseHtml } from '../lib/dom';
import { readMetadata } from '../../lib/page/metadata';
import { extractArticle } from '../../lib/extract/article';
import { buildStoryText } from '../../lib/text/story-text';

for (const f of process.argv.slice(2)) {
  const doc = parseHtml(fs.readFileSync(f, 'utf8'));
  const md = readMetadata(doc);
  const ex = extractArticle(doc, md, md.canonicalUrl);
  const story = buildStoryText(ex.roots, { skip: ex.skip });
  process.stdout.write(`== ${f}\n${story.text}\n`);
}
