import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { projectRoot } from '../project-root.ts';

/** GNU time: its maximum resident set is the largest of the process and of each child it waited for (wait4). */
export const timeProgram = '/usr/bin/time';
const marker = 'BENCH-PEAK-KIB';

/** A process to time, and the peak memory of one it starts without waiting for (see pagefind-meter.ts). */
export interface Command {
  argv: readonly string[];
  env?: Record<string, string>;
  apart?: Meter;
}

export interface Meter {
  env: Record<string, string>;
  /** Before the process starts. */
  reset(): void;
  /** After the process ended: the peak, in MiB, of what it started. */
  peakMiB(): Promise<number>;
}

/** One run of one row. Peaks are NaN where unknown. */
export interface Sample {
  seconds: number;
  peakMiB: number;
  /** The part of peakMiB that a process started apart held (the Pagefind binary). */
  apartMiB?: number;
  stdout: string;
}

/**
 * Runs a process to its end: its wall time, and its peak memory from
 * /usr/bin/time when the machine has it. Anything but exit 0 throws: the
 * figure would be wrong.
 */
export async function measure({ argv, env = {}, apart }: Command): Promise<Sample> {
  const [program, ...args] = argv as [string, ...string[]];
  const useTime = existsSync(timeProgram);
  const options = {
    cwd: projectRoot,
    encoding: 'utf8' as const,
    maxBuffer: 1 << 28,
    env: { ...process.env, GITHUB_ACTIONS: '', ...env, ...apart?.env },
  };
  apart?.reset();
  const started = performance.now();
  const result = useTime
    ? spawnSync(timeProgram, ['-f', `${marker} %M`, program, ...args], options)
    : spawnSync(program, args, options);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    throw new Error(`${argv.join(' ')} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  const own = useTime ? peakKiB(result.stderr) / 1024 : NaN;
  if (!apart) return { seconds, peakMiB: own, stdout: result.stdout };
  const apartMiB = await apart.peakMiB();
  return { seconds, peakMiB: own + apartMiB, apartMiB, stdout: result.stdout };
}

/** The peak in KiB that `time -f '<marker> %M'` wrote at the end of stderr; NaN when it is not there. */
export function peakKiB(stderr: string): number {
  const found = stderr.match(new RegExp(`${marker} (\\d+)`, 'g'))?.at(-1);
  return found ? Number(found.slice(marker.length + 1)) : NaN;
}
