import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules, ruleIds } from '../src/diagnostics/rules.ts';
import { allStatuses } from '../src/model/statuses.ts';
import { siteConfigSchema } from '../src/schema/config.ts';
import { projectRoot } from './helpers/fixtures.ts';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const contributing = readFileSync(path.join(projectRoot, 'CONTRIBUTING.md'), 'utf8');

/** The list items of one `## ` section that start with a code span: [code, rest of the line]. */
function codeItems(markdown: string, heading: string): [string, string][] {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`no section "## ${heading}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  return [...markdown.slice(start, end === -1 ? undefined : end).matchAll(/^- `([^`]+)`(.*)$/gm)].map((match) => [
    match[1]!,
    match[2]!,
  ]);
}

describe('README', () => {
  it('should document every rule id', () => {
    expect(ruleIds.filter((rule) => !readme.includes(`\`${rule}\``))).toEqual([]);
  });

  it('should document every site setting', () => {
    expect(Object.keys(siteConfigSchema.shape).filter((key) => !readme.includes(`\`${key}`))).toEqual([]);
  });
});

describe('CONTRIBUTING.md', () => {
  it('should explain every rule id of the catalogue once, in its order, and no other', () => {
    expect(codeItems(contributing, 'Wat betekent deze melding?').map(([rule]) => rule)).toEqual(ruleIds);
  });

  it('should give each rule the severity the catalogue gives it', () => {
    const wrong = codeItems(contributing, 'Wat betekent deze melding?').filter(
      ([rule, line]) =>
        !line.startsWith(rules[rule as keyof typeof rules].severity === 'error' ? ' (fout): ' : ' (waarschuwing): '),
    );
    expect(wrong).toEqual([]);
  });

  it('should list exactly the seven statuses, with the label and meaning the site shows', () => {
    expect(codeItems(contributing, 'De statussen')).toEqual(
      allStatuses.map(({ status, label, meaning }) => [status, ` — **${label}**: ${meaning}`]),
    );
  });
});
