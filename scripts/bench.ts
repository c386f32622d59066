/**
 * npm run bench -- [--reports 1000] [--runs 5] [--json bench-results/latest.json] [--check]
 *
 * Times whole processes over a generated corpus, alternating run by run (the
 * rows: src/bench/rows.ts), prints min / median / max wall time, the median
 * peak memory, and each median as a ratio to bare Eleventy's and to the naive
 * pipeline's, and writes the figures as JSON. With --check it also prints
 * each target (src/bench/targets.ts) and output check (src/bench/output-checks.ts)
 * as met or missed, and exits 1 when one is missed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBench } from '../src/bench/run-bench.ts';
import { checksTable, rowsTable } from '../src/bench/table.ts';
import { allMet } from '../src/bench/targets.ts';

const usage = 'Usage: npm run bench -- [--reports 1000] [--runs 5] [--json bench-results/latest.json] [--check]';

function options(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      reports: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '5' },
      json: { type: 'string', default: 'bench-results/latest.json' },
      check: { type: 'boolean', default: false },
    },
  });
  const reports = Number(values.reports);
  const runs = Number(values.runs);
  if (!(Number.isInteger(reports) && reports >= 1)) throw new Error('--reports must be a whole number from 1');
  if (!(Number.isInteger(runs) && runs >= 1)) throw new Error('--runs must be a whole number from 1');
  return { reports, runs, json: values.json, check: values.check };
}

async function main(argv: string[]): Promise<number> {
  let chosen;
  try {
    chosen = options(argv);
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n${usage}`);
    return 2;
  }
  const result = await runBench(chosen.reports, chosen.runs, (line) => console.error(line));
  console.log(rowsTable(result.rows).join('\n'));
  mkdirSync(path.dirname(chosen.json), { recursive: true });
  writeFileSync(chosen.json, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written to ${chosen.json}`);
  if (!chosen.check) return 0;
  console.log(`\n${checksTable(result.checks).join('\n')}`);
  const passed = allMet(result.checks);
  console.log(passed ? '\nbench: every target met' : '\nbench: a target was missed');
  return passed ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
