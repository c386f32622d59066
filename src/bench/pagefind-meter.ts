import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../project-root.ts';
import { peakKiB, timeProgram, type Meter } from './measure.ts';

/**
 * The peak memory of the Pagefind binary, which /usr/bin/time's figure for
 * the node process leaves out: Pagefind's node API stops its binary with
 * SIGTERM and does not wait for it, so the binary is not a child the node
 * process reaped, and wait4 does not count it (a child that is waited for
 * is counted). The node API is pointed at a script that runs the binary under
 * /usr/bin/time instead. The script ignores SIGTERM so that time lives to
 * report; so does the binary, which then ends when its input closes, as it
 * does when the node process lets go of it.
 *
 * Undefined without /usr/bin/time.
 */
export function pagefindMeter(folder: string): Meter | undefined {
  if (!existsSync(timeProgram)) return undefined;
  const resolve = createRequire(path.join(projectRoot, 'package.json')).resolve;
  const platform = `@pagefind/${process.platform}-${process.arch}/bin`;
  const binary = resolvable(resolve, `${platform}/pagefind_extended`) ?? resolve(`${platform}/pagefind`);
  const script = path.join(folder, 'pagefind-timed.sh');
  const report = path.join(folder, 'pagefind-peak.txt');
  const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
  writeFileSync(
    script,
    `#!/bin/sh\ntrap '' TERM\nexec ${timeProgram} -o ${quote(report)} -f 'BENCH-PEAK-KIB %M' ${quote(binary)} "$@"\n`,
  );
  chmodSync(script, 0o755);
  return {
    // The node API looks for the extended binary first, then the plain one.
    env: { PAGEFIND_EXTENDED_BINARY_PATH: script, PAGEFIND_BINARY_PATH: script },
    reset: () => rmSync(report, { force: true }),
    async peakMiB() {
      // The binary may outlive the node process by a moment.
      const deadline = performance.now() + 10_000;
      while (performance.now() < deadline) {
        const kib = existsSync(report) ? peakKiB(readFileSync(report, 'utf8')) : NaN;
        if (!Number.isNaN(kib)) return kib / 1024;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return NaN;
    },
  };
}

function resolvable(resolve: NodeJS.RequireResolve, id: string): string | undefined {
  try {
    return resolve(id);
  } catch {
    return undefined;
  }
}
