import { performance } from 'node:perf_hooks';
import { createEleventy } from './lib/eleventy.ts';
import { loadSite } from './lib/load-site.ts';
const content = process.argv[2]!;
const cacheDir = process.argv[3];
let t = performance.now();
const lap = (l: string) => {
  const n = performance.now();
  console.log(l, ((n - t) / 1000).toFixed(2), 's', (process.memoryUsage().rss / 2 ** 20).toFixed(0), 'MiB');
  t = n;
};
const site = await loadSite(content, cacheDir ? { cacheDir } : { threads: 1 });
lap('load');
if (process.argv[4] !== 'no-eleventy') {
  await createEleventy('/tmp/perf/out', site.model!).write();
  lap('eleventy');
}
console.log('peak', (process.resourceUsage().maxRSS / 1024).toFixed(0), 'MiB');
