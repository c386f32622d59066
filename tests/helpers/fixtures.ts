import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteConfigSchema } from '../../src/schema/config.ts';
import { checkContent } from '../../src/validate/content.ts';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = path.join(projectRoot, 'tests/fixtures');
export const defaultConfig = siteConfigSchema.parse({});

/** Fixture files of one folder, by name. */
export function fixtureNames(folder: string): string[] {
  return readdirSync(path.join(fixturesDir, folder)).sort();
}

export function readFixture(relative: string): string {
  return readFileSync(path.join(fixturesDir, relative), 'utf8');
}

/** Validates fixture files as one set, with paths as the CLI would show them. */
export function checkFixtures(...relatives: string[]) {
  return checkContent(
    relatives.map((relative) => ({ file: `tests/fixtures/${relative}`, text: readFixture(relative) })),
    defaultConfig,
  );
}
