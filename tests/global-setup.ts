import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { compile } from '../scripts/compile.mjs';
import { startScript, type CommandResult } from './helpers/run.ts';

type Site = 'real' | 'corpus' | 'several';

declare module 'vitest' {
  export interface ProvidedContext {
    /**
     * Output folders of `npm run build` on the shipped content, on the fixture
     * corpus, and on a site with several agreements (published at an address).
     */
    sites: Record<Site, string>;
    /** What those builds printed, and their exit codes (0: the setup stops otherwise). */
    builds: Record<Site, CommandResult>;
  }
}

export default async function setup(project: TestProject) {
  // The commands run from their bundle: made once here, not by tests starting commands side by side.
  await compile();
  const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-sites-'));
  const content: Record<Site, string> = {
    real: 'content',
    corpus: 'tests/fixtures/sites/corpus',
    several: 'tests/fixtures/sites/three-agreements',
  };
  const sites = Object.fromEntries(Object.keys(content).map((site) => [site, path.join(scratch, site)])) as Record<
    Site,
    string
  >;
  const extra: Record<Site, string[]> = {
    real: [],
    corpus: [],
    several: ['--base-url', 'https://monitor.example.org/'],
  };
  // The builds and checks the tests run keep their cache here, not in node_modules/.cache.
  process.env.MONITOR_CACHE_DIR = path.join(scratch, 'cache');
  const build = async (site: Site) => {
    const result = await startScript('build.ts', ['--content', content[site], '--output', sites[site], ...extra[site]]);
    if (result.code !== 0) throw new Error(`building ${content[site]} failed:\n${result.stdout}\n${result.stderr}`);
    return result;
  };
  // Side by side: none of the builds keeps both cores busy for long.
  const [real, corpus, several] = await Promise.all([build('real'), build('corpus'), build('several')]);
  project.provide('sites', sites);
  project.provide('builds', { real, corpus, several });
  return () => rmSync(scratch, { recursive: true, force: true });
}
