import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseConfig } from '../../src/load/config.ts';
import type { ReportSource } from '../../src/validate/report.ts';

/** A problem with how the command was called, not with the content (exit 2). */
export class UsageError extends Error {}

/** Every `.md` file named, or inside a folder named (recursively), sorted. */
export function listMarkdownFiles(inputs: readonly string[]): string[] {
  const files = new Set<string>();
  for (const input of inputs) {
    if (!existsSync(input)) throw new UsageError(`no such file or folder: ${input}`);
    if (statSync(input).isDirectory()) {
      const found = readdirSync(input, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.md'))
        .map((name) => path.join(input, name));
      if (found.length === 0) throw new UsageError(`no Markdown (.md) files in ${input}`);
      found.forEach((f) => files.add(f));
    } else {
      files.add(input);
    }
  }
  return [...files].map(displayPath).sort();
}

/** Paths as the user would type them: relative to here, with forward slashes. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}

export function readSources(files: readonly string[]): ReportSource[] {
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

/** Reads the site config if the file exists; every setting has a default. */
export function readConfig(file: string) {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  return parseConfig(displayPath(file), text);
}
