import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { compile } from '../scripts/compile.mjs';
import { startScript, type CommandResult } from './helpers/run.ts';

type Site = 'real' | 'corpus';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folders of `npm run build` on the shipped content and on the fixture corpus. */
    sites: Record<Site, string>;
    /** What those builds printed, and their exit codes (0: the setup stops otherwise). */
    builds: Record<Site, CommandResult>;
  }
}

export default async function setup(project: TestProject) {
  // The commands run from their bundle: made once here, not by tests starting commands side by side.
  await compile();
  const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-sites-'));
  const content: Record<Site, string> = { real: 'content', corpus: 'tests/fixtures/sites/corpus' };
  const sites: Record<Site, string> = { real: path.join(scratch, 'real'), corpus: path.join(scratch, 'corpus') };
  // The builds and checks the tests run keep their cache here, not in node_modules/.cache.
  process.env.MONITOR_CACHE_DIR = path.join(scratch, 'cache');
  const build = async (site: Site) => {
    const result = await startScript('build.ts', ['--content', content[site], '--output', sites[site]]);
    if (result.code !== 0) throw new Error(`building ${content[site]} failed:\n${result.stdout}\n${result.stderr}`);
    return result;
  };
  // Side by side: neither build keeps both cores busy for long.
  const [real, corpus] = await Promise.all([build('real'), build('corpus')]);
  project.provide('sites', sites);
  project.provide('builds', { real, corpus });
  return () => rmSync(scratch, { recursive: true, force: true });
}
