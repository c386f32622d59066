import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigration, prepareMigration } from '../../src/migrate/apply-migration.ts';
import { projectRoot } from '../helpers/fixtures.ts';

let content: string;
beforeEach(() => {
  content = path.join(mkdtempSync(path.join(tmpdir(), 'apply-migration-')), 'content');
  cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
});
afterEach(() => rmSync(path.dirname(content), { recursive: true, force: true }));

describe('applyMigration', () => {
  it('should undo what it did when a step fails, so the site is as it was', () => {
    const siteYaml = readFileSync(path.join(content, 'site.yaml'), 'utf8');
    const prepared = prepareMigration({ content, agreement: '2019-2024', start: '2019-10-02' });
    if ('refused' in prepared) throw new Error(prepared.refused);
    // A folder where site.yaml's new text is written first: the last step fails, after the move.
    mkdirSync(path.join(content, `site.yaml.${process.pid}.tmp`));

    const result = applyMigration(prepared.plan);

    expect(result?.failed).toMatch(/EEXIST.*; nothing was changed$/);
    expect(existsSync(path.join(content, 'agreements'))).toBe(false);
    expect(readdirSync(path.join(content, 'reports'))).toEqual(['1-3-activering-stimuleren.md']);
    expect(readFileSync(path.join(content, 'site.yaml'), 'utf8')).toBe(siteYaml);
  });
});
