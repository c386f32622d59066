/**
 * npm run bench -- [--reports 1000] [--runs 5] [--json bench-results/latest.json]
 *
 * Generates a deterministic corpus of reports of the real shape (about 40
 * references each, about 18 KB a file) outside content/, then times whole
 * processes, alternating run by run so that a noisy machine hurts every row
 * alike:
 *   node -e 0               the cost of starting Node at all
 *   validate, cold          npm run validate with an empty cache
 *   validate, warm          npm run validate again, nothing changed
 *   build, cold             npm run build -- --no-search: empty cache, new output folder
 *   build, warm             the same build again, nothing changed
 *   build, 1 changed        the same build after one report's title and text changed
 *   build, no cache         npm run build -- --no-cache --no-search: one thread, nothing kept
 *   dev, 1 changed          npm run dev: from saving one report to the server giving its new page
 *   dev, whole site         the same save until the rest of the site (its chapter's listing) shows it too
 *   search index            the Pagefind step alone, over a built site
 *   bare Eleventy           Eleventy 3 with its defaults and a one-line layout on the same files
 * and prints min / median / max wall time, the median peak memory (of the
 * process and its threads), and each median as a ratio to bare Eleventy's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { bareEleventy } from '../src/bench/bare-eleventy.ts';
import { syntheticCorpus } from '../src/bench/synthetic-corpus.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    json: { type: 'string', default: 'bench-results/latest.json' },
  },
});
const count = Number(values.reports);
const runs = Number(values.runs);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const time = '/usr/bin/time';

interface Sample {
  seconds: number;
  maxRssMiB: number;
}

interface Command {
  argv: string[];
  env?: Record<string, string>;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-bench-'));
try {
  const content = path.join(scratch, 'content');
  mkdirSync(path.join(content, 'reports'), { recursive: true });
  let bytes = 0;
  const files = syntheticCorpus(count, Math.round(count * 37.5));
  for (const file of files) {
    writeFileSync(path.join(content, 'reports', file.name), file.text);
    bytes += Buffer.byteLength(file.text);
  }
  const bare = bareEleventy(path.join(scratch, 'bare'), files);

  const at = (name: string) => path.join(scratch, name);
  const fresh = (name: string) => {
    rmSync(at(name), { recursive: true, force: true });
    return at(name);
  };
  const script = (name: string, ...args: string[]) => [process.execPath, '--import', 'tsx', `scripts/${name}`, ...args];
  const build = (output: string, ...args: string[]) =>
    script('build.ts', '--content', content, '--output', output, '--no-search', ...args);
  const validate = script('validate.ts', path.join(content, 'reports'), '--config', path.join(content, 'site.yaml'));
  const warmCache = { MONITOR_CACHE_DIR: at('cache-warm') };
  // The report that changes: its title and a sentence of its text, different every run.
  const changing = path.join(content, 'reports', syntheticCorpus(count, Math.round(count * 37.5))[0]!.name);
  const original = readFileSync(changing, 'utf8');
  let edits = 0;

  const commands: Record<string, () => Command> = {
    'node -e 0': () => ({ argv: [process.execPath, '-e', '0'] }),
    'validate, cold': () => ({ argv: validate, env: { MONITOR_CACHE_DIR: fresh('cache-validate') } }),
    'validate, warm': () => ({ argv: validate, env: warmCache }),
    'build, cold': () => ({ argv: build(fresh('cold')), env: { MONITOR_CACHE_DIR: fresh('cache-cold') } }),
    'build, warm': () => ({ argv: build(at('warm')), env: warmCache }),
    'build, 1 changed': () => {
      edits += 1;
      writeFileSync(
        changing,
        original.replace(/^title: .*$/m, `title: Gewijzigd ${edits}`).replace(/\n$/, `\n\nWijziging ${edits}.\n`),
      );
      return { argv: build(at('warm')), env: warmCache };
    },
    'build, no cache': () => ({ argv: build(fresh('uncached'), '--no-cache') }),
    'search index': () => ({
      argv: [
        process.execPath,
        '--import',
        'tsx',
        '-e',
        `import('./src/build/search-index.ts').then((m) => m.writeSearchIndex(${JSON.stringify(at('warm'))}))`,
      ],
    }),
    'bare Eleventy': () => ({ argv: [process.execPath, ...bare(fresh('bare-out'))] }),
  };

  // The warm rows start from a build and a check that filled the cache (not timed).
  measure({ argv: build(at('warm')), env: warmCache });
  measure({ argv: validate, env: warmCache });

  // The dev server, on a copy of the content of its own, so that the other rows' edits do not wake it.
  const devContent = at('content-dev');
  cpSync(content, devContent, { recursive: true });
  const devReport = path.join(devContent, 'reports', path.basename(changing));
  const port = 20_000 + (process.pid % 20_000);
  const devPage = `http://localhost:${port}/rapporten/${path.basename(changing, '.md')}/`;
  // The changing report is section 1.1: first on its chapter's first page.
  const devListing = `http://localhost:${port}/hoofdstukken/1/`;
  const dev = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/dev.ts', '--content', devContent, '--output', at('dev-site'), '--port', String(port)],
    { cwd: root, env: { ...process.env, MONITOR_CACHE_DIR: at('cache-dev') }, stdio: ['ignore', 'pipe', 'ignore'] },
  );
  // The server says when its background search index is done: the next rows must not run beside it.
  let devOutput = '';
  dev.stdout!.on('data', (chunk: Buffer) => (devOutput += chunk.toString()));
  const indexed = () => devOutput.split('dev: search index updated').length - 1;
  await pageShowing(devPage, 'Synthetische sectie', 600);
  await until(() => indexed() >= 1, 600, "the dev server's first search index");
  const devChange = async (): Promise<Sample[]> => {
    edits += 1;
    const title = `Gewijzigd ${edits}`;
    const before = indexed();
    const started = performance.now();
    writeFileSync(devReport, original.replace(/^title: .*$/m, `title: ${title}`));
    await pageShowing(devPage, title, 120);
    const page = (performance.now() - started) / 1000;
    await pageShowing(devListing, title, 120);
    const site = (performance.now() - started) / 1000;
    await until(() => indexed() > before, 600, "the dev server's search index");
    return [
      { seconds: page, maxRssMiB: NaN },
      { seconds: site, maxRssMiB: NaN },
    ];
  };

  console.log(
    `corpus: ${count} reports, ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(count * 37.5)} decisions; ${runs} runs each, alternating`,
  );
  const samples: Record<string, Sample[]> = Object.fromEntries(
    [...Object.keys(commands), 'dev, 1 changed', 'dev, whole site'].map((name) => [name, []]),
  );
  try {
    for (let run = 0; run < runs; run++) {
      for (const [name, command] of Object.entries(commands)) samples[name]!.push(measure(command()));
      const [page, site] = await devChange();
      samples['dev, 1 changed']!.push(page!);
      samples['dev, whole site']!.push(site!);
      process.stderr.write(`run ${run + 1} of ${runs} done\n`);
    }
  } finally {
    dev.kill('SIGTERM');
  }

  const reference = median(samples['bare Eleventy']!.map((s) => s.seconds));
  const rows = Object.entries(samples).map(([name, list]) => {
    const seconds = list.map((s) => s.seconds).sort((a, b) => a - b);
    return {
      name,
      min: seconds[0]!,
      median: median(seconds),
      max: seconds.at(-1)!,
      maxRssMiB: median(list.map((s) => s.maxRssMiB)),
      ratio: median(seconds) / reference,
    };
  });
  const pad = (text: string, width: number) => text.padEnd(width);
  console.log(`${pad('', 18)}${pad('min', 9)}${pad('median', 9)}${pad('max', 9)}${pad('peak MiB', 10)}× bare Eleventy`);
  for (const row of rows) {
    console.log(
      `${pad(row.name, 18)}${pad(`${row.min.toFixed(2)} s`, 9)}${pad(`${row.median.toFixed(2)} s`, 9)}${pad(`${row.max.toFixed(2)} s`, 9)}${pad(Number.isNaN(row.maxRssMiB) ? '—' : String(Math.round(row.maxRssMiB)), 10)}${row.ratio.toFixed(2)}`,
    );
  }
  mkdirSync(path.dirname(values.json), { recursive: true });
  writeFileSync(
    values.json,
    JSON.stringify({ date: new Date().toISOString(), reports: count, runs, rows }, null, 2) + '\n',
  );
  console.log(`written to ${values.json}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** Wall time and peak memory of one process, from /usr/bin/time when the machine has it. */
function measure({ argv, env = {} }: Command): Sample {
  const [program, ...args] = argv as [string, ...string[]];
  const useTime = existsSync(time);
  const options = { cwd: root, encoding: 'utf8' as const, maxBuffer: 1 << 28, env: { ...process.env, ...env } };
  const started = performance.now();
  const result = useTime
    ? spawnSync(time, ['-f', 'BENCH %e %M', program, ...args], options)
    : spawnSync(program, args, options);
  const wall = (performance.now() - started) / 1000;
  // Anything but success means the figure would be wrong.
  if (result.status !== 0) throw new Error(`${argv.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
  const reading = /BENCH ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  return { seconds: wall, maxRssMiB: reading ? Number(reading[2]) / 1024 : NaN };
}

/** Waits until `done` says so, polling every 100 ms. */
async function until(done: () => boolean, seconds: number, what: string): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`${what} did not finish within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the page at `url` holds `text`, polling every 20 ms. */
async function pageShowing(url: string, text: string, seconds: number): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok && (await response.text()).includes(text)) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} did not show "${text}" within ${seconds} s`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
