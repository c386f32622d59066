/**
 * Loaded with `--import` into a script a test runs as its own process: prints
 * the process's peak memory (resident set, KiB) on stderr as it exits, for
 * tests that keep an eye on it. The Pagefind binary runs as a process of its
 * own and is not counted.
 * It is plain JavaScript so that it can measure a process without the
 * TypeScript loader (bare Eleventy, the reference) as well as one with it.
 */
process.on('exit', () => {
  process.stderr.write(`peak-memory-kib ${process.resourceUsage().maxRSS}\n`);
});
