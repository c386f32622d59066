import { describe, expect, it } from 'vitest';
import { ruleIds, type RuleId } from '../../src/diagnostics/rules.ts';
import { checkFixtures, fixtureNames } from '../helpers/fixtures.ts';

/**
 * Each fixture in tests/fixtures/invalid/ shows one mistake, named for it,
 * and must produce exactly this one finding: rule, line and column in the
 * file as the editor sees it.
 */
export const invalidFixtures: Record<string, [rule: RuleId, line: number, column: number]> = {
  'empty-file.md': ['file-empty', 1, 1],
  'no-front-matter.md': ['front-matter-missing', 1, 1],
  'front-matter-unclosed.md': ['front-matter-unclosed', 1, 1],
  'yaml-colon-in-unquoted-title.md': ['yaml-syntax', 2, 8],
  'yaml-tab-indentation.md': ['yaml-syntax', 4, 1],
  'front-matter-is-a-list.md': ['front-matter-not-a-mapping', 2, 1],
  'unknown-key-theme.md': ['unknown-key', 6, 1],
  'unknown-key-in-reference.md': ['unknown-key', 18, 5],
  'history-not-a-list.md': ['wrong-type', 7, 10],
  'title-missing.md': ['title-required', 1, 1],
  'title-empty.md': ['title-required', 2, 8],
  'agreement-missing.md': ['agreement-required', 1, 1],
  'agreement-text-empty.md': ['agreement-text-required', 5, 9],
  'section-missing.md': ['section-required', 3, 1],
  'section-unquoted-number.md': ['section-not-a-string', 4, 12],
  'section-not-numbers.md': ['section-format', 4, 12],
  'themes-missing.md': ['themes-required', 1, 1],
  'themes-empty-list.md': ['themes-required', 6, 9],
  'themes-blank-entry.md': ['themes-required', 6, 16],
  'theme-duplicate-with-accent-and-case.md': ['theme-duplicate', 6, 28],
  'status-unknown.md': ['status-unknown', 7, 9],
  'history-status-unknown.md': ['status-unknown', 10, 13],
  'date-not-iso.md': ['date-format', 7, 10],
  'reference-date-missing.md': ['date-format', 16, 5],
  'date-not-in-calendar.md': ['date-not-in-calendar', 17, 11],
  'history-status-mismatch.md': ['history-status-mismatch', 7, 9],
  'history-status-missing.md': ['history-status-mismatch', 7, 1],
  'history-oldest-first.md': ['history-order', 11, 11],
  'reference-id-negative.md': ['reference-id-invalid', 16, 9],
  'reference-id-not-a-whole-number.md': ['reference-id-invalid', 16, 9],
  'reference-id-duplicate.md': ['reference-id-duplicate', 16, 9],
  'reference-untitled.md': ['reference-untitled', 16, 9],
  'reference-url-not-a-url.md': ['reference-url-invalid', 11, 10],
  'reference-url-javascript.md': ['reference-url-not-https', 11, 10],
  'reference-url-http.md': ['reference-url-not-https', 11, 10],
  'reference-url-other-host.md': ['reference-url-host', 11, 10],
  'reference-search-mismatch.md': ['reference-search-mismatch', 11, 10],
  'reference-start-date-mismatch.md': ['reference-date-mismatch', 11, 10],
  'reference-unused.md': ['reference-unused', 12, 9],
  'citation-unknown-reference.md': ['citation-unknown-reference', 19, 45],
  'citation-unknown-reference-crlf-bom.md': ['citation-unknown-reference', 19, 23],
};

/**
 * Rules that need more than one file, tested in sections.test.ts and
 * config.test.ts, the rules of sites with several agreements, tested in
 * agreements.test.ts with the fixtures in tests/fixtures/agreements/, the
 * importer's rules, tested in tests/import/ with the fixtures in
 * tests/fixtures/import/broken/, and the limits and hostile-input rules,
 * tested in tests/robustness/hostile-files.test.ts with the fixtures in
 * tests/fixtures/hostile/ and files made there (folders, pipes, links).
 */
const coveredElsewhere: RuleId[] = [
  'section-duplicate',
  'config-invalid',
  // agreements.test.ts
  'agreement-invalid',
  'agreement-file-missing',
  'agreement-folder-invalid',
  'agreement-stray-file',
  'layout-mixed',
  'continues-unknown-agreement',
  'continues-unknown-section',
  'continues-not-earlier',
  'continues-cycle',
  'reference-outside-term',
  'import-title-missing',
  'import-agreement-missing',
  'import-section-missing',
  'import-agreement-text-missing',
  'import-references-missing',
  'import-reference-unreadable',
  'import-stray-text',
  'import-target-exists',
  'file-unreadable',
  'file-outside-content',
  'file-too-large',
  'file-not-utf8',
  'invisible-character',
  'too-many-aliases',
  'nesting-too-deep',
  'markdown-too-large',
  'too-many-references',
  'title-too-long',
  'report-address-duplicate',
];

describe('invalid fixtures', () => {
  it('should have a failing fixture for every rule in the catalogue', () => {
    const covered = new Set([...Object.values(invalidFixtures).map(([rule]) => rule), ...coveredElsewhere]);
    expect(ruleIds.filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it('should list every fixture in the folder in the table above', () => {
    expect(fixtureNames('invalid')).toEqual(Object.keys(invalidFixtures).sort());
  });

  it.each(Object.entries(invalidFixtures))('%s should produce %j', (name, [rule, line, column]) => {
    const { diagnostics } = checkFixtures(`invalid/${name}`);
    expect(diagnostics.map((d) => ({ rule: d.rule, line: d.line, column: d.column }))).toEqual([
      { rule, line, column },
    ]);
    expect(diagnostics[0]!.file).toBe(`tests/fixtures/invalid/${name}`);
    expect(diagnostics[0]!.message).not.toMatch(/zod|ZodError|Invalid input|undefined/);
  });
});
