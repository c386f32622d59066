import type { PageFingerprints } from '../model/render-plan.ts';

/** What a build changed against the previous build into the same folder. */
export interface BuildChanges {
  /** Report files added, changed or removed (by their text). */
  reports: { added: string[]; changed: string[]; removed: string[] };
  /**
   * Output pages (`rapporten/x/index.html`) added or whose content changed;
   * every page when the previous build is not comparable (none, or other
   * code, templates, config or address).
   */
  pages: string[];
  /** Pages of the previous build that are gone. */
  removedPages: string[];
  /** Pages of this build. */
  pageCount: number;
  /** Whether there was a comparable previous build; if not, every page counts as changed. */
  compared: boolean;
}

export interface BuildState {
  /** Report file → digest of its text. */
  reports: Record<string, string>;
  pages: PageFingerprints;
}

/**
 * Compares a build with the previous one. Reports are compared by their text
 * whatever else changed; pages only when `previous.pages` was made with the
 * same code, templates, config and address (the caller leaves them out
 * otherwise). `alwaysWritten` are the pages made from the whole model (home,
 * themes…), which have no fingerprint and count as changed.
 */
export function buildChanges(
  previous: { [K in keyof BuildState]?: BuildState[K] | undefined } | undefined,
  current: BuildState,
  alwaysWritten: readonly string[] = [],
): BuildChanges {
  // Without a previous build every report is new.
  const before = previous?.reports ?? {};
  const reports = {
    added: Object.keys(current.reports).filter((file) => !(file in before)),
    changed: Object.keys(current.reports).filter((file) => file in before && before[file] !== current.reports[file]),
    removed: Object.keys(before).filter((file) => !(file in current.reports)),
  };
  const old = previous?.pages;
  // Pages are what readers see and html-validate checks: the open-data files are left out.
  const html = (pages: PageFingerprints) => Object.keys(pages).filter((page) => page.endsWith('.html'));
  const now = html(current.pages);
  const extra = alwaysWritten.filter((page) => page.endsWith('.html') && !(page in current.pages));
  return {
    reports,
    pages: [...now.filter((page) => old?.[page] !== current.pages[page]), ...extra].sort(),
    removedPages: old ? html(old).filter((page) => !(page in current.pages)) : [],
    pageCount: now.length + extra.length,
    compared: old !== undefined,
  };
}
