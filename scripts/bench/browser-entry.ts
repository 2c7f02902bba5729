// The pipeline's stages as one script for a plain Chromium page (npm run bench:browser evaluates it
// in the page, where the DOM is the browser's own). Not part of the extension.
import { readMetadata } from '../../lib/page/metadata';
import { detectNews } from '../../lib/detect/news';
import { extractArticle } from '../../lib/extract/article';
import { buildStoryText } from '../../lib/text/story-text';
import { annotate, annotateSteps, analyseStory } from '../../lib/pipeline';

function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const x = f();
  return [x, performance.now() - t];
}

/** One pass over the page's stages, each timed, as the content script would run them. */
function run(url: string | null) {
  const [decided, decision] = time(() => {
    const steps = annotateSteps(document, { url: url ?? undefined });
    let r = steps.next();
    while (!r.done && r.value === null) r = steps.next(); // pauses inside detection
    return r;
  });
  const [md, meta] = time(() => readMetadata(document));
  const [, detect] = time(() => detectNews(document, md, url));
  const [ex, extract] = time(() => extractArticle(document, md, url));
  const [story, text] = time(() => buildStoryText(ex.roots, { skip: ex.skip, maxChars: 120_000 }));
  const [analysis, analyse] = time(() => analyseStory(story));
  const [, pipeline] = time(() => annotate(document, { force: true, url: url ?? undefined, maxChars: 120_000 }));
  return {
    isNews: !decided.done,
    chars: story.text.length,
    ms: { decision, meta, detect, extract, text, people: analysis.stages['people'] ?? 0, quotes: analysis.stages['quotes'] ?? 0, analyse, pipeline },
  };
}

(globalThis as unknown as { __whosaidBench: unknown }).__whosaidBench = { run };
