import { closeSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { isRendered, type CompiledSource } from '../compile/collect.ts';
import { hasErrors } from '../diagnostics/diagnostic.ts';
import { bodyHashOf } from '../markdown/body-hash.ts';
import { modelReport, type ModelReport } from '../model/report-page.ts';

// A cache entry is one report's compiled value, stored with v8.serialize
// under a key (see compile-sources.ts). An entry that cannot be read or is
// damaged (truncated, garbage, written by another Node, half written by a
// build that was stopped) counts as missing wherever it is read: each part
// is checked by its shape, and the body by its hash. So files are written
// in place, without a temporary file to rename: a reader that meets one
// half written compiles the report again.

/**
 * An entry is one file, `<key>.entry`, in three parts: the findings (all
 * the validator reads, first, so that it reads no more than the start of
 * the file), the report with its rendered Markdown but for the body (read
 * when the model is made), and the rendered body as HTML (read when its
 * page is written). The first two are each preceded by their length:
 *
 *   [u32 length][findings][u32 length][report, or nothing][body, or nothing]
 *
 * One file rather than a file per part: creating files is what writing the
 * cache costs most (at 1,000 reports three files an entry took a fifth of a
 * cold build's main thread).
 */
export interface CheckPart {
  diagnostics: CompiledSource['diagnostics'];
  section?: CompiledSource['section'];
  hasReport: boolean;
  rendered: boolean;
}

const entryFile = (dir: string, key: string) => path.join(dir, `${key}.entry`);

/** Bytes read first: the findings of nearly every report fit. */
const firstRead = 8192;

/**
 * An entry's findings, and whether its rendered report is there to be read
 * (readReport) when `render`. Missing where the build needs a rendered
 * report that the entry lacks (the validator alone checked it), and where
 * the findings cannot be read or are not what writeEntry writes.
 */
export function readEntry(
  dir: string,
  key: string,
  render: boolean,
): { compiled: CompiledSource; deferred?: true } | undefined {
  let check: unknown;
  try {
    check = deserialize(checkBytes(entryFile(dir, key)));
  } catch {
    return undefined;
  }
  if (!isCheckPart(check)) return undefined;
  const found = findingsOf(check);
  const renderable = check.hasReport && !hasErrors(check.diagnostics);
  if (!render || !renderable) return { compiled: found };
  // A report checked by the validator alone has not been rendered yet.
  return check.rendered ? { compiled: found, deferred: true } : undefined;
}

/** The findings part of an entry, read from the start of its file only. */
function checkBytes(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    let bytes = Buffer.alloc(firstRead);
    let read = readSync(fd, bytes, 0, firstRead, 0);
    const length = read >= 4 ? bytes.readUInt32LE(0) : -1;
    if (length < 0) throw new Error('entry cut short');
    if (4 + length > read) {
      bytes = Buffer.alloc(4 + length);
      read = readSync(fd, bytes, 0, 4 + length, 0);
      if (read < 4 + length) throw new Error('entry cut short');
    }
    return bytes.subarray(4, 4 + length);
  } finally {
    closeSync(fd);
  }
}

/** What the validator needs of a compiled report: its findings and section. */
export function findingsOf({ diagnostics, section }: CheckPart | CompiledSource): CompiledSource {
  return section ? { diagnostics, section } : { diagnostics };
}

/** The parts of a whole entry, or undefined where its lengths do not fit its size. */
function entryParts(bytes: Buffer): { report: Buffer; bodyStart: number } | undefined {
  if (bytes.length < 4) return undefined;
  const reportAt = 4 + bytes.readUInt32LE(0);
  if (reportAt + 4 > bytes.length) return undefined;
  const bodyStart = reportAt + 4 + bytes.readUInt32LE(reportAt);
  if (bodyStart > bytes.length) return undefined;
  return { report: bytes.subarray(reportAt + 4, bodyStart), bodyStart };
}

/**
 * A report whose findings said it is in the cache, rendered; its body is
 * read when asked for. Undefined when the entry is gone, cannot be
 * deserialized or is not this file's report (the caller compiles it again);
 * a body that is gone or damaged is made by `again`.
 */
export function readReport(
  dir: string,
  key: string,
  file: string,
  again: () => CompiledSource,
): ModelReport | undefined {
  let report: unknown;
  let bodyStart: number;
  try {
    const parts = entryParts(readFileSync(entryFile(dir, key)));
    if (!parts) return undefined;
    report = deserialize(parts.report);
    bodyStart = parts.bodyStart;
  } catch {
    return undefined;
  }
  if (!isStoredReport(report, file)) return undefined;
  const { bodyHash } = report.rendered;
  report.body = () => readBody(entryFile(dir, key), bodyStart, bodyHash) ?? bodyOf(again(), file);
  return report;
}

/**
 * The body, when it is the one its report was rendered with. It is plain
 * HTML, with no shape to tell a damaged one by. Its length would catch a body
 * cut short but not one overwritten; the SHA-1 that the report already keeps
 * of it (bodyHash) catches both, needs no new field, and costs a few
 * milliseconds per megabyte read. The entry is read again: the body is not
 * kept between the model and the page (40 MB at 4,000 reports).
 */
function readBody(file: string, bodyStart: number, bodyHash: string): string | undefined {
  try {
    // Only the body part: the findings and the report before it were read with the model.
    const fd = openSync(file, 'r');
    let bytes: Buffer;
    try {
      bytes = Buffer.alloc(Math.max(0, fstatSync(fd).size - bodyStart));
      if (readSync(fd, bytes, 0, bytes.length, bodyStart) < bytes.length) return undefined;
    } finally {
      closeSync(fd);
    }
    const body = bytes.toString('utf8');
    return bodyHashOf(body) === bodyHash ? body : undefined;
  } catch {
    return undefined;
  }
}

// Entries are checked by shape: v8.deserialize of damaged bytes fails or
// gives a value, possibly of another kind, that must not reach the model.

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isCheckPart(value: unknown): value is CheckPart {
  if (!isObject(value)) return false;
  const { diagnostics, section, hasReport, rendered } = value;
  const isDiagnostic = (d: unknown) =>
    isObject(d) && typeof d.file === 'string' && typeof d.severity === 'string' && typeof d.message === 'string';
  return (
    Array.isArray(diagnostics) &&
    diagnostics.every(isDiagnostic) &&
    (section === undefined || (isObject(section) && typeof section.section === 'string' && isObject(section.place))) &&
    typeof hasReport === 'boolean' &&
    typeof rendered === 'boolean'
  );
}

/** A report part as writeEntry writes it for `file`: another file's report is the wrong one too. */
function isStoredReport(value: unknown, file: string): value is ModelReport {
  if (!isObject(value) || value.file !== file || !isObject(value.data) || !isObject(value.sectionPlace)) return false;
  const { data, rendered } = value;
  const strings = (object: Record<string, unknown>, ...names: string[]) =>
    names.every((name) => typeof object[name] === 'string');
  const arrays = (object: Record<string, unknown>, ...names: string[]) =>
    names.every((name) => Array.isArray(object[name]));
  return (
    strings(data, 'title', 'status') &&
    isObject(data.agreement) &&
    arrays(data, 'references', 'history', 'themes') &&
    isObject(rendered) &&
    strings(rendered, 'bodyHash', 'agreementHtml', 'agreementPlain') &&
    arrays(rendered, 'toc', 'citations', 'notesHtml')
  );
}

/** Whether the entry was written (into a folder that exists: see compileSources). */
export function writeEntry(dir: string, key: string, entry: CompiledSource): boolean {
  try {
    const check: CheckPart = {
      diagnostics: entry.diagnostics,
      hasReport: entry.report !== undefined,
      rendered: isRendered(entry.report),
    };
    if (entry.section) check.section = entry.section;
    // A report checked but not rendered (by the validator) is not kept: the build compiles it again to render it.
    let report = Buffer.alloc(0);
    let body = Buffer.alloc(0);
    if (isRendered(entry.report)) {
      // Stored as readReport gives it back: the model's report, its body on its own.
      const { body: bodyOfReport, ...rest } = modelReport(entry.report);
      report = serialize(rest);
      body = Buffer.from(bodyOfReport(), 'utf8');
    }
    const findings = serialize(check);
    writeFileSync(entryFile(dir, key), Buffer.concat([length(findings), findings, length(report), report, body]));
    return true;
  } catch {
    // A cache that cannot be written only makes the next run slower.
    return false;
  }
}

function length(part: Buffer): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(part.length);
  return bytes;
}

function bodyOf(result: CompiledSource, file: string): string {
  // The entry's key is the file's content: compiled again, it is rendered as it was.
  if (!isRendered(result.report)) throw new Error(`${file} compiled again without its rendered report`);
  return result.report.rendered.bodyHtml;
}
