import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { termOf, type Agreement } from '../model/agreements.ts';
import type { SiteConfig } from '../schema/config.ts';
import { readLayout, type ContentLayout } from './content-layout.ts';
import { markdownFilesIn, readStoredReports, type StoredSource } from './content-files.ts';

export interface ContentReports {
  layout: ContentLayout;
  /** Every report read, with the term of the agreement it belongs to (on a site with several). */
  sources: StoredSource[];
  diagnostics: Diagnostic[];
  fileCount: number;
  /** Whether every report of an agreement was read (not so when some files were named). */
  complete: (id: string) => boolean;
}

/**
 * The reports of a content folder, each with its agreement: all of them, or
 * only the files and folders named (the validator's arguments), whose
 * agreement is the one whose folder holds them. Throws UsageError where
 * there is nothing to read, as readStoredReports does.
 */
export function readContent(content: string, config: SiteConfig, named?: readonly string[]): ContentReports {
  const layout = readLayout(content, config);
  const sources: StoredSource[] = [];
  const diagnostics = [...layout.diagnostics];
  let fileCount = 0;
  const add = (read: ReturnType<typeof readStoredReports>, agreement?: Agreement) => {
    // The one agreement of a site with one has no term to check against: its
    // reports are read as sites began, and their cache entries stay the same.
    const term = agreement && layout.several ? termOf(agreement) : undefined;
    sources.push(...(term ? read.sources.map((source) => ({ ...source, term })) : read.sources));
    diagnostics.push(...read.diagnostics);
    fileCount += read.fileCount;
  };
  if (named !== undefined && named.length > 0) {
    const read = readStoredReports(named);
    const byFolder = layout.agreements.map(({ agreement, reports }) => ({ agreement, folder: path.resolve(reports) }));
    for (const source of read.sources) {
      const file = path.resolve(source.file);
      const owner = byFolder.find(({ folder }) => file.startsWith(folder + path.sep));
      add({ sources: [source], diagnostics: [], fileCount: 0 }, owner?.agreement);
    }
    add({ sources: [], diagnostics: read.diagnostics, fileCount: read.fileCount });
    return { layout, sources, diagnostics, fileCount, complete: () => false };
  }
  for (const { agreement, reports } of layout.agreements) {
    // An agreement just begun may have no reports yet; a site with one agreement must have some.
    if (layout.several && markdownFilesIn(reports).length === 0) continue;
    add(readStoredReports([reports]), agreement);
  }
  return { layout, sources, diagnostics, fileCount, complete: () => true };
}
