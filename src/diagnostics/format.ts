import type { Diagnostic } from './diagnostic.ts';

/** What the line formats need: a diagnostic, or a finding whose rule is another tool's (html-validate's). */
export type Finding = Omit<Diagnostic, 'rule'> & { rule: string };

/** `path:line:column: severity: message (rule)`, then the hint indented below. */
export function formatText(d: Finding): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} (${d.rule})`;
  return d.hint ? `${head}\n    hint: ${d.hint}` : head;
}

export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return JSON.stringify(
    diagnostics.map(({ file, line, column, severity, rule, message, hint }) =>
      hint === undefined
        ? { file, line, column, severity, rule, message }
        : { file, line, column, severity, rule, message, hint },
    ),
    null,
    2,
  );
}

/**
 * A GitHub Actions workflow command, so the finding shows inline on the pull
 * request. https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
export function formatGithub(d: Finding): string {
  const command = d.severity === 'error' ? 'error' : 'warning';
  const props = `file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.rule)}`;
  const text = d.hint ? `${d.message} Hint: ${d.hint}` : d.message;
  return `::${command} ${props}::${escapeData(text)}`;
}

export function formatSummary(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = `${fileCount} ${fileCount === 1 ? 'file' : 'files'}`;
  return `${files} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`;
}

/** "1 error", "2 errors": a count and its English noun. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
