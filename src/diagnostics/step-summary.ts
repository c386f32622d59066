import type { BuildChanges } from '../build/changes.ts';
import type { Diagnostic } from './diagnostic.ts';
import { formatSummary, plural } from './format.ts';

/** Rows of findings shown; a summary is for reading, and GitHub takes at most 1 MiB of it. */
const maxRows = 200;
/** Report files listed by name under each heading. */
const maxFiles = 50;

/**
 * The findings of a command as Markdown for a pull request's job summary
 * (GITHUB_STEP_SUMMARY): a heading with the counts, then one table row per
 * finding with its file and line, rule and message.
 */
export function findingsMarkdown(command: string, diagnostics: readonly Diagnostic[], fileCount: number): string {
  const lines = [`### ${command}: ${formatSummary(diagnostics, fileCount)}`, ''];
  if (diagnostics.length === 0) return lines.join('\n');
  lines.push('| File and line | Rule | Message |', '| --- | --- | --- |');
  for (const d of diagnostics.slice(0, maxRows)) {
    const message = d.hint ? `${d.message} Hint: ${d.hint}` : d.message;
    lines.push(`| ${cell(`${d.file}:${d.line}:${d.column}`)} | ${d.severity} ${cell(d.rule)} | ${cell(message)} |`);
  }
  if (diagnostics.length > maxRows) lines.push('', `And ${diagnostics.length - maxRows} more: see the job's log.`);
  return lines.join('\n') + '\n';
}

/** Which reports and how many pages a build changed, as Markdown for the job summary. */
export function changesMarkdown(changes: BuildChanges): string {
  const { reports } = changes;
  const lines = [
    `**Pages**: ${
      changes.compared
        ? `${plural(changes.pages.length, 'page')} of ${changes.pageCount} changed against the previous build` +
          (changes.removedPages.length ? `, ${plural(changes.removedPages.length, 'page')} removed.` : '.')
        : `all ${plural(changes.pageCount, 'page')} written; there is no previous build to compare with (none in the cache, or the code, templates, site config or address changed).`
    }`,
    '',
  ];
  const groups = [
    ['Reports added', reports.added],
    ['Reports changed', reports.changed],
    ['Reports removed', reports.removed],
  ] as const;
  if (groups.every(([, files]) => files.length === 0)) lines.push('No report changed since the previous build.', '');
  for (const [label, files] of groups) {
    if (files.length === 0) continue;
    lines.push(`**${label}** (${files.length}):`, '');
    for (const file of files.slice(0, maxFiles)) lines.push(`- ${cell(file)}`);
    if (files.length > maxFiles) lines.push(`- and ${files.length - maxFiles} more`);
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * Text as it should read in a Markdown table cell: messages quote what the
 * editor wrote, and a `|`, `<` or `*` there must not turn into table, HTML or
 * emphasis.
 */
function cell(text: string): string {
  return text
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
