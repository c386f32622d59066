import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * A build writes the new site beside the output folder and swaps it in only
 * when every step has succeeded, so a build that fails, or is killed halfway,
 * leaves the published folder exactly as it was.
 *
 * `_site` is built in `_site.staging-<pid>`; the swap renames `_site` to
 * `_site.old-<pid>`, the new site to `_site`, and removes the old one.
 */
export function stagingFolder(output: string): string {
  return `${output}.staging-${process.pid}`;
}

/**
 * Swaps the new site in whole, so readers never see half of one. The old one
 * is removed by a process of its own, so the build need not wait for
 * thousands of files to be deleted; should that process be stopped, the next
 * build removes what is left.
 */
export function replaceFolder(fresh: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  if (!existsSync(old)) return;
  spawn(process.execPath, ['-e', 'require("fs").rmSync(process.argv[1], { recursive: true, force: true })', old], {
    detached: true,
    stdio: 'ignore',
  }).unref();
}

/**
 * Tidies up after builds that were killed (their process is gone): removes
 * their staging folders, and puts the previous site back if one was killed
 * between the two renames of the swap. Folders of builds still running are
 * left alone.
 */
export function recoverKilledBuilds(output: string): void {
  const folder = path.dirname(output);
  if (!existsSync(folder)) return;
  const leftover = new RegExp(`^${escapeRegExp(path.basename(output))}\\.(staging|old)-(\\d+)$`);
  for (const name of readdirSync(folder).sort()) {
    const match = leftover.exec(name);
    if (!match || isRunning(Number(match[2]))) continue;
    const full = path.join(folder, name);
    if (match[1] === 'old' && !existsSync(output)) renameSync(full, output);
    else rmSync(full, { recursive: true, force: true, maxRetries: 3 });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
