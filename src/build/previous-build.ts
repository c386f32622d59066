import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, statSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { PageFingerprints } from '../model/render-plan.ts';

/**
 * What a build left in its output folder, kept in the cache folder (not in
 * the site, which is published): the fingerprint of every page, and the
 * folder's identity, so that a folder replaced or rebuilt by other means is
 * not mistaken for it.
 */
const buildRecordSchema = z.object({
  /** Everything the pages depend on besides their data: code, templates, config, address. */
  salt: z.string(),
  /** The same without the address: the page fingerprints of builds at two addresses compare. */
  pagesSalt: z.string().optional(),
  /** The fingerprint of everything the build read. */
  inputs: z.string(),
  /** The output folder's inode when the build swapped it in. */
  folder: z.number(),
  /** Whether it has a search index. */
  search: z.boolean(),
  pages: z.record(z.string(), z.string()),
  /** Each report file's digest, to tell which reports the next build changed. */
  reports: z.record(z.string(), z.string()).optional(),
});

export type BuildRecord = z.output<typeof buildRecordSchema> & { pages: PageFingerprints };

function recordFile(cacheDir: string, output: string): string {
  const id = createHash('sha256').update(path.resolve(output)).digest('hex').slice(0, 16);
  return path.join(cacheDir, 'builds', `${id}.json`);
}

/**
 * The previous build's record into this folder. One that cannot be read or
 * is not a record (cut short, written by another version) is no record: the
 * build is then a full one, never a failed one.
 */
export function readBuildRecord(cacheDir: string, output: string): BuildRecord | undefined {
  try {
    const parsed = buildRecordSchema.safeParse(JSON.parse(readFileSync(recordFile(cacheDir, output), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a build may keep the record's pages: made the same way, and the folder there now is the one it wrote. */
export function reusable(record: BuildRecord, output: string, salt: string): boolean {
  try {
    return record.salt === salt && record.folder === statSync(output).ino;
  } catch {
    return false;
  }
}

export function writeBuildRecord(cacheDir: string, output: string, record: Omit<BuildRecord, 'folder'>): void {
  const file = recordFile(cacheDir, output);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify({ ...record, folder: statSync(output).ino }));
    renameSync(`${file}.tmp`, file);
  } catch {
    // Without a record the next build is a full one; nothing worse.
  }
}

/**
 * Puts files of the previous output into the staging folder as hard links:
 * no bytes are copied, and since nothing writes to a kept file (the pages
 * that change are written afresh as new files), the published folder is never
 * touched. Throws if a file is missing, and the build then starts over in full.
 */
export function keepFiles(from: string, to: string, files: readonly string[]): void {
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(to, file);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    linkSync(path.join(from, file), target);
  }
}
