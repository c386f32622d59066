/** Compiles a share of the reports on a worker thread; see compile-sources.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { compileReport } from '../../src/compile/compile-report.ts';
import type { CompiledSource } from '../../src/compile/collect.ts';
import type { SiteConfig } from '../../src/schema/config.ts';
import type { ReportSource } from '../../src/validate/report.ts';
import { garbageCollector } from './collect-garbage.ts';

const { sources, config, render, batch } = workerData as {
  sources: ReportSource[];
  config: SiteConfig;
  render: boolean;
  batch: number;
};
// Sent on in batches, so that this thread never holds more than a batch of results.
let done: CompiledSource[] = [];
const collect = garbageCollector();
for (const source of sources) {
  collect();
  done.push(compileReport(source, config, render));
  if (done.length === batch) {
    parentPort!.postMessage(done);
    done = [];
  }
}
parentPort!.postMessage(done);
