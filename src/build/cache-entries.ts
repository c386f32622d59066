import { readFileSync, writeFileSync } from 'node:fs';
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
 * An entry is up to three files: `<key>.check`, small, with the findings
 * (all the validator reads); `<key>.report`, with the report and its
 * rendered Markdown but for the body (read by the build when it makes the
 * model); `<key>.body`, the rendered body as HTML (read when its page is
 * written). The `.check` is written last, so that it is never seen without
 * the files it promises (or, if a build stopped while writing, with them
 * half written, which their checks catch).
 */
export interface CheckPart {
  diagnostics: CompiledSource['diagnostics'];
  section?: CompiledSource['section'];
  hasReport: boolean;
  rendered: boolean;
}

/**
 * An entry's findings, and whether its rendered report is there to be read
 * (readReport) when `render`. Missing where the build needs a rendered
 * report that the entry lacks (the validator alone checked it), and where
 * the `.check` cannot be read or is not what writeEntry writes.
 */
export function readEntry(
  dir: string,
  key: string,
  render: boolean,
): { compiled: CompiledSource; deferred?: true } | undefined {
  let check: unknown;
  try {
    check = deserialize(readFileSync(path.join(dir, `${key}.check`)));
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

/** What the validator needs of a compiled report: its findings and section. */
export function findingsOf({ diagnostics, section }: CheckPart | CompiledSource): CompiledSource {
  return section ? { diagnostics, section } : { diagnostics };
}

/**
 * A report whose `.check` said it is in the cache, rendered; its body is
 * read when asked for. Undefined when the `.report` is gone, cannot be
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
  try {
    report = deserialize(readFileSync(path.join(dir, `${key}.report`)));
  } catch {
    return undefined;
  }
  if (!isStoredReport(report, file)) return undefined;
  const bodyFile = path.join(dir, `${key}.body`);
  const { bodyHash } = report.rendered;
  report.body = () => readBody(bodyFile, bodyHash) ?? bodyOf(again(), file);
  return report;
}

/**
 * A `.body`, when it is the body its `.report` was rendered with. It is plain
 * HTML, with no shape to tell a damaged one by. Its length would catch a body
 * cut short but not one overwritten; the SHA-1 that the report already keeps
 * of it (bodyHash) catches both, needs no new field, and costs a few
 * milliseconds per megabyte read.
 */
function readBody(file: string, bodyHash: string): string | undefined {
  try {
    // Read as text (Node's fast path, no buffer to collect).
    const body = readFileSync(file, 'utf8');
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

/** A `.report` as writeEntry writes it for `file`: another file's report is the wrong one too. */
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
    if (isRendered(entry.report)) {
      // Stored as readReport gives it back: the model's report, its body on its own.
      const { body, ...report } = modelReport(entry.report);
      writeFileSync(path.join(dir, `${key}.body`), Buffer.from(body(), 'utf8'));
      writeFileSync(path.join(dir, `${key}.report`), serialize(report));
    }
    // A report checked but not rendered (by the validator) is not kept: the build compiles it again to render it.
    const check: CheckPart = {
      diagnostics: entry.diagnostics,
      hasReport: entry.report !== undefined,
      rendered: isRendered(entry.report),
    };
    if (entry.section) check.section = entry.section;
    writeFileSync(path.join(dir, `${key}.check`), serialize(check));
    return true;
  } catch {
    // A cache that cannot be written only makes the next run slower.
    return false;
  }
}

function bodyOf(result: CompiledSource, file: string): string {
  // The entry's key is the file's content: compiled again, it is rendered as it was.
  if (!isRendered(result.report)) throw new Error(`${file} compiled again without its rendered report`);
  return result.report.rendered.bodyHtml;
}
