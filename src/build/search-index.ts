import * as pagefind from 'pagefind';
import path from 'node:path';

/**
 * Indexes a built site for full-text search with Pagefind, writing the index
 * and its UI into `<site>/pagefind/`. Pages mark what is indexed
 * (`data-pagefind-body`), ignored, filtered and shown in results.
 * https://pagefind.app/docs/node-api/
 */
export async function writeSearchIndex(site: string): Promise<{ pages: number; errors: string[] }> {
  // The site is Dutch throughout: Dutch stemming, and the UI in Dutch.
  const created = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!created.index) return { pages: 0, errors: created.errors };
  try {
    const added = await created.index.addDirectory({ path: site });
    const written = await created.index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    return { pages: added.page_count, errors: [...created.errors, ...added.errors, ...written.errors] };
  } finally {
    await pagefind.close();
  }
}

/** Stops a Pagefind run that is under way (its indexer is a process of its own). */
export async function stopSearchIndex(): Promise<void> {
  await pagefind.close();
}
