import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import { runScript } from '../helpers/run.ts';
import { folderSnapshot } from '../helpers/snapshot.ts';

// The cache, the threads, the pages kept from a previous build and writing
// the pages in parts must not change a byte of the site: each build here is
// compared with a build of the same content from scratch, on one thread,
// without a cache (--no-cache), in one part.
const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-cached-'));
const cache = { MONITOR_CACHE_DIR: path.join(scratch, 'cache') };
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A content folder of synthetic reports, with what builds it and edits it. */
function corpus(name: string, reports: number) {
  const content = path.join(scratch, `${name}-content`);
  const folder = path.join(content, 'reports');
  mkdirSync(folder, { recursive: true });
  for (const file of syntheticCorpus(reports, reports * 10)) writeFileSync(path.join(folder, file.name), file.text);

  const build = (output: string, ...args: string[]) => {
    const result = runScript(
      'build.ts',
      ['--content', content, '--output', path.join(scratch, output), ...args],
      cache,
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
    return result.stdout;
  };
  return {
    content,
    reports: folder,
    build,
    /** The reference: everything compiled and rendered afresh. */
    reference(): Record<string, string> {
      build(`${name}-reference`, '--no-cache');
      return folderSnapshot(path.join(scratch, `${name}-reference`));
    },
    edit(file: string, change: (text: string) => string): void {
      writeFileSync(path.join(folder, file), change(readFileSync(path.join(folder, file), 'utf8')));
    },
  };
}

describe('a cached, parallel build', () => {
  // Enough reports for two threads of at least 100 each (about 300 pages).
  const { build, reference } = corpus('parallel', 220);

  it('should write the same bytes as a build from scratch when compiling on two threads into an empty cache, in parts of 50 pages', () => {
    // What an earlier version of the code left in the cache goes when this one writes its entries.
    const stale = path.join(cache.MONITOR_CACHE_DIR, 'reports', 'an-older-version');
    mkdirSync(stale, { recursive: true });
    writeFileSync(path.join(stale, 'entry.bin'), 'old');
    build('parallel', '--threads', '2', '--pages-per-part', '50');
    expect(folderSnapshot(path.join(scratch, 'parallel'))).toEqual(reference());
    expect(existsSync(stale)).toBe(false);
  });
});

describe('an incremental build', () => {
  // What is kept and what is written again does not depend on the size (about 90 pages).
  const { content, reports, build, reference, edit } = corpus('incremental', 60);
  const site = () => folderSnapshot(path.join(scratch, 'site'));
  beforeAll(() => {
    build('site');
  });

  it('should leave the site as it is and say so when nothing changed', () => {
    const before = site();
    expect(build('site')).toMatch(/nothing changed since the previous build/);
    expect(site()).toEqual(before);
  });

  it('should rewrite only what one changed report touches, with the same result as a build from scratch', () => {
    edit('1-2-synthetisch.md', (text) =>
      text.replace(/^title: .*$/m, 'title: "Een nieuwe titel"').replace(/\n$/, '\n\nEen nieuwe alinea [0].\n'),
    );
    const output = build('site');
    // The report page, its neighbours, its listings and its decisions; not the many others.
    const pages = Object.keys(site()).filter((file) => file.endsWith('.html')).length;
    expect(pages).toBeGreaterThan(80);
    expect(Number(/(\d+) unchanged pages kept/.exec(output)?.[1])).toBeGreaterThan(pages - 20);
    expect(site()).toEqual(reference());
  });

  it('should remove the page of a deleted report and follow a change of the site config', () => {
    unlinkSync(path.join(reports, '1-3-synthetisch.md'));
    build('site');
    expect(Object.keys(site()).filter((file) => file.startsWith('rapporten/1-3-synthetisch'))).toEqual([]);
    expect(site()).toEqual(reference());

    writeFileSync(path.join(content, 'site.yaml'), 'siteName: Een andere naam\n');
    expect(build('site')).not.toMatch(/unchanged pages kept/);
    expect(site()).toEqual(reference());
  });

  it('should build everything when a page it would keep is gone from the previous site', () => {
    rmSync(path.join(scratch, 'site/rapporten/2-2-synthetisch/index.html'));
    edit('2-3-synthetisch.md', (text) => text.replace(/\n$/, '\n\nNog een alinea.\n'));
    expect(build('site')).not.toMatch(/unchanged pages kept/);
    expect(site()).toEqual(reference());
  });
});
