import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bareEleventy } from './bare-eleventy.ts';
import { edited, type Corpus } from './corpus.ts';
import type { Command } from './measure.ts';
import { naivePipeline } from './naive-launcher.ts';
import { pagefindMeter } from './pagefind-meter.ts';
import { projectCommand } from './project-command.ts';
import type { ProcessRowName } from './rows.ts';

/** One run of a row: the process to time, and the site it builds, to check afterwards. */
export interface RowRun {
  command: Command;
  site?: string;
}

export interface Rows {
  /** For each process row, what its next run starts (some rows first empty a folder or edit a report). */
  runs: Record<ProcessRowName, () => RowRun>;
  /** What the warm rows start from, untimed: a build and a check that fill the cache. */
  warmUp: Command[];
}

/**
 * The command of every row over one corpus, with its folders in `scratch`:
 * the output folders and caches, bare Eleventy's input, the compiled naive
 * pipeline and the script that measures Pagefind.
 */
export function processRows(scratch: string, corpus: Corpus): Rows {
  const at = (name: string) => path.join(scratch, name);
  const fresh = (name: string) => {
    rmSync(at(name), { recursive: true, force: true });
    return at(name);
  };
  const bare = bareEleventy(at('bare'), corpus.files);
  const naive = naivePipeline(at('naive'));
  const meter = pagefindMeter(scratch);
  const build = (output: string, ...args: string[]) =>
    projectCommand('build', ['--content', corpus.content, '--output', output, '--no-search', ...args]);
  // The content folder holds no site.yaml: every setting its default, for the build and the check alike.
  const validate = projectCommand('validate', [corpus.reports, '--config', path.join(corpus.content, 'site.yaml')]);
  const warmCache = { MONITOR_CACHE_DIR: at('cache-warm') };
  const changing = path.join(corpus.reports, corpus.changing.name);
  const untouched = path.join(corpus.reports, corpus.files.at(-1)!.name);
  let edits = 0;
  return {
    warmUp: [
      { argv: build(at('warm')), env: warmCache },
      { argv: validate, env: warmCache },
    ],
    runs: {
      'node -e 0': () => ({ command: { argv: [process.execPath, '-e', '0'] } }),
      'naive pipeline': () => ({ command: naive(corpus.reports, fresh('naive-out')) }),
      'bare Eleventy': () => ({ command: { argv: [process.execPath, ...bare(fresh('bare-out'))] } }),
      'validate, cold': () => ({ command: { argv: validate, env: { MONITOR_CACHE_DIR: fresh('cache-validate') } } }),
      'validate, warm': () => ({ command: { argv: validate, env: warmCache } }),
      // As the user types it, so npm's own start is counted.
      'validate 1 file': () => ({
        command: { argv: ['npm', 'run', 'validate', '--', untouched], env: { MONITOR_CACHE_DIR: fresh('cache-one') } },
      }),
      'build, cold': () => ({
        command: { argv: build(fresh('cold')), env: { MONITOR_CACHE_DIR: fresh('cache-cold') } },
        site: at('cold'),
      }),
      'build, warm': () => ({ command: { argv: build(at('warm')), env: warmCache } }),
      'build, 1 changed': () => {
        edits += 1;
        writeFileSync(changing, edited(corpus.changing.text, `Gewijzigd ${edits}`, `Wijziging ${edits}.`));
        return { command: { argv: build(at('warm')), env: warmCache } };
      },
      'build, no cache': () => ({ command: { argv: build(fresh('uncached'), '--no-cache') } }),
      // Kept on the TypeScript loader: the step has no command of its own to compile.
      'search index': () => ({
        command: {
          argv: [
            process.execPath,
            '--import',
            'tsx',
            '-e',
            `import('./src/build/search-index.ts').then(async (m) => console.log(JSON.stringify(await m.writeSearchIndex(${JSON.stringify(at('warm'))}))))`,
          ],
          ...(meter ? { apart: meter } : {}),
        },
      }),
    },
  };
}
