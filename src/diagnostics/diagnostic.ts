import { rules, type RuleId } from './rules.ts';

export type Severity = 'error' | 'warning';

/**
 * One finding about one place in one file. Used alike by the validator, the
 * importer, the build and the command-line tools.
 */
export interface Diagnostic {
  /** Path of the file as the user named it (relative where possible). */
  file: string;
  /** 1-based line, counted in the file as the editor shows it. */
  line: number;
  /** 1-based column. */
  column: number;
  severity: Severity;
  rule: RuleId;
  /** What is wrong, in plain words. */
  message: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
}

export interface Place {
  file: string;
  line: number;
  column: number;
}

/** Builds a diagnostic with the severity its rule has in the catalogue. */
export function diagnostic(rule: RuleId, place: Place, message: string, hint?: string): Diagnostic {
  const result: Diagnostic = { ...place, severity: rules[rule].severity, rule, message: printable(message) };
  if (hint !== undefined) result.hint = printable(hint);
  return result;
}

/** Longest message or hint; longer ones quote pasted text at length. */
const maxLength = 1000;

/**
 * Messages quote what the editor wrote, which can hold anything: a finding
 * stays one line of visible text (line breaks, control characters and
 * byte-order marks are shown as escapes) of reasonable length.
 */
function printable(text: string): string {
  const visible = text.replace(/[\p{Cc}\u2028\u2029\ufeff]/gu, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
  if (visible.length <= maxLength) return visible;
  // Not between the two halves of a character outside the BMP (an emoji).
  const end = /[\ud800-\udbff]/.test(visible[maxLength - 1]!) ? maxLength - 1 : maxLength;
  return `${visible.slice(0, end)}…`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders findings by file, then position, so output is stable. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

/** Thrown where a pipeline step cannot go on; carries every finding. */
export class DiagnosticsError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(`${diagnostics.filter((d) => d.severity === 'error').length} error(s) in the content`);
    this.name = 'DiagnosticsError';
    this.diagnostics = diagnostics;
  }
}
