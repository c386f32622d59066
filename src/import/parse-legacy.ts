import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import type { Reference } from '../schema/report.ts';
import { lineIndex } from '../text/line-index.ts';
import { shiftTitleHeadings } from './shift-headings.ts';

/** What a report in the older generated format holds, read as data. */
export interface LegacyReport {
  /** From the `# Title` line. */
  title: string;
  /** The number at the start of the agreement text: "1.3", "2.10". */
  section: string;
  /** The agreement text without the section number and the repeated title. */
  agreementText: string;
  /** The Markdown between the two blocks, `#` headings made `##`. */
  body: string;
  /** Every reference, in the order of the input. */
  references: Reference[];
}

interface Line {
  text: string;
  offset: number;
}

interface Block {
  /** Offset of `<details>` (or of `<summary>` when there is none). */
  start: number;
  /** Offset just after `</summary>`, where the content starts. */
  contentStart: number;
  /** Offset of `</details>`, where the content ends. */
  contentEnd: number;
  /** Offset just after `</details>`. */
  end: number;
}

const agreementExample = '`<details><summary>Regeerakkoord Sectie</summary><p>1.3 Title Text…</p></details>`';
const referencesExample = '`<details><summary>Referenties</summary> … </details>`';
const referenceForm =
  '`**[\\[n\\]](url)** : **(yyyy-mm-dd)** Title`, or `**[\\[n\\]]** : **(yyyy-mm-dd)**` without link';

/**
 * Reads one report in the older generated format: a `# Title` line, the
 * agreement text in a `<details>` block, the Markdown body, and a
 * `<details>` block of references. Tolerates a byte-order mark, CRLF line
 * endings, tabs and extra spaces. Anything it cannot read is a finding at
 * its line, and then no report comes back: a half import would lose text.
 */
export function parseLegacyReport(file: string, raw: string): { report?: LegacyReport; diagnostics: Diagnostic[] } {
  const withoutBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  // One `\n` per line end keeps every line and column as the editor sees them.
  const text = withoutBom.replace(/\r\n?/g, '\n');
  const positions = lineIndex(text);
  const at = (offset: number): Place => ({ file, ...positions.position(offset) });
  const diagnostics: Diagnostic[] = [];

  if (/^---[ \t]*\n/.test(text)) {
    return {
      diagnostics: [
        diagnostic(
          'import-title-missing',
          at(0),
          'the file starts with front matter, not with a `# Title` line: it is not a report in the older format',
          'it looks like a report in the new format already, which needs no import',
        ),
      ],
    };
  }
  const heading = readTitle(text);
  if (!heading.title) {
    diagnostics.push(
      diagnostic(
        'import-title-missing',
        at(heading.offset),
        text.trim() === ''
          ? 'the file is empty'
          : 'the file does not start with a `# Title` line, so this is not a report in the older format',
        'make the first line `# ` followed by the section title',
      ),
    );
  }

  const agreement = findBlock(text, 'regeerakkoord');
  const references = findBlock(text, 'referenties');
  if (!agreement.block) {
    diagnostics.push(
      diagnostic(
        'import-agreement-missing',
        at(agreement.summaryAt ?? 0),
        agreement.summaryAt === undefined
          ? `the agreement block ${agreementExample} is missing`
          : 'the agreement block is never closed with `</details>`',
        'the older format holds the agreement text in a `<details>` block right after the title',
      ),
    );
  }
  if (!references.block) {
    diagnostics.push(
      diagnostic(
        'import-references-missing',
        at(references.summaryAt ?? 0),
        references.summaryAt === undefined
          ? `the references block ${referencesExample} is missing`
          : 'the references block is never closed with `</details>`',
        'the older format ends with a `<details>` block of references, even when it lists none',
      ),
    );
  } else if (agreement.block && references.block.start < agreement.block.end) {
    diagnostics.push(
      diagnostic(
        'import-references-missing',
        at(references.block.start),
        'the references block comes before the end of the agreement block; it must follow the body',
        'put the agreement block first, then the body, then the references block',
      ),
    );
  }

  let section: string | undefined;
  let agreementText: string | undefined;
  if (agreement.block) {
    const read = readAgreement(text, agreement.block, heading.title ?? '');
    if (read.section === undefined) {
      diagnostics.push(
        diagnostic(
          'import-section-missing',
          at(read.textAt),
          'the agreement text does not start with a section number',
          'start the agreement text with the number of the section, such as `1.3` or `2.10`, then the title',
        ),
      );
    } else if (read.text === '') {
      diagnostics.push(
        diagnostic(
          'import-agreement-text-missing',
          at(read.textAt),
          `the agreement block holds section ${read.section} but no agreement text`,
          'copy the text of this section of the agreement after the section number and title',
        ),
      );
    }
    section = read.section;
    agreementText = read.text;
  }

  let referenceList: Reference[] = [];
  if (references.block) {
    const read = readReferences(text, references.block, at);
    referenceList = read.references;
    diagnostics.push(...read.diagnostics);
  }

  if (agreement.block && references.block) {
    const before = firstNonBlank(text, heading.end, agreement.block.start);
    const after = firstNonBlank(text, references.block.end, text.length);
    for (const [offset, where] of [
      [before, 'between the title and the agreement block'],
      [after, 'after the references block'],
    ] as const) {
      if (offset === undefined) continue;
      diagnostics.push(
        diagnostic(
          'import-stray-text',
          at(offset),
          `there is text ${where}, which the new format has no place for`,
          'move it into the body (between the two blocks), or remove it',
        ),
      );
    }
  }

  if (
    diagnostics.length > 0 ||
    !heading.title ||
    !agreement.block ||
    !references.block ||
    section === undefined ||
    agreementText === undefined
  ) {
    return { diagnostics };
  }
  const body = shiftTitleHeadings(
    text
      .slice(agreement.block.end, references.block.start)
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .trim(),
  );
  return {
    report: { title: heading.title, section, agreementText, body, references: referenceList },
    diagnostics: [],
  };
}

/** The `# Title` on the first line that is not blank. */
function readTitle(text: string): { title?: string; offset: number; end: number } {
  const offset = text.search(/\S/);
  if (offset === -1) return { offset: 0, end: 0 };
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  const lineEnd = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset);
  const match = /^[ \t]*#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(text.slice(lineStart, lineEnd));
  const title = match ? collapseSpaces(match[1]!) : '';
  return title ? { title, offset, end: lineEnd } : { offset, end: lineEnd };
}

/**
 * The first `<details>` block whose `<summary>` starts with `label`
 * (case and spaces do not matter), or where its summary is when the block
 * is never closed.
 */
function findBlock(text: string, label: string): { block?: Block; summaryAt?: number } {
  for (const summary of text.matchAll(/<summary\b[^>]*>([\s\S]*?)<\/summary\s*>/gi)) {
    if (!collapseSpaces(stripTags(summary[1]!)).toLowerCase().startsWith(label)) continue;
    const summaryAt = summary.index;
    const contentStart = summaryAt + summary[0].length;
    const opening = /<details\b[^>]*>\s*$/i.exec(text.slice(0, summaryAt));
    const closing = /<\/details\s*>/i.exec(text.slice(contentStart));
    if (!closing) return { summaryAt };
    const contentEnd = contentStart + closing.index;
    return {
      block: { start: opening?.index ?? summaryAt, contentStart, contentEnd, end: contentEnd + closing[0].length },
      summaryAt,
    };
  }
  return {};
}

/**
 * Section number and text from `<p>1.3 Title Text…</p>`. HTML collapses
 * spaces in a paragraph, so collapsing them here changes nothing a reader
 * saw; several paragraphs stay apart as Markdown paragraphs.
 */
function readAgreement(text: string, block: Block, title: string): { section?: string; text: string; textAt: number } {
  const content = text.slice(block.contentStart, block.contentEnd);
  const textAt = block.contentStart + (/^\s*(?:<p\b[^>]*>\s*)?/i.exec(content)?.[0].length ?? 0);
  const paragraphs = content
    .split(/<\/?p\b[^>]*>/i)
    .map(collapseSpaces)
    .filter((paragraph) => paragraph !== '');
  const joined = paragraphs.join('\n\n');
  const number = /^(\d+(?:\.\d+)*)\.?(?=\s|$)/.exec(joined);
  if (!number) return { text: joined, textAt };
  const rest = joined.slice(number[0].length).trimStart();
  return { section: number[1]!, text: withoutTitle(rest, title).trim(), textAt };
}

/** The title the older format repeats after the section number, if it does. */
function withoutTitle(text: string, title: string): string {
  const words = title.split(' ').filter(Boolean);
  if (words.length === 0) return text;
  const pattern = words.map((word) => escapeRegExp(word).replaceAll('&', '(?:&|&amp;)')).join('\\s+');
  return text.replace(new RegExp(`^${pattern}(?=\\s|$)`, 'iu'), '');
}

/**
 * One reference per paragraph: `**[\[n\]](url)** : **(yyyy-mm-dd)** Title`
 * or `**[\[n\]]** : **(yyyy-mm-dd)**`. A line that does not start a
 * reference continues the one above it, so a title wrapped over two lines
 * still reads as one.
 */
function readReferences(
  text: string,
  block: Block,
  at: (offset: number) => Place,
): { references: Reference[]; diagnostics: Diagnostic[] } {
  const entries: Line[] = [];
  let open = false;
  for (const line of linesOf(text, block.contentStart, block.contentEnd)) {
    const trimmed = collapseSpaces(line.text);
    if (trimmed === '') {
      open = false;
    } else if (open && !trimmed.startsWith('**')) {
      entries.at(-1)!.text += ` ${trimmed}`;
    } else {
      entries.push({ text: trimmed, offset: line.offset + line.text.search(/\S/) });
      open = true;
    }
  }

  const references: Reference[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    const match =
      /^\*\*\s*\[\s*\\?\[\s*(?<id>\d+)\s*\\?\]\s*\](?:\(\s*(?<url>\S*?)\s*\))?\s*\*\*\s*:?\s*\*\*\s*\(\s*(?<date>[^()]*?)\s*\)\s*\*\*\s*(?<title>.*)$/.exec(
        entry.text,
      );
    if (!match) {
      diagnostics.push(
        diagnostic(
          'import-reference-unreadable',
          at(entry.offset),
          `this line of the references block is not a reference: "${excerpt(entry.text)}"`,
          `write each reference on its own line as ${referenceForm}`,
        ),
      );
      continue;
    }
    const { id, url, date, title } = match.groups as { id: string; url?: string; date: string; title: string };
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      diagnostics.push(
        diagnostic(
          'import-reference-unreadable',
          at(entry.offset),
          `the date of reference ${Number(id)} is not written as yyyy-mm-dd: "${date}"`,
          'write the day of the decision as year-month-day, such as (2020-07-10)',
        ),
      );
      continue;
    }
    const reference: Reference = { id: Number(id), date };
    if (title !== '') reference.title = title;
    if (url) reference.url = url;
    references.push(reference);
  }
  return { references, diagnostics };
}

function linesOf(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let offset = start;
  for (const line of text.slice(start, end).split('\n')) {
    lines.push({ text: line, offset });
    offset += line.length + 1;
  }
  return lines;
}

function firstNonBlank(text: string, start: number, end: number): number | undefined {
  const index = text.slice(start, end).search(/\S/);
  return index === -1 ? undefined : start + index;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function stripTags(html: string): string {
  return html.replace(/<[^>]*>/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The line as the editor sees it, with a long link shortened. */
function excerpt(text: string): string {
  const short = text.replace(/\]\((\S{20})\S+\)/, ']($1…)');
  return short.length > 80 ? `${short.slice(0, 79)}…` : short;
}
