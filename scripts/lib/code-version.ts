import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteConfig } from '../../src/schema/config.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A hash of the code that turns content into output: the given folders and
 * files of the project, and the locked versions of every library. Anything
 * cached under it is dropped by a change to any of them.
 */
export function codeVersion(parts: readonly string[]): string {
  const files = [...parts, 'package-lock.json'].flatMap((part) => listFiles(path.join(root, part)));
  const hash = createHash('sha256').update(`${process.versions.v8}\0`);
  for (const file of files) hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

function listFiles(file: string): string[] {
  try {
    return readdirSync(file, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return [file];
    throw error;
  }
}

/** Everything a page depends on besides its own data: templates, code, libraries, config. */
export function pageSalt(config: SiteConfig): string {
  const code = codeVersion(['src', 'templates', '.eleventy.js']);
  return createHash('sha256')
    .update(`${code}\0${JSON.stringify(config)}`)
    .digest('hex');
}
