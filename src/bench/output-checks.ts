import type { RowName } from './rows.ts';
import type { CheckResult } from './targets.ts';

/** What one run of a row left behind: what it printed and, for a build, the site it wrote. */
export interface RunOutput {
  stdout: string;
  site?: { folder: string; pages: ReadonlyMap<string, number> };
}

export interface Verdict {
  met: boolean;
  /** What was found, as printed. */
  shown: string;
}

/**
 * What the output of a row must show on every run: the budgets of the
 * 4,000-report site (once a test of its own) and that each process did its
 * work, so that a fast figure is never one of a failed or empty run.
 */
export interface OutputCheck {
  name: string;
  row: RowName;
  /** As printed in the limit column. */
  expected: string;
  check(output: RunOutput, reports: number): Verdict;
}

const clean = (files: number) => `${files} ${files === 1 ? 'file' : 'files'} checked: 0 errors, 0 warnings.`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** A report's page: at rapporten/<slug>/, or <id>/rapporten/<slug>/ on a site with several agreements. */
const isReportPage = (file: string) => /^([^/]+\/)?rapporten\/[^/]+\/index\.html$/.test(file);
const firstLine = (text: string) => text.trim().split('\n')[0] ?? '';
/** A line without the scratch folder it names. */
const folderless = (line: string) => line.replace(/ to \/.*$/, '');

export const outputChecks: readonly OutputCheck[] = [
  {
    name: 'naive pipeline: a page per report',
    row: 'naive pipeline',
    expected: 'all written',
    check: (o, n) => ({
      met: o.stdout.startsWith(`naive: ${n} reports written`),
      shown: folderless(firstLine(o.stdout)),
    }),
  },
  {
    name: 'validate, cold: every report, no finding',
    row: 'validate, cold',
    expected: 'no finding',
    check: (o, n) => ({ met: o.stdout === `${clean(n)}\n`, shown: firstLine(o.stdout) }),
  },
  {
    name: 'validate 1 file: no finding',
    row: 'validate 1 file',
    expected: 'no finding',
    check: (o) => ({ met: o.stdout.includes(clean(1)), shown: o.stdout.includes(clean(1)) ? clean(1) : o.stdout }),
  },
  {
    name: 'build, cold: no finding',
    row: 'build, cold',
    expected: 'no finding',
    check: (o) => {
      const finding = /^.*: (error|warning): .*$/m.exec(o.stdout);
      return { met: !finding, shown: finding ? finding[0] : 'none' };
    },
  },
  {
    name: 'build, cold: every report written',
    row: 'build, cold',
    expected: 'all written',
    check: (o, n) => {
      const line = `build: ${n} reports written to ${o.site?.folder}/`;
      return { met: o.stdout.includes(line), shown: folderless(/^build: .*$/m.exec(o.stdout)?.[0] ?? 'no build line') };
    },
  },
  {
    name: 'build, cold: a page per report',
    row: 'build, cold',
    expected: 'one each',
    check: (o, n) => {
      const count = [...(o.site?.pages.keys() ?? [])].filter(isReportPage).length;
      return { met: count === n, shown: `${count} of ${n}` };
    },
  },
  {
    name: 'build, cold: decisions split by year and page',
    row: 'build, cold',
    expected: 'by year, in pages',
    check: (o) => {
      const missing = ['beslissingen/2021/index.html', 'beslissingen/2021/2/index.html'].filter(
        (file) => !o.site?.pages.has(file),
      );
      return { met: missing.length === 0, shown: missing.length ? `missing ${missing.join(', ')}` : 'present' };
    },
  },
  {
    name: 'build, cold: every page',
    row: 'build, cold',
    expected: '< 200 KiB',
    check: (o) => largest(o, () => true, 200 * 1024),
  },
  {
    name: 'build, cold: every report page',
    row: 'build, cold',
    expected: '< 60 KiB',
    check: (o) => largest(o, isReportPage, 60 * 1024),
  },
  {
    name: 'search index: pages indexed, no error',
    row: 'search index',
    expected: 'no error',
    check: (o) => {
      let result: { pages?: unknown; errors?: unknown } = {};
      try {
        result = JSON.parse(o.stdout.trim().split('\n').at(-1) ?? '');
      } catch {
        // Not what the row prints: a miss.
      }
      const errors = Array.isArray(result.errors) ? result.errors : ['no result'];
      const pages = typeof result.pages === 'number' ? result.pages : 0;
      return { met: pages > 0 && errors.length === 0, shown: `${pages} pages, ${errors.length} errors` };
    },
  },
];

function largest(output: RunOutput, which: (file: string) => boolean, limit: number): Verdict {
  const pages = [...(output.site?.pages ?? [])].filter(([file]) => which(file));
  if (!pages.length) return { met: false, shown: 'no pages' };
  const [file, size] = pages.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { met: size < limit, shown: `largest ${kib(size)} (${file})` };
}

/**
 * Each check over every run of its row: met when it was met on every run
 * (and there was one); shows the first miss, else the last run's finding.
 */
export function evaluateOutputs(
  checks: readonly OutputCheck[],
  verdicts: ReadonlyMap<string, readonly Verdict[]>,
): CheckResult[] {
  return checks.map((check) => {
    const list = verdicts.get(check.name) ?? [];
    const missed = list.filter((verdict) => !verdict.met);
    const shown = missed[0]?.shown ?? list.at(-1)?.shown ?? 'not run';
    return {
      name: check.name,
      measured: missed.length ? `${shown} (missed in ${missed.length} of ${list.length} runs)` : shown,
      limit: check.expected,
      met: list.length > 0 && missed.length === 0,
    };
  });
}
