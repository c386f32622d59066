/** Compiles a share of the reports on a worker thread; see compile-sources.ts. */
import { parentPort, workerData } from 'node:worker_threads';
import { compileReport } from '../../src/compile/compile-report.ts';
import type { SiteConfig } from '../../src/schema/config.ts';
import type { ReportSource } from '../../src/validate/report.ts';

const { sources, config, render } = workerData as { sources: ReportSource[]; config: SiteConfig; render: boolean };
parentPort!.postMessage(sources.map((source) => compileReport(source, config, render)));
