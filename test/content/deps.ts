// Test doubles for the page controller's extension-side dependencies. The text analysis runs in
// process here, as the background worker would run it.
import { vi } from 'vitest';
import type { PageDeps } from '../../entrypoints/content/page';
import { analyseStory } from '../../lib/pipeline';

export function pageDeps(): PageDeps & { lookup: ReturnType<typeof vi.fn<PageDeps['lookup']>>; reportStatus: ReturnType<typeof vi.fn<PageDeps['reportStatus']>> } {
  return {
    lookup: vi.fn<PageDeps['lookup']>(async () => null),
    reportStatus: vi.fn<PageDeps['reportStatus']>(),
    analyse: async (story) => analyseStory(story),
  };
}
