/**
 * npm run bench -- [--reports 1000] [--runs 7]
 * Generates a corpus of reports from the shipped 1.3 report and times
 * `npm run validate` on it, side by side with `node -e 0`, in one run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const { values } = parseArgs({
  options: { reports: { type: 'string', default: '1000' }, runs: { type: 'string', default: '7' } },
});
const count = Number(values.reports);
const runs = Number(values.runs);
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const template = readFileSync(path.join(root, 'content/reports/1-3-activering-stimuleren.md'), 'utf8');

const corpus = mkdtempSync(path.join(tmpdir(), 'monitor-bench-'));
try {
  for (let i = 0; i < count; i++) {
    const section = `${Math.floor(i / 50) + 1}.${(i % 50) + 1}`;
    const text = template
      .replace('section: "1.3"', `section: "${section}"`)
      .replace('title: Activering stimuleren', `title: Activering stimuleren ${i}`);
    writeFileSync(path.join(corpus, `${section.replace('.', '-')}-sectie.md`), text);
  }
  const bytes = count * Buffer.byteLength(template);
  console.log(`corpus: ${count} reports, ${(bytes / 1e6).toFixed(1)} MB, ${runs} runs each, alternating`);

  const validate = [process.execPath, ['--import', 'tsx', path.join(root, 'scripts/validate.ts'), corpus]] as const;
  const bare = [process.execPath, ['-e', '0']] as const;
  const times: Record<'validate' | 'node', number[]> = { validate: [], node: [] };
  for (let run = 0; run < runs; run++) {
    times.node.push(timed(...bare));
    times.validate.push(timed(...validate));
  }
  const v = median(times.validate);
  const n = median(times.node);
  console.log(`npm run validate (${count} reports): median ${ms(v)}  [${times.validate.map(ms).join(', ')}]`);
  console.log(`node -e 0:                          median ${ms(n)}  [${times.node.map(ms).join(', ')}]`);
  console.log(`ratio validate / node -e 0: ${(v / n).toFixed(1)}x; per report beyond start-up: ${ms((v - n) / count)}`);
} finally {
  rmSync(corpus, { recursive: true, force: true });
}

function timed(command: string, args: readonly string[]): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  const elapsed = performance.now() - start;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} failed: ${result.stderr}`);
  return elapsed;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 0)} ms`;
}
