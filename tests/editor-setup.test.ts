import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../src/diagnostics/diagnostic.ts';
import { formatText } from '../src/diagnostics/format.ts';
import { agreementsFolderName } from '../src/build/content-layout.ts';
import { agreementFileName } from '../src/schema/agreement.ts';
import { agreementJsonSchemaFile } from '../src/schema/json-schema.ts';
import { projectRoot } from './helpers/fixtures.ts';

interface Task {
  label: string;
  type: string;
  script: string;
  problemMatcher: { pattern: Record<string, string | number> & { regexp: string } };
}

const { tasks } = JSON.parse(readFileSync(path.join(projectRoot, '.vscode/tasks.json'), 'utf8')) as { tasks: Task[] };
const task = tasks.find((t) => t.label === 'Rapporten valideren')!;

/** What VS Code reads from one line of output, by the task's problem matcher. */
function matched(line: string): Record<string, string> | undefined {
  const { regexp, ...groups } = task.problemMatcher.pattern;
  const match = new RegExp(regexp).exec(line);
  if (!match) return undefined;
  return Object.fromEntries(Object.entries(groups).map(([name, index]) => [name, match[Number(index)]!]));
}

describe('the VS Code task', () => {
  it('should run npm run validate', () => {
    expect([task.type, task.script]).toEqual(['npm', 'validate']);
  });

  it('should read file, line, column, severity, message and rule from a finding of the validator', () => {
    const finding = diagnostic(
      'section-not-a-string',
      { file: 'content/reports/2-10-werk: en zorg (1).md', line: 4, column: 12 },
      '`agreement.section` must be a quoted string: YAML reads the unquoted 2.10 as the number 2.1',
      'write section: "2.10" with the quotes',
    );
    const [head, hint] = formatText(finding).split('\n');
    expect(matched(head!)).toEqual({
      file: 'content/reports/2-10-werk: en zorg (1).md',
      line: '4',
      column: '12',
      severity: 'error',
      message: finding.message,
      code: 'section-not-a-string',
    });
    expect(matched(hint!)).toBeUndefined();
  });

  it('should read warnings as warnings', () => {
    const finding = diagnostic('reference-unused', { file: 'a.md', line: 12, column: 9 }, 'reference 3 is never cited');
    expect(matched(formatText(finding))).toMatchObject({ severity: 'warning', code: 'reference-unused' });
  });
});

describe('completion and checks in agreement.yaml', () => {
  const readJson = (file: string) => JSON.parse(readFileSync(path.join(projectRoot, file), 'utf8')) as unknown;
  const settings = readJson('.vscode/settings.json') as { 'yaml.schemas': Record<string, string> };
  const { recommendations } = readJson('.vscode/extensions.json') as { recommendations: string[] };

  it('should give the Red Hat YAML extension the agreement schema for every agreement.yaml', () => {
    expect(settings['yaml.schemas']).toEqual({
      [`./${agreementJsonSchemaFile}`]: `content/${agreementsFolderName}/*/${agreementFileName}`,
    });
  });

  it('should recommend that extension beside remark', () => {
    expect(recommendations).toEqual(['unifiedjs.vscode-remark', 'redhat.vscode-yaml']);
  });
});
