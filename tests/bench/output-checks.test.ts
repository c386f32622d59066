import { describe, expect, it } from 'vitest';
import { evaluateOutputs, outputChecks, type RunOutput, type Verdict } from '../../src/bench/output-checks.ts';

/** The verdicts of every check of `row` on one run's output. */
function verdicts(row: string, output: RunOutput, reports = 2): Map<string, Verdict[]> {
  return new Map(outputChecks.filter((c) => c.row === row).map((c) => [c.name, [c.check(output, reports)]]));
}

const site = (pages: [string, number][]) => ({ folder: '/tmp/x/cold', pages: new Map(pages) });
const goodSite = site([
  ['index.html', 30_000],
  ['rapporten/1-1-synthetisch/index.html', 40_000],
  ['rapporten/2-1-synthetisch/index.html', 41_000],
  ['beslissingen/2021/index.html', 150_000],
  ['beslissingen/2021/2/index.html', 150_000],
]);

describe('the output checks of the former 4,000-report budget test', () => {
  it('should meet every check of a cold build that wrote its site within the budgets', () => {
    const output = { stdout: 'build: 2 reports written to /tmp/x/cold/\n', site: goodSite };
    const results = evaluateOutputs(
      outputChecks.filter((c) => c.row === 'build, cold'),
      verdicts('build, cold', output),
    );
    expect(results.map((r) => [r.name, r.met])).toEqual([
      ['build, cold: no finding', true],
      ['build, cold: every report written', true],
      ['build, cold: a page per report', true],
      ['build, cold: decisions split by year and page', true],
      ['build, cold: every page', true],
      ['build, cold: every report page', true],
    ]);
  });

  it('should miss each budget a build breaks', () => {
    const output = {
      stdout: 'content/reports/x.md:3:1: warning: something (rule)\nbuild: 1 reports written to /tmp/x/cold/\n',
      site: site([
        ['rapporten/1-1-synthetisch/index.html', 61 * 1024],
        ['beslissingen/2021/index.html', 201 * 1024],
      ]),
    };
    const results = evaluateOutputs(
      outputChecks.filter((c) => c.row === 'build, cold'),
      verdicts('build, cold', output),
    );
    expect(results.every((r) => !r.met)).toBe(true);
    expect(results.find((r) => r.name === 'build, cold: every page')!.measured).toMatch(
      /^largest 201\.0 KiB \(beslissingen\/2021\/index\.html\)/,
    );
  });

  it('should hold the report pages of a site with several agreements, under <id>/rapporten/, to theirs', () => {
    const output = {
      stdout: 'build: 1 reports written to /tmp/x/cold/\n',
      site: site([
        ['index.html', 30_000],
        ['2019-2024/rapporten/1-1-synthetisch/index.html', 61 * 1024],
      ]),
    };
    const [pages, reports] = ['build, cold: a page per report', 'build, cold: every report page'].map(
      (name) => verdicts('build, cold', output, 1).get(name)![0]!,
    );
    expect(pages!.met).toBe(true);
    expect(reports).toEqual({ met: false, shown: 'largest 61.0 KiB (2019-2024/rapporten/1-1-synthetisch/index.html)' });
  });

  it('should hold validation to no finding on every report', () => {
    const clean = verdicts('validate, cold', { stdout: '2 files checked: 0 errors, 0 warnings.\n' });
    expect([...clean.values()].flat().every((v) => v.met)).toBe(true);
    const warned = verdicts('validate, cold', {
      stdout: 'x.md:1:1: warning: w (r)\n2 files checked: 0 errors, 1 warning.\n',
    });
    expect([...warned.values()].flat().some((v) => v.met)).toBe(false);
    const one = verdicts('validate 1 file', { stdout: '\n> validate\n\n1 file checked: 0 errors, 0 warnings.\n' });
    expect([...one.values()].flat().every((v) => v.met)).toBe(true);
  });

  it('should want pages indexed and no error from the search step', () => {
    const check = outputChecks.find((c) => c.row === 'search index')!;
    expect(check.check({ stdout: '{"pages":12,"errors":[]}\n' }, 2).met).toBe(true);
    expect(check.check({ stdout: '{"pages":12,"errors":["x"]}\n' }, 2).met).toBe(false);
    expect(check.check({ stdout: '' }, 2).met).toBe(false);
  });
});

describe('evaluateOutputs', () => {
  const [check] = outputChecks;

  it('should miss a check missed on any run, showing the first miss', () => {
    const runs = new Map([
      [
        check!.name,
        [
          { met: true, shown: 'a' },
          { met: false, shown: 'b' },
          { met: false, shown: 'c' },
        ],
      ],
    ]);
    expect(evaluateOutputs([check!], runs)).toEqual([
      { name: check!.name, measured: 'b (missed in 2 of 3 runs)', limit: check!.expected, met: false },
    ]);
  });

  it('should miss a check that never ran', () => {
    expect(evaluateOutputs([check!], new Map())[0]).toMatchObject({ measured: 'not run', met: false });
  });
});
