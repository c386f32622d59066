import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/** What happened in the dev server that the person running it should hear about. */
export type DevEvent =
  /** The pages of edited reports are written first; the whole site follows. */
  | { kind: 'preview'; pages: number }
  /** The validator's findings in the content just read. */
  | { kind: 'findings'; findings: Diagnostic[]; fileCount: number }
  /** The content was read without errors; `pages` of its pages are to be written. */
  | { kind: 'rebuild'; reports: number; pages: number }
  /** The content has errors: the last good site stays. */
  | { kind: 'content-errors' }
  /** A file was saved again while it was read; that save brings the next rebuild. */
  | { kind: 'changed-while-reading'; file: string }
  /** The content folder cannot be read as one (no reports folder). */
  | { kind: 'usage-error'; message: string }
  /** A search index run ended. */
  | { kind: 'search-index'; pages: number; errors: string[] };
