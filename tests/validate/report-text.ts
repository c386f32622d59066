import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import type { Term } from '../../src/model/agreements.ts';
import type { SiteConfig } from '../../src/schema/config.ts';
import { checkReport } from '../../src/validate/report.ts';
import { defaultConfig } from '../helpers/fixtures.ts';

/**
 * A report written out in a test, line by line, so that the line and column
 * of each finding can be read off the test itself. Lines 1–6 are always:
 *
 *     1 ---
 *     2 title: Werk
 *     3 agreement:
 *     4   section: "2.1"
 *     5   text: Werk en zorg.
 *     6 themes: [werk]
 *
 * then the `extra` front-matter lines from line 7, the closing `---`, and the body.
 */
export function reportText(extra: readonly string[] = [], body: readonly string[] = ['Tekst.']): string {
  return [
    '---',
    'title: Werk',
    'agreement:',
    '  section: "2.1"',
    '  text: Werk en zorg.',
    'themes: [werk]',
    ...extra,
    '---',
    ...body,
    '',
  ].join('\n');
}

/** Checks one report as the validator does, named `r.md`. */
export function check(text: string, options: { config?: SiteConfig; term?: Term } = {}) {
  const source = options.term ? { file: 'r.md', text, term: options.term } : { file: 'r.md', text };
  return checkReport(source, options.config ?? defaultConfig);
}

/** Rule, severity, line and column of each finding: what an editor reads first. */
export function where(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map((d) => [d.rule, d.severity, d.line, d.column]);
}
