/** Compiles a share of the reports on a worker thread; see compile-sources.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { compileReport } from '../compile/compile-report.ts';
import type { SiteConfig } from '../schema/config.ts';
import { storeCompiled, withText, type Source, type WorkerEntries, type WorkerResult } from './compile-sources.ts';
import { ChangedWhileReadingError, sourceText } from './content-files.ts';

type Share = { sources: Source[]; config: SiteConfig; render: boolean; batch: number; entries?: WorkerEntries };

compileShare(workerData as Share);

function compileShare({ sources, config, render, batch, entries }: Share): void {
  // Sent on in batches, so that this thread never holds more than a batch of results.
  let done: WorkerResult[] = [];
  for (const [i, source] of sources.entries()) {
    let text;
    try {
      text = sourceText(source);
    } catch (error) {
      // Said in so many words by the main thread, which gets no class across threads.
      if (!(error instanceof ChangedWhileReadingError)) throw error;
      parentPort!.postMessage({ changed: error.file });
      process.exit(0);
    }
    const compiled = compileReport(withText(source, text), config, render);
    // Its entry written here, only the findings need to go to the main thread.
    done.push(entries ? storeCompiled(entries.folder, entries.keys[i]!, compiled) : { compiled });
    if (done.length === batch) {
      parentPort!.postMessage(done);
      done = [];
    }
  }
  parentPort!.postMessage(done);
}
