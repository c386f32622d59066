/**
 * The rows of the benchmark, in the order they run and print, with what each
 * times (for the docs). Every row is one whole process started afresh, but
 * the dev rows, which time a server that keeps running.
 */
export const rows = {
  'node -e 0': 'starting Node at all',
  'naive pipeline':
    'the reference for the cold path: one process reads each report, gray-matter, a plain zod schema, unified (remark-parse, remark-gfm, remark-rehype, rehype-stringify), one HTML file per report (src/bench/naive-pipeline.ts, compiled beforehand)',
  'bare Eleventy':
    'the reference for the rest: Eleventy 3 with its defaults (markdown-it) and a one-line layout, on the same Markdown files',
  'validate, cold': '`npm run validate` with an empty cache',
  'validate, warm': '`npm run validate` again, nothing changed',
  'validate 1 file':
    '`npm run validate -- <one report>` with an empty cache, started through npm as an editor or a pre-commit hook runs it',
  'build, cold': '`npm run build -- --no-search` with an empty cache into a new folder',
  'build, warm': 'the same build again, nothing changed',
  'build, 1 changed': "the same build after one report's title and text changed",
  'build, no cache':
    '`npm run build -- --no-cache --no-search`: one thread, nothing read from or kept for a later build',
  'search index':
    'the Pagefind step alone over a built site: `writeSearchIndex` of src/build/search-index.ts, run with tsx (the step has no command of its own), and the Pagefind binary it starts',
  'dev, 1 changed': '`npm run dev` running: from saving one report to the server giving its page with the new title',
  'dev, whole site': "the same save, until the rest of the site (the report's chapter listing) shows the new title too",
} as const;

export type RowName = keyof typeof rows;
export const rowNames = Object.keys(rows) as RowName[];

/** The rows timed on the running dev server rather than as processes of their own. */
export const devRows = ['dev, 1 changed', 'dev, whole site'] as const satisfies readonly RowName[];
export type ProcessRowName = Exclude<RowName, (typeof devRows)[number]>;
export const processRowNames = rowNames.filter(
  (name): name is ProcessRowName => !(devRows as readonly string[]).includes(name),
);

/** What the peak memory column covers. */
export const peakNote =
  "peak MiB: the largest resident set (from /usr/bin/time) of the process, threads included, and of each process it waited for (validate 1 file: npm and the node it starts): the largest, not their sum. search index: the node process + the Pagefind binary, measured apart and added (the node API stops the binary without waiting for it, so the node process's figure leaves it out); the sum bounds what the step holds at once.";
