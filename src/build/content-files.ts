import {
  closeSync,
  existsSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseConfig } from '../load/config.ts';
import { decodeReportFile, fileProblem, type FileFact } from '../load/file-problems.ts';
import { inputLimits } from '../limits.ts';
import type { ReportSource } from '../validate/report.ts';
import type { Term } from '../model/agreements.ts';

/** A problem with how the command was called, not with the content (exit 2). */
export class UsageError extends Error {}

/** A content file changed while the command ran: it stops, and running it again will do. */
export class ChangedWhileReadingError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed while it was being read; run the command again`);
  }
}

/** Every `.md` file named, or inside a folder named (recursively), sorted. */
export function listMarkdownFiles(inputs: readonly string[]): string[] {
  return findMarkdownFiles(inputs).files.map((entry) => entry.file);
}

/** A file to read, and the folder it must really be inside. */
interface ContentFile {
  /** As the user would type it (see `displayPath`). */
  file: string;
  folder: string;
}

/**
 * The `.md` entries named, or inside a folder named, sorted: whatever they
 * are (a folder named `x.md` too, so that it is reported rather than
 * skipped). Folders are searched without following symbolic links, so a
 * link loop cannot make the search endless; a link to a folder outside is
 * reported. A path that does not exist at all is a usage error (exit 2).
 */
function findMarkdownFiles(inputs: readonly string[]): { files: ContentFile[]; problems: Diagnostic[] } {
  const files = new Map<string, ContentFile>();
  const problems: Diagnostic[] = [];
  for (const input of inputs) {
    if (!pathExists(input)) throw new UsageError(`no such file or folder: ${input}`);
    if (!isFolder(input)) {
      files.set(displayPath(input), { file: displayPath(input), folder: path.dirname(input) });
      continue;
    }
    const found = searchFolder(input, problems);
    if (found.length === 0 && problems.length === 0) throw new UsageError(`no Markdown (.md) files in ${input}`);
    for (const file of found) files.set(displayPath(file), { file: displayPath(file), folder: input });
  }
  return { files: [...files.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)), problems };
}

function searchFolder(folder: string, problems: Diagnostic[]): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(current, { withFileTypes: true });
    } catch (error) {
      problems.push(fileProblem(displayPath(current), readError(error)));
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.name.endsWith('.md')) found.push(full);
      else if (entry.isDirectory()) pending.push(full);
      else if (entry.isSymbolicLink() && isFolder(full) && !isInside(full, folder)) {
        problems.push(fileProblem(displayPath(full), outside(full, folder)));
      }
    }
  }
  return found;
}

/**
 * Reads the reports named (files, or folders searched for `.md` files) as
 * text, turning whatever is wrong with a file as a file into a finding: a
 * folder or pipe named `.md`, a broken link, a link out of the folder, a file
 * too large, unreadable or not UTF-8. Nothing here can hang on a pipe or
 * follow a link loop.
 */
export function readReports(inputs: readonly string[]): {
  sources: ReportSource[];
  diagnostics: Diagnostic[];
  fileCount: number;
} {
  return readEach(inputs, (file, _folder, text) => ({ file, text }));
}

/**
 * A report file as the build and the validator hold it: a digest of its
 * text, which is read again when the report is compiled (sourceText). At
 * 4,000 reports the texts are 70 MB, and most runs compile few of them.
 */
export interface StoredSource {
  file: string;
  /** The folder it must really be inside, as when it was first read. */
  folder: string;
  /** SHA-256 of its text. */
  digest: string;
  /** Its length in characters, to share the work out evenly. */
  length: number;
  /** The agreement it belongs to (see ReportSource). */
  term?: Term;
}

/** readReports, keeping of each file only its digest (see StoredSource). */
export function readStoredReports(inputs: readonly string[]): {
  sources: StoredSource[];
  diagnostics: Diagnostic[];
  fileCount: number;
} {
  return readEach(inputs, (file, folder, text) => ({ file, folder, digest: digestOf(text), length: text.length }));
}

function readEach<T>(
  inputs: readonly string[],
  keep: (file: string, folder: string, text: string) => T,
): { sources: T[]; diagnostics: Diagnostic[]; fileCount: number } {
  const { files, problems } = findMarkdownFiles(inputs);
  const sources: T[] = [];
  const diagnostics = [...problems];
  for (const { file, folder } of files) {
    const read = readTextFile(file, folder);
    if (read.text !== undefined) sources.push(keep(file, folder, read.text));
    diagnostics.push(...read.diagnostics);
  }
  return { sources, diagnostics, fileCount: files.length };
}

export function digestOf(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * A report's text: as given, or read again from its file. A file that
 * changed (or went) since it was first read stops the command: what was
 * checked must be what is compiled and cached.
 */
export function sourceText(source: ReportSource | StoredSource): string {
  if ('text' in source) return source.text;
  const { text } = readTextFile(source.file, source.folder);
  if (text === undefined || digestOf(text) !== source.digest) {
    throw new ChangedWhileReadingError(source.file);
  }
  return text;
}

/**
 * A content file's text, or the finding that says why there is none. It is
 * opened without blocking and checked before it is read: a pipe would wait
 * for a writer forever, and a 10 GB file is not worth reading to reject.
 */
export function readTextFile(file: string, folder: string): { text?: string; diagnostics: Diagnostic[] } {
  const shown = displayPath(file);
  const problem = (fact: FileFact) => ({ diagnostics: [fileProblem(shown, fact)] });
  let descriptor: number | undefined;
  try {
    if (lstatSync(file).isSymbolicLink()) {
      if (!pathExists(file, true)) return problem({ kind: 'broken-link', target: readlinkSync(file) });
      if (!isInside(file, folder)) return problem(outside(file, folder));
    }
    descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return problem({ kind: 'folder' });
    if (!stats.isFile()) return problem({ kind: 'not-a-file', type: fileType(stats) });
    if (stats.size > inputLimits.fileBytes) return problem({ kind: 'too-large', bytes: stats.size });
    return decodeReportFile(shown, readFileSync(descriptor));
  } catch (error) {
    return problem(readError(error));
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function readError(error: unknown): FileFact {
  const { code = 'EIO', message } = error as NodeJS.ErrnoException;
  // "EACCES: permission denied, open 'x.md'" says the path twice.
  return { kind: 'read-error', code, message: message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '') };
}

function pathExists(file: string, followLinks = false): boolean {
  try {
    if (followLinks) statSync(file);
    else lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

/** Whether a path is a folder (links followed); false for what does not exist. */
export function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Whether a path, links followed, is inside a folder (links followed too). */
function isInside(file: string, folder: string): boolean {
  const relative = path.relative(realpathSync(folder), realpathSync(file));
  return relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}

function outside(file: string, folder: string): FileFact {
  return { kind: 'outside', target: readlinkSync(file), folder: displayPath(folder) };
}

function fileType(stats: Stats): string {
  if (stats.isFIFO()) return 'named pipe (FIFO)';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'special file';
}

/** The `.md` files under a folder (none if it does not exist yet), as the validator would list them. */
export function markdownFilesIn(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => displayPath(path.join(folder, name)))
    .sort();
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
  if (!pathExists(file)) return parseConfig(displayPath(file), undefined);
  const read = readTextFile(file, path.dirname(file));
  return read.text === undefined ? { diagnostics: read.diagnostics } : parseConfig(displayPath(file), read.text);
}
