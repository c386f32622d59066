/**
 * Loaded with `--import` into a script a test runs as its own process: prints
 * the process's peak memory (resident set, KiB) on stderr as it exits, for
 * tests that keep an eye on it. The Pagefind binary runs as a process of its
 * own and is not counted.
 */
process.on('exit', () => {
  process.stderr.write(`peak-memory-kib ${process.resourceUsage().maxRSS}\n`);
});
