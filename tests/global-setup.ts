import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { compile } from '../scripts/compile.mjs';
import { runScript } from './helpers/run.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folders of `npm run build` on the shipped content and on the fixture corpus. */
    sites: { real: string; corpus: string };
  }
}

export default async function setup(project: TestProject) {
  // The commands run from their bundle: made once here, not by tests starting commands side by side.
  await compile();
  const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-sites-'));
  const sites = { real: path.join(scratch, 'real'), corpus: path.join(scratch, 'corpus') };
  // The builds and checks the tests run keep their cache here, not in node_modules/.cache.
  process.env.MONITOR_CACHE_DIR = path.join(scratch, 'cache');
  for (const [output, content] of [
    [sites.real, 'content'],
    [sites.corpus, 'tests/fixtures/sites/corpus'],
  ] as const) {
    const result = runScript('build.ts', ['--content', content, '--output', output]);
    if (result.code !== 0) throw new Error(`building ${content} failed:\n${result.stdout}\n${result.stderr}`);
  }
  project.provide('sites', sites);
  return () => rmSync(scratch, { recursive: true, force: true });
}
