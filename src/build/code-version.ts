import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SiteConfig } from '../schema/config.ts';
import { filesUnder } from './files-under.ts';
import { projectRoot } from '../project-root.ts';

const root = projectRoot;

/**
 * A hash of the code that turns content into output: the given folders and
 * files of the project, and the locked versions of every library. Anything
 * cached under it is dropped by a change to any of them.
 */
export function codeVersion(parts: readonly string[]): string {
  const hash = createHash('sha256').update(`${process.versions.v8}\0`);
  for (const part of [...parts, 'package-lock.json']) hash.update(`${part}\0${partVersion(part)}\0`);
  return hash.digest('hex');
}

// Each part is read once per process: the compile cache and the page
// fingerprints both hash src/ and the lockfile.
const partVersions = new Map<string, string>();

function partVersion(part: string): string {
  let version = partVersions.get(part);
  if (version === undefined) {
    const full = path.join(root, part);
    const files = statSync(full).isDirectory() ? filesUnder(full).map((file) => path.join(full, file)) : [full];
    const hash = createHash('sha256');
    for (const file of files) hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file));
    version = hash.digest('hex');
    partVersions.set(part, version);
  }
  return version;
}

/**
 * Everything a page depends on besides its own data: templates, code,
 * libraries, config. `pages` leaves out the site's address, so that the
 * pages of builds at two addresses (a pull request's and the published
 * site's) can be compared; `build` is the whole of it, for keeping pages.
 */
export function pageSalt(config: SiteConfig): { pages: string; build: string } {
  const code = codeVersion(['src', 'templates', '.eleventy.js']);
  const { baseUrl, ...rest } = config;
  const pages = createHash('sha256')
    .update(`${code}\0${JSON.stringify(rest)}`)
    .digest('hex');
  return {
    pages,
    build: createHash('sha256')
      .update(`${pages}\0${baseUrl ?? ''}`)
      .digest('hex'),
  };
}
