import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../src/diagnostics/rules.ts';
import { siteConfigSchema } from '../src/schema/config.ts';
import { projectRoot } from './helpers/fixtures.ts';

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');

describe('README', () => {
  it('should document every rule id', () => {
    expect(ruleIds.filter((rule) => !readme.includes(`\`${rule}\``))).toEqual([]);
  });

  it('should document every site setting', () => {
    expect(Object.keys(siteConfigSchema.shape).filter((key) => !readme.includes(`\`${key}`))).toEqual([]);
  });
});
