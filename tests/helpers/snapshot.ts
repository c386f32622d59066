import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file and folder under a folder, files by the hash of their bytes. */
export function folderSnapshot(folder: string): Record<string, string> {
  const entries = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  return Object.fromEntries(
    entries.map((entry) => {
      const full = path.join(folder, entry);
      const hash = statSync(full).isDirectory()
        ? 'folder'
        : createHash('sha256').update(readFileSync(full)).digest('hex');
      return [entry, hash];
    }),
  );
}
