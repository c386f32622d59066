/** Compiles a share of the reports on a worker thread, or one report at a time for a waiting thread; see compile-sources.ts. */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { compileReport } from '../compile/compile-report.ts';
import type { SiteConfig } from '../schema/config.ts';
import { findingsOf, writeEntry } from './cache-entries.ts';
import { readyForModel, type Source, type WorkerEntries, type WorkerResult } from './compile-sources.ts';
import { ChangedWhileReadingError, sourceText } from './content-files.ts';
import { garbageCollector } from './collect-garbage.ts';

type Share = { sources: Source[]; config: SiteConfig; render: boolean; batch: number; entries?: WorkerEntries };
type Helper = { port: MessagePort; answered: Int32Array };

const data = workerData as Share | Helper;
if ('port' in data) help(data);
else compileShare(data);

function compileShare({ sources, config, render, batch, entries }: Share): void {
  // Sent on in batches, so that this thread never holds more than a batch of results.
  let done: WorkerResult[] = [];
  let sent = 0;
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
    const compiled = compileReport({ file: source.file, text }, config, render);
    // Its entry written here, only the findings need to go to the main thread.
    const key = entries?.keys[done.length + sent];
    if (entries && writeEntry(entries.folder, key!, compiled)) {
      done.push({ compiled: findingsOf(compiled), stored: { ready: readyForModel(compiled) } });
    } else {
      done.push({ compiled });
    }
    if (done.length === batch) {
      parentPort!.postMessage(done);
      sent += done.length;
      done = [];
    }
  }
  parentPort!.postMessage(done);
}

/**
 * Compiles (rendered) each report asked for on `port`, for a thread that
 * waits on `answered` (compileOnHelper): the answer is on the port before
 * the count goes up.
 */
function help({ port, answered }: Helper): void {
  port.on('message', ({ source, config }: { source: Source; config: SiteConfig }) => {
    let answer;
    try {
      answer = { compiled: compileReport({ file: source.file, text: sourceText(source) }, config, true) };
    } catch (error) {
      answer = error instanceof ChangedWhileReadingError ? { changed: error.file } : { failed: String(error) };
    }
    port.postMessage(answer);
    Atomics.add(answered, 0, 1);
    Atomics.notify(answered, 0);
  });
}
