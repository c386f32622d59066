import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { ruleIds } from '../../src/diagnostics/rules.ts';

/**
 * What must hold of every finding about a text, whatever the text: a known
 * rule, a place inside the file (line 1 to the last line, column 1 to one
 * past the end of that line, lines counted as an editor counts them), and a
 * message and hint that print as one line of visible text. Returns the
 * findings that break it, described, so a failing property shows them.
 */
export function misplacedFindings(text: string, diagnostics: readonly Diagnostic[]): string[] {
  // A byte-order mark at the start is not part of any line.
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\n|\r/);
  const wrong: string[] = [];
  for (const d of diagnostics) {
    const line = lines[d.line - 1];
    const problems = [
      !ruleIds.includes(d.rule) && 'unknown rule',
      !(Number.isInteger(d.line) && line !== undefined) && `line ${d.line} of ${lines.length}`,
      !(Number.isInteger(d.column) && d.column >= 1 && d.column <= (line?.length ?? 0) + 1) &&
        `column ${d.column} of ${(line?.length ?? 0) + 1}`,
      !printable(d.message) && 'message not one printable line',
      d.hint !== undefined && !printable(d.hint) && 'hint not one printable line',
      d.message.length > 1001 && 'message too long',
    ].filter(Boolean);
    if (problems.length) wrong.push(`${d.rule} at ${d.line}:${d.column}: ${problems.join(', ')} (${d.message})`);
  }
  return wrong;
}

function printable(text: string): boolean {
  return text.length > 0 && !/[\p{Cc}\u2028\u2029\ufeff]/u.test(text);
}
