/**
 * The catalogue of every rule the validator and the importer apply. Rule ids
 * are stable: they appear in messages, tests, CI annotations and docs/report-format.md,
 * so renaming one is a breaking change for editors' tooling.
 */
export const rules = {
  // Reading the file
  'file-empty': { severity: 'error', summary: 'The file is empty.' },
  'front-matter-missing': {
    severity: 'error',
    summary: 'The file does not start with a `---` front-matter block.',
  },
  'front-matter-unclosed': {
    severity: 'error',
    summary: 'The front-matter block has no closing `---` line.',
  },
  'yaml-syntax': { severity: 'error', summary: 'The front matter is not valid YAML.' },
  'front-matter-not-a-mapping': {
    severity: 'error',
    summary: 'The front matter must be a list of `key: value` lines.',
  },
  'unknown-key': { severity: 'error', summary: 'A key that the format does not know (with a did-you-mean hint).' },
  'wrong-type': { severity: 'error', summary: 'A value of the wrong kind (a list where text is expected, …).' },

  // Fields
  'title-required': { severity: 'error', summary: '`title` is missing or empty.' },
  'agreement-required': { severity: 'error', summary: '`agreement` (section and text) is missing.' },
  'agreement-text-required': { severity: 'error', summary: '`agreement.text` is missing or empty.' },
  'section-required': { severity: 'error', summary: '`agreement.section` is missing.' },
  'section-not-a-string': {
    severity: 'error',
    summary: '`agreement.section` is an unquoted number; YAML reads 2.10 as the number 2.1.',
  },
  'section-format': {
    severity: 'error',
    summary: '`agreement.section` is not dot-separated numbers such as "1.3" or "2.10".',
  },
  'themes-required': { severity: 'error', summary: '`themes` is missing, empty, or holds an empty theme.' },
  'theme-duplicate': {
    severity: 'warning',
    summary: 'The same theme is listed twice (themes ignore case, accents and spaces).',
  },
  'status-unknown': { severity: 'error', summary: 'A status that is not one of the seven known statuses.' },
  'date-format': { severity: 'error', summary: 'A date that is missing or not written as YYYY-MM-DD.' },
  'date-not-in-calendar': { severity: 'error', summary: 'A date that does not exist, such as 2021-02-30.' },

  // History
  'history-status-mismatch': {
    severity: 'error',
    summary: '`status` differs from the status of the newest `history` entry.',
  },
  'history-order': { severity: 'error', summary: '`history` is not ordered newest first.' },

  // References
  'reference-id-invalid': { severity: 'error', summary: 'A reference `id` that is not a non-negative whole number.' },
  'reference-id-duplicate': { severity: 'error', summary: 'Two references with the same `id`.' },
  'reference-untitled': { severity: 'warning', summary: 'A reference without `title` and `url`.' },
  'reference-url-invalid': { severity: 'error', summary: 'A reference `url` that is not a web address.' },
  'reference-url-not-https': {
    severity: 'error',
    summary: 'A reference `url` that does not start with https:// (http:, javascript:, …).',
  },
  'reference-url-host': {
    severity: 'error',
    summary: 'A reference `url` on a host that is not in the allowed list of the site config.',
  },
  'reference-search-mismatch': {
    severity: 'warning',
    summary: 'The `search` text in a decision URL differs from the reference `title`.',
  },
  'reference-date-mismatch': {
    severity: 'warning',
    summary: 'The `startDate` in a decision URL is on another day than the reference `date`.',
  },
  'reference-unused': { severity: 'warning', summary: 'A reference that the body never cites.' },

  // Body
  'citation-unknown-reference': {
    severity: 'error',
    summary: 'A citation [n] in the body whose number is not a reference id of the report.',
  },

  // Across reports
  'section-duplicate': { severity: 'error', summary: 'Two reports cover the same agreement section.' },

  // Site config
  'config-invalid': { severity: 'error', summary: 'A setting in the site config has a wrong value.' },

  // Several agreements (content/agreements/<id>/)
  'agreement-invalid': {
    severity: 'error',
    summary: 'A field of an `agreement.yaml` is missing or has a wrong value (or the term ends before it starts).',
  },
  'agreement-file-missing': {
    severity: 'error',
    summary: 'A folder under `agreements/` without an `agreement.yaml`.',
  },
  'agreement-folder-invalid': {
    severity: 'error',
    summary: 'A folder name under `agreements/` that is not letters, digits and dashes, or is taken by the site.',
  },
  'agreement-stray-file': {
    severity: 'error',
    summary: "A report directly in `agreements/` (or beside `agreement.yaml`) instead of in an agreement's `reports/`.",
  },
  'layout-mixed': {
    severity: 'error',
    summary: 'The content folder holds both `reports/` and `agreements/`: one layout or the other.',
  },
  'continues-unknown-agreement': {
    severity: 'error',
    summary: '`continues.agreement` names an agreement the site does not hold.',
  },
  'continues-unknown-section': {
    severity: 'error',
    summary: '`continues.section` names a section that agreement has no report on.',
  },
  'continues-not-earlier': {
    severity: 'error',
    summary: '`continues` names a section of the same agreement or of a later one.',
  },
  'continues-cycle': { severity: 'error', summary: 'Reports that continue each other in a circle.' },
  'reference-outside-term': {
    severity: 'warning',
    summary: "A reference dated before the agreement's start or after its end.",
  },

  // Importing reports from the older format (npm run import)
  'import-title-missing': { severity: 'error', summary: 'A file to import does not start with a `# Title` line.' },
  'import-agreement-missing': {
    severity: 'error',
    summary: 'A file to import has no closed `Regeerakkoord Sectie` `<details>` block.',
  },
  'import-section-missing': {
    severity: 'error',
    summary: 'The agreement text to import does not start with a section number (1.3).',
  },
  'import-agreement-text-missing': {
    severity: 'error',
    summary: 'The agreement block to import holds a section number but no text.',
  },
  'import-references-missing': {
    severity: 'error',
    summary: 'A file to import has no closed `Referenties` block after the body.',
  },
  'import-reference-unreadable': {
    severity: 'error',
    summary: 'A line in the references block that does not read as a reference.',
  },
  'import-stray-text': { severity: 'error', summary: 'Text before the agreement block or after the references block.' },
  'import-target-exists': {
    severity: 'error',
    summary: 'The report to write exists (see `--force`), or two inputs share its name.',
  },

  // Limits and hostile input (src/limits.ts)
  'file-unreadable': {
    severity: 'error',
    summary: 'A report that is a folder, a pipe or device, a broken link, or cannot be read.',
  },
  'file-outside-content': {
    severity: 'error',
    summary: 'A report that is a symbolic link to a file outside the folder being read.',
  },
  'file-too-large': { severity: 'error', summary: 'The file is larger than 1 MiB.' },
  'file-not-utf8': { severity: 'error', summary: 'The file is not UTF-8 text (with the first bad byte).' },
  'invisible-character': {
    severity: 'error',
    summary: 'A control character (NUL, …) or a byte-order mark after the start of the file.',
  },
  'too-many-aliases': {
    severity: 'error',
    summary: 'The front matter repeats YAML aliases (`*name`) too often ("billion laughs").',
  },
  'nesting-too-deep': {
    severity: 'error',
    summary: 'Front matter or Markdown nested more than 20 levels deep.',
  },
  'markdown-too-large': {
    severity: 'error',
    summary: 'A Markdown text is over 64 KiB, 2,000 lines or 16,000 characters a paragraph.',
  },
  'too-many-references': { severity: 'error', summary: 'A report with more than 1,000 references.' },
  'title-too-long': { severity: 'error', summary: '`title` is longer than 200 characters.' },
  'report-address-duplicate': {
    severity: 'error',
    summary: 'Two report files whose names give the same page address.',
  },
} as const satisfies Record<string, { severity: 'error' | 'warning'; summary: string }>;

export type RuleId = keyof typeof rules;

export const ruleIds = Object.keys(rules) as RuleId[];
