import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under a folder, as paths relative to it, in a stable order. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}
