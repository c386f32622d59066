import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { isRendered, type CompiledSource } from '../compile/collect.ts';
import type { compileReport } from '../compile/compile-report.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import type { RenderedCompiledReport } from '../markdown/render-report.ts';
import { modelReport, type ModelReport } from '../model/report-page.ts';
import type { SiteConfig } from '../schema/config.ts';
import type { ReportSource } from '../validate/report.ts';
import { findingsOf, readEntry, readReport, writeEntry } from './cache-entries.ts';
import { codeVersion } from './code-version.ts';
import { ChangedWhileReadingError, digestOf, sourceText, type StoredSource } from './content-files.ts';
import { projectRoot } from '../project-root.ts';

/** A report given with its text (the dev server, the tests), or as a file to read again when compiled. */
export type Source = ReportSource | StoredSource;

const root = projectRoot;
// Bundled into dist/, the worker is a JavaScript file beside this code; run as
// TypeScript (in the tests), a shim that loads the TypeScript worker.
const workerFile = import.meta.url.endsWith('.ts')
  ? new URL('./compile-worker.mjs', import.meta.url)
  : new URL('./compile-worker.js', import.meta.url);

/**
 * Where compiled reports and build records are kept between runs, as build
 * tools keep theirs; MONITOR_CACHE_DIR puts them elsewhere (the tests do).
 */
export const cacheDir = process.env.MONITOR_CACHE_DIR ?? path.join(root, 'node_modules/.cache/regeerakkoordmonitor');

export interface CompileOptions {
  /** Render the Markdown too (the build), or only check (the validator). */
  render: boolean;
  /** A folder for the content-hash cache; none: no cache. */
  cacheDir?: string;
  /** Threads to compile on; 1 compiles on this thread. Default: the machine's cores. */
  threads?: number;
  /** Fewer reports than this to compile are not worth starting threads for. */
  minPerThread?: number;
  /**
   * Compiled reports kept in memory by a long-running process (the dev
   * server), looked up before the cache on disk; after the call it holds
   * this call's reports and no others.
   */
  memory?: Map<string, CompiledSource>;
}

export interface CompiledSources {
  /**
   * Every report's findings; with its report where there is no cache or
   * it is kept in memory. Reports in the cache (also those compiled now) are
   * read by `withReports()` only: a build that finds nothing changed needs
   * just the findings, reading every report costs seconds, and holding them
   * all through the compile would cost memory.
   */
  compiled: CompiledSource[];
  /** Changes whenever any report, the config or the compiling code does. */
  fingerprint: string;
  /**
   * Each report as the model takes it, by index, those in the cache read
   * now (but for their bodies, read when asked for); undefined where there
   * is no rendered report without errors.
   */
  withReports: () => Promise<(ModelReport | undefined)[]>;
}

/**
 * Compiles every report (see compileReport), taking what it can from the
 * cache and spreading the rest over worker threads. The result is the same,
 * value for value, as compiling each report on this thread.
 */
export async function compileSources(
  sources: readonly Source[],
  config: SiteConfig,
  options: CompileOptions,
): Promise<CompiledSources> {
  const { render } = options;
  const salt = cacheSalt(config);
  const cacheDir = options.cacheDir === undefined ? undefined : entriesFolder(options.cacheDir);
  const keys = sources.map((source) => cacheKey(salt, source));
  const deferred: number[] = [];
  const results: (CompiledSource | undefined)[] = sources.map((_, i) => {
    const found = remembered(options.memory?.get(keys[i]!), render);
    if (found !== undefined || cacheDir === undefined) return found;
    const entry = readEntry(cacheDir, keys[i]!, render);
    if (entry?.deferred) deferred.push(i);
    return entry?.compiled;
  });
  const missing = results.flatMap((result, i) => (result === undefined ? [i] : []));
  // Each report is put in the cache as soon as it is compiled; a build then
  // keeps only its findings and reads the report again when the model is
  // made (withReports), so that the compile never holds them all. A
  // long-running process that keeps reports in memory keeps them whole.
  // A worker writes the entries of what it compiled itself and sends on only the findings.
  const settle = (i: number, result: CompiledSource, stored?: { ready: boolean }): CompiledSource => {
    const index = missing[i]!;
    let kept: WorkerResult = { compiled: result, ...(stored && { stored }) };
    if (stored === undefined && cacheDir !== undefined) {
      kept = storeCompiled(cacheDir, keys[index]!, result);
      // A process that keeps reports in memory keeps them whole.
      if (options.memory) return result;
    }
    if (kept.stored?.ready) deferred.push(index);
    return kept.compiled;
  };

  if (cacheDir !== undefined && missing.length > 0) makeFolder(cacheDir);
  // No closure here names `sources`: withReports below would keep every file's text alive.
  const compiled = await compileMany(
    sources.filter((_, i) => results[i] === undefined),
    config,
    render,
    options,
    settle,
    // Where a worker writes entries itself: not for a process that keeps reports in memory.
    cacheDir === undefined || options.memory ? undefined : { folder: cacheDir, keys: missing.map((i) => keys[i]!) },
  );
  missing.forEach((index, i) => {
    results[index] = compiled[i]!;
  });
  if (cacheDir !== undefined && missing.length > 0) removeOtherVersions(cacheDir);
  const done = results as CompiledSource[];
  const remember = (all: CompiledSource[]) => {
    if (!options.memory) return;
    options.memory.clear();
    keys.forEach((key, i) => options.memory!.set(key, all[i]!));
  };
  if (deferred.length === 0) remember(done);
  const files = sources.map((source) => source.file);
  // A deferred entry found damaged when it is read is compiled again from its
  // source: only those sources are kept (a file's digest, or the text of a few
  // in-memory sources), not every report's.
  const deferredSources = new Map<number, Source>();
  for (const i of deferred) deferredSources.set(i, sources[i]!);
  const withReports = async () => {
    // A damaged entry is compiled again here or when its page's body is asked for.
    if (deferred.length > 0) await loadCompiler();
    const all = [...done];
    const stored = new Map<number, ModelReport | undefined>();
    for (const i of deferred) {
      const again = compileAgain(cacheDir!, keys[i]!, deferredSources.get(i)!, config);
      const report = readReport(cacheDir!, keys[i]!, files[i]!, again);
      if (report === undefined) {
        const result = again();
        if (options.memory) all[i] = result;
        else stored.set(i, readyForModel(result) ? modelReport(result.report) : undefined);
      } else if (options.memory) {
        // A process that keeps reports in memory keeps them whole, body and all.
        all[i] = { ...all[i]!, report: withBody(report) };
      } else {
        stored.set(i, report);
      }
    }
    if (deferred.length > 0) remember(all);
    return all.map((c, i) => {
      if (stored.has(i)) return stored.get(i);
      return readyForModel(c) ? modelReport(c.report) : undefined;
    });
  };
  const fingerprint = createHash('sha256').update(keys.join('\n')).digest('hex');
  return { compiled: done, fingerprint, withReports };
}

/** Writes a compiled report's entry; what is kept of it is its findings once it is stored, else the whole. */
export function storeCompiled(folder: string, key: string, compiled: CompiledSource): WorkerResult {
  if (!writeEntry(folder, key, compiled)) return { compiled };
  return { compiled: findingsOf(compiled), stored: { ready: readyForModel(compiled) } };
}

/** The entries' folder, made once; a cache that cannot be written only makes the next run slower. */
function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch {
    // writeEntry then fails and says so by its result.
  }
}

/** Whether the model takes this report: rendered, and without errors. */
export function readyForModel(c: CompiledSource): c is CompiledSource & { report: RenderedCompiledReport } {
  return isRendered(c.report) && !hasErrors(c.diagnostics);
}

/** A report kept in memory, unless the build needs it rendered and it was only checked. */
function remembered(entry: CompiledSource | undefined, render: boolean): CompiledSource | undefined {
  const unrendered = entry?.report !== undefined && !isRendered(entry.report);
  return render && unrendered ? undefined : entry;
}

/**
 * Compiles on this thread and on workers; `settle` is given each result with
 * its index in `sources` as it comes, and says what to keep of it.
 */
async function compileMany(
  sources: readonly Source[],
  config: SiteConfig,
  render: boolean,
  { threads = availableParallelism(), minPerThread = 100 }: CompileOptions,
  settle: (index: number, result: CompiledSource, stored?: { ready: boolean }) => CompiledSource,
  entries?: WorkerEntries,
): Promise<CompiledSource[]> {
  if (sources.length === 0) return [];
  const count = Math.min(threads, Math.floor(sources.length / minPerThread));
  // Loaded when needed: with every report in the cache, the parsers are not.
  const compileReport = await loadCompiler();
  // A copy, as a worker's results are: a string the parsers cut out of a file
  // (a title, say) is a slice of it that keeps the whole file in memory.
  const compileHere = (source: Source, index: number) => {
    const text = sourceText(source);
    return structuredClone(settle(index, compileReport(withText(source, text), config, render)));
  };
  if (count <= 1) return sources.map(compileHere);
  // This thread takes the first share itself: a thread less to start, and a copy less of every library.
  const [own, ...others] = splitEvenly(sources, count);
  let offset = own!.length;
  const started = others.map((share) => {
    const first = offset;
    offset += share.length;
    const keys = entries?.keys.slice(first, first + share.length);
    return onWorker(
      { sources: share, config, render, ...(entries && { entries: { folder: entries.folder, keys: keys! } }) },
      (i, result, stored) => settle(first + i, result, stored),
    );
  });
  const mine = own!.map(compileHere);
  return [mine, ...(await Promise.all(started))].flat();
}

/** The cache folder and the keys of a share's reports, for a worker that writes their entries. */
export interface WorkerEntries {
  folder: string;
  keys: string[];
}

/** What a worker sends of each report: whole, or, once its entry is written, its findings. */
export type WorkerResult = { compiled: CompiledSource; stored?: { ready: boolean } };

function onWorker(
  share: { sources: Source[]; config: SiteConfig; render: boolean; entries?: WorkerEntries },
  settle: (index: number, result: CompiledSource, stored?: { ready: boolean }) => CompiledSource,
) {
  return new Promise<CompiledSource[]>((resolve, reject) => {
    const workerData = { ...share, batch: 50 };
    // Not this process's flags: its --import of TypeScript files would fail before the worker registers tsx.
    const worker = new Worker(workerFile, { workerData, execArgv: [] });
    const results: CompiledSource[] = [];
    // The results come in batches of 50, the last one shorter (possibly empty).
    worker.on('message', (batch: WorkerResult[] | { changed: string }) => {
      if (!Array.isArray(batch)) {
        reject(new ChangedWhileReadingError(batch.changed));
        return;
      }
      for (const { compiled, stored } of batch) results.push(settle(results.length, compiled, stored));
      if (batch.length === workerData.batch) return;
      resolve(results);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a compile thread stopped with exit code ${code}`));
    });
  });
}

/** Contiguous shares of about equal size in characters, so that the threads finish together. */
function splitEvenly(sources: readonly Source[], count: number): Source[][] {
  const length = (source: Source) => ('text' in source ? source.text.length : source.length);
  const total = sources.reduce((sum, source) => sum + length(source), 0);
  const shares: Source[][] = Array.from({ length: count }, () => []);
  let done = 0;
  for (const source of sources) {
    const share = Math.min(count - 1, Math.floor((done * count) / total));
    shares[share]!.push(source);
    done += length(source);
  }
  return shares;
}

// The cache. An entry is one report's compiled value, stored with v8.serialize
// under a hash of everything it depends on: the file's path and text, the
// site config, and the code that compiles it (src/ and the locked library
// versions). Any change there gives a new key, so nothing is ever invalidated
// by hand. An entry that cannot be read or is damaged (truncated, garbage,
// written by another Node) counts as missing wherever it is read: the report
// is compiled again and the entry written anew, so a cache restored in part
// never breaks a build. Entries made by other versions of the code are
// removed when this version writes its own.

let compilerVersion: string | undefined;

function cacheSalt(config: SiteConfig): string {
  compilerVersion ??= codeVersion(['src']);
  return createHash('sha256')
    .update(`${compilerVersion}\0${JSON.stringify(config)}`)
    .digest('hex');
}

function cacheKey(salt: string, source: Source): string {
  const digest = 'text' in source ? digestOf(source.text) : source.digest;
  // The term is part of what a report is checked against (references outside it).
  const term = source.term === undefined ? '' : JSON.stringify(source.term);
  return createHash('sha256').update(`${salt}\0${source.file}\0${digest}\0${term}`).digest('hex');
}

/** A source with its text, as compileReport takes it: the file's name, text and term. */
export function withText(source: Source, text: string): ReportSource {
  return source.term === undefined ? { file: source.file, text } : { file: source.file, text, term: source.term };
}

/** Entries live in a folder per version of the compiling code: a new version makes the old ones useless. */
function entriesFolder(cacheDir: string): string {
  compilerVersion ??= codeVersion(['src']);
  return path.join(cacheDir, 'reports', compilerVersion.slice(0, 16));
}

function removeOtherVersions(folder: string): void {
  const parent = path.dirname(folder);
  for (const name of readdirSync(parent)) {
    if (name !== path.basename(folder)) rmSync(path.join(parent, name), { recursive: true, force: true });
  }
}

/**
 * How to compile a damaged entry's report again and write its entry anew.
 * Made here, not in withReports: a page's body() keeps it, and it must not
 * keep withReports' scope, which holds every report.
 */
function compileAgain(dir: string, key: string, source: Source, config: SiteConfig): () => CompiledSource {
  return () => {
    const result = compileNow(source, config);
    writeEntry(dir, key, result);
    return result;
  };
}

// Compiling again where a value must be given at once (a page's body() is
// synchronous): the parsers are loaded, by import(), before the model reads
// the cache, and only then, so that a build served from the cache does
// without them.

/** compileReport, once this thread has loaded it. */
let compiler: typeof compileReport | undefined;

async function loadCompiler(): Promise<typeof compileReport> {
  compiler ??= (await import('../compile/compile-report.ts')).compileReport;
  return compiler;
}

/** A report compiled now, on this thread. */
function compileNow(source: Source, config: SiteConfig): CompiledSource {
  if (!compiler) throw new Error(`${source.file} had to be compiled again before the parsers were loaded`);
  // A copy, as in compileMany: no string cut out of the file keeps it alive.
  return structuredClone(compiler(withText(source, sourceText(source)), config, true));
}

/** A report read from the cache with its body, as the compile gave it. */
function withBody({ body, rendered, ...report }: ModelReport): RenderedCompiledReport {
  return { ...report, rendered: { ...rendered, bodyHtml: body() } };
}
