/** Compiles a share of the reports on a worker thread; see compile-sources.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { compileReport } from '../../src/compile/compile-report.ts';
import type { CompiledSource } from '../../src/compile/collect.ts';
import type { SiteConfig } from '../../src/schema/config.ts';
import type { Source } from './compile-sources.ts';
import { ChangedWhileReadingError, sourceText } from './content-files.ts';
import { garbageCollector } from './collect-garbage.ts';

const { sources, config, render, batch } = workerData as {
  sources: Source[];
  config: SiteConfig;
  render: boolean;
  batch: number;
};
// Sent on in batches, so that this thread never holds more than a batch of results.
let done: CompiledSource[] = [];
const collect = garbageCollector();
for (const source of sources) {
  collect();
  let text;
  try {
    text = sourceText(source);
  } catch (error) {
    // Said in so many words by the main thread, which gets no class across threads.
    if (!(error instanceof ChangedWhileReadingError)) throw error;
    parentPort!.postMessage({ changed: error.file });
    process.exit(0);
  }
  done.push(compileReport({ file: source.file, text }, config, render));
  if (done.length === batch) {
    parentPort!.postMessage(done);
    done = [];
  }
}
parentPort!.postMessage(done);
