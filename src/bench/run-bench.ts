import { cpSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeStamp } from './code-stamp.ts';
import { processRows } from './commands.ts';
import { writeCorpus } from './corpus.ts';
import { startDevServer } from './dev-server.ts';
import { measure } from './measure.ts';
import { evaluateOutputs, outputChecks, type RunOutput, type Verdict } from './output-checks.ts';
import { processRowNames, type RowName } from './rows.ts';
import { summarize, type Figures, type RowSummary } from './stats.ts';
import { evaluateTargets, targets, type CheckResult } from './targets.ts';

export interface BenchResult {
  date: string;
  reports: number;
  decisions: number;
  megabytes: number;
  runs: number;
  rows: RowSummary[];
  /** The targets, then what every run's output must show, then that the code stayed the same. */
  checks: CheckResult[];
}

/**
 * Writes a corpus of `reports` reports into a scratch folder, then runs every
 * row `runs` times, alternating run by run so that a noisy machine hurts
 * every row alike, and checks the figures and the output.
 */
export async function runBench(reports: number, runs: number, progress: (line: string) => void): Promise<BenchResult> {
  const stamp = codeStamp();
  const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-bench-'));
  try {
    const corpus = writeCorpus(path.join(scratch, 'content'), reports);
    const rows = processRows(scratch, corpus);
    for (const command of rows.warmUp) await measure(command);
    const devContent = path.join(scratch, 'content-dev');
    cpSync(corpus.content, devContent, { recursive: true });
    const dev = await startDevServer({
      content: devContent,
      output: path.join(scratch, 'dev-site'),
      cacheDir: path.join(scratch, 'cache-dev'),
      report: {
        file: path.join(devContent, 'reports', corpus.changing.name),
        slug: corpus.changing.name.replace(/\.md$/, ''),
        text: corpus.changing.text,
      },
    });
    const megabytes = corpus.bytes / 1e6;
    progress(
      `corpus: ${reports} reports, ${megabytes.toFixed(1)} MB, ${corpus.decisions} decisions; ${runs} runs each, alternating`,
    );
    const samples: Partial<Record<RowName, Figures[]>> = {};
    const record = (name: RowName, figures: Figures) => (samples[name] ??= []).push(figures);
    const verdicts = new Map<string, Verdict[]>();
    try {
      for (let run = 0; run < runs; run++) {
        for (const name of processRowNames) {
          const { command, site } = rows.runs[name]();
          const { stdout, ...figures } = await measure(command);
          record(name, figures);
          const output: RunOutput = { stdout, ...(site ? { site: { folder: site, pages: pageSizes(site) } } : {}) };
          for (const check of outputChecks.filter((c) => c.row === name)) {
            verdicts.set(check.name, [...(verdicts.get(check.name) ?? []), check.check(output, reports)]);
          }
        }
        const { page, site } = await dev.change();
        record('dev, 1 changed', { seconds: page, peakMiB: NaN });
        record('dev, whole site', { seconds: site, peakMiB: NaN });
        progress(`run ${run + 1} of ${runs} done`);
      }
    } finally {
      dev.stop();
    }
    const summaries = summarize(samples);
    const unchanged = codeStamp() === stamp;
    return {
      date: new Date().toISOString(),
      reports,
      decisions: corpus.decisions,
      megabytes,
      runs,
      rows: summaries,
      checks: [
        ...evaluateTargets(targets, summaries),
        ...evaluateOutputs(outputChecks, verdicts),
        {
          name: 'code unchanged during the run',
          measured: unchanged ? 'unchanged' : 'changed: the figures mix two versions',
          limit: 'unchanged',
          met: unchanged,
        },
      ],
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Every HTML page of a built site by its path in the site ("rapporten/x/index.html"), with its size in bytes. */
function pageSizes(site: string): Map<string, number> {
  const files = readdirSync(site, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  return new Map(files.map((file) => [file.split(path.sep).join('/'), statSync(path.join(site, file)).size]));
}
