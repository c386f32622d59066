import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import { folderSnapshot } from '../helpers/snapshot.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { commandArgs, runScript } from '../helpers/run.ts';

// A build killed at any moment, even while Pagefind writes the search index,
// must leave the published folder byte for byte as it was; the next build
// cleans up after it. The builds are killed with SIGKILL, which no code can
// catch: what protects the site is that nothing touches it before the swap.
const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-atomic-'));
const output = path.join(scratch, 'site');
const content = path.join(scratch, 'content');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The processes whose parent is `pid`, from /proc (Linux). */
function childrenOf(pid: number): { pid: number; command: string }[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        // The command name, in parentheses, may hold spaces; the parent pid is the second field after it.
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (parent !== pid) return [];
        return [{ pid: Number(name), command: readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ') }];
      } catch {
        return []; // gone meanwhile
      }
    });
}

/**
 * Starts `npm run build` as its own process and kills it (SIGKILL) the
 * moment `ready` says so, polling every few milliseconds. Returns the
 * staging folder it was building in.
 */
async function killBuildWhen(ready: (staging: string, pid: number) => boolean): Promise<string> {
  const build = spawn(process.execPath, commandArgs('build', ['--content', content, '--output', output]), {
    cwd: projectRoot,
    stdio: 'ignore',
  });
  const pid = build.pid!;
  const staging = `${output}.staging-${pid}`;
  const exited = new Promise<void>((resolve) => build.on('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  while (!ready(staging, pid)) {
    if (build.exitCode !== null || Date.now() > deadline) throw new Error('the build ended before the moment came');
    await sleep(3);
  }
  const helpers = childrenOf(pid);
  build.kill('SIGKILL');
  await exited;
  // Pagefind's own process ends when its parent's pipe closes; make sure.
  for (const helper of helpers) {
    try {
      process.kill(helper.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return staging;
}

const pagefindRunning = (pid: number) => childrenOf(pid).some((child) => child.command.includes('pagefind'));

describe('a build killed halfway', () => {
  let before: Record<string, string>;
  const killed: string[] = [];
  beforeAll(() => {
    // The site to keep: a small one. The build to kill: 150 reports, which
    // take seconds to render and about half a second to index.
    const first = runScript('build.ts', ['--content', 'tests/fixtures/sites/two-reports', '--output', output]);
    if (first.code !== 0) throw new Error(first.stdout + first.stderr);
    before = folderSnapshot(output);
    mkdirSync(path.join(content, 'reports'), { recursive: true });
    for (const file of syntheticCorpus(150, 3000)) writeFileSync(path.join(content, 'reports', file.name), file.text);
  });

  it('should leave the previous site byte for byte as it was when killed while Eleventy writes pages', async () => {
    let pagefindSeen = false;
    const staging = await killBuildWhen((folder, pid) => {
      pagefindSeen ||= pagefindRunning(pid);
      return existsSync(path.join(folder, 'rapporten'));
    });
    killed.push(staging);
    expect(pagefindSeen).toBe(false);
    expect(existsSync(staging)).toBe(true);
    expect(existsSync(path.join(staging, 'pagefind'))).toBe(false);
    expect(folderSnapshot(output)).toEqual(before);
  });

  it('should leave the previous site byte for byte as it was when killed during the Pagefind step', async () => {
    const staging = await killBuildWhen((_folder, pid) => pagefindRunning(pid));
    killed.push(staging);
    // Eleventy had finished: every report page was there, the search index not yet in place.
    expect(readdirSync(path.join(staging, 'rapporten'))).toHaveLength(150);
    expect(folderSnapshot(output)).toEqual(before);
    // This build, as it started, removed what the first killed build left.
    expect(existsSync(killed[0]!)).toBe(false);
  });

  it('should clean up after the killed builds on the next build, even one that stops on findings', () => {
    expect(existsSync(killed[1]!)).toBe(true);
    // And what a build killed between the two renames of the swap leaves: the site renamed away.
    const pid = Number(/(\d+)$/.exec(killed[0]!)![1]);
    renameSync(output, `${output}.old-${pid}`);
    const failed = runScript('build.ts', ['--content', 'tests/fixtures/sites/broken', '--output', output]);
    expect(failed.code).toBe(1);
    expect(readdirSync(scratch).filter((name) => name.startsWith('site.'))).toEqual([]);
    expect(folderSnapshot(output)).toEqual(before);
  });

  it('should then build and swap in the new site, and remove the old one in the background', async () => {
    const next = runScript('build.ts', ['--content', content, '--output', output, '--no-search']);
    expect(next.code, next.stdout + next.stderr).toBe(0);
    expect(readdirSync(path.join(output, 'rapporten'))).toHaveLength(150);
    const leftovers = () => readdirSync(scratch).filter((name) => name.startsWith('site.'));
    for (let waited = 0; leftovers().length > 0 && waited < 20_000; waited += 100) await sleep(100);
    expect(leftovers()).toEqual([]);
  });
});
