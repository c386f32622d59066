import type { Root } from 'mdast';
import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import { describeBytes, tooLarge } from '../load/file-problems.ts';
import type { Locator } from '../load/front-matter.ts';
import { inputLimits } from '../limits.ts';
import { lineNesting, lineScanMargin, treeNesting } from '../markdown/nesting.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { lineIndex } from '../text/line-index.ts';
import { utf8Length } from '../text/utf8.ts';

/** A file over the size limit is not looked at any further. */
export function checkFileSize(file: string, text: string): Diagnostic | undefined {
  // Cheap first: a UTF-8 character takes at most 3 bytes per UTF-16 unit.
  if (text.length * 3 <= inputLimits.fileBytes) return undefined;
  const bytes = utf8Length(text);
  return bytes > inputLimits.fileBytes ? tooLarge(file, bytes) : undefined;
}

/**
 * Control characters (NUL, form feed, …) and a byte-order mark after the
 * start are invisible in an editor and not allowed in a web page; they come
 * from pasting out of PDFs and other programs, or from joining files. One
 * finding per file, at the first one.
 */
export function checkInvisibleCharacters(file: string, text: string): Diagnostic | undefined {
  let first = -1;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isInvisible(text.charCodeAt(i), i)) continue;
    if (first === -1) first = i;
    count++;
  }
  if (first === -1) return undefined;
  const code = text.charCodeAt(first);
  const name = code === 0xfeff ? 'a byte-order mark' : code === 0 ? 'a NUL character' : 'a control character';
  const more = count > 1 ? `; the file holds ${count - 1} more like it` : '';
  // Counted as the editor shows the file: without the byte-order mark at its start.
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  return diagnostic(
    'invisible-character',
    { file, ...lineIndex(text.slice(bom)).position(first - bom) },
    `${name} (U+${code.toString(16).toUpperCase().padStart(4, '0')}) here is invisible and does not belong in a report${more}`,
    code === 0xfeff
      ? 'it usually comes from pasting one file into another: delete it (move the cursor across it to find it)'
      : 'it usually comes from pasting out of a PDF: delete it, or retype the text around it',
  );
}

function isInvisible(code: number, index: number): boolean {
  if (code < 0x20) return code !== 9 && code !== 10 && code !== 13;
  if (code >= 0x7f && code <= 0x9f) return true;
  return code === 0xfeff && index > 0;
}

/**
 * Checks a Markdown text against the size and nesting limits, and parses it
 * when that is safe. `place` maps an offset in the text to the file; `what`
 * names the text in messages ("the body", "`agreement.text`").
 */
export function checkMarkdownText(
  markdown: string,
  place: (offset: number) => Place,
  what: string,
): { tree?: Root; diagnostics: Diagnostic[] } {
  const size = sizeProblem(markdown);
  if (size) {
    return {
      diagnostics: [
        diagnostic(
          'markdown-too-large',
          place(size.offset),
          `${what} ${size.message}`,
          'a report covers one section; shorten the text, or check that nothing was pasted by mistake',
        ),
      ],
    };
  }
  const scanned = lineNesting(markdown, lineScanMargin * inputLimits.nesting);
  if (scanned) {
    return {
      diagnostics: [
        deep(
          place(scanned.offset),
          `${what} nests lists or quotes too deeply on this line: its markers and indentation open about ${scanned.depth} levels`,
        ),
      ],
    };
  }
  const tree = parseMarkdown(markdown);
  const measured = treeNesting(tree, inputLimits.nesting);
  if (measured) {
    return {
      diagnostics: [
        deep(place(measured.offset), `${what} nests lists, quotes, emphasis, links or HTML elements too deeply here`),
      ],
    };
  }
  return { tree, diagnostics: [] };
}

function deep(at: Place, message: string): Diagnostic {
  return diagnostic(
    'nesting-too-deep',
    at,
    `${message}; at most ${inputLimits.nesting} levels are allowed`,
    'a report needs a few levels at most: flatten the lists or quotes, or close the HTML elements that are left open',
  );
}

function sizeProblem(markdown: string): { offset: number; message: string } | undefined {
  const { markdownBytes, markdownLines, markdownParagraph } = inputLimits;
  const bytes = utf8Length(markdown);
  if (bytes > markdownBytes) {
    return { offset: 0, message: `is ${describeBytes(bytes)}; at most ${describeBytes(markdownBytes)} are allowed` };
  }
  let lines = 0;
  let paragraph = { start: 0, length: 0 };
  for (let start = 0; start <= markdown.length;) {
    let end = markdown.indexOf('\n', start);
    if (end === -1) end = markdown.length;
    lines++;
    if (markdown.slice(start, end).trim() === '') paragraph = { start: end + 1, length: 0 };
    else paragraph.length += end + 1 - start;
    // Each line is counted with the break after it; the last line's is not part of the paragraph.
    if (paragraph.length - 1 > markdownParagraph) {
      return {
        offset: paragraph.start,
        message: `has a paragraph (lines without a blank line between them) of more than ${markdownParagraph.toLocaleString('en')} characters here; split it with blank lines`,
      };
    }
    start = end + 1;
  }
  // A line break at the end ends the last line; it does not begin another.
  if (markdown.endsWith('\n')) lines--;
  if (lines > markdownLines) {
    return {
      offset: 0,
      message: `is ${lines.toLocaleString('en')} lines long; at most ${markdownLines.toLocaleString('en')} are allowed`,
    };
  }
  return undefined;
}

/** Too many references to check one by one: reported once, at `references`. */
export function checkReferenceCount(data: unknown, locate: Locator): Diagnostic | undefined {
  const references = (data as { references?: unknown } | null)?.references;
  if (!Array.isArray(references) || references.length <= inputLimits.references) return undefined;
  return diagnostic(
    'too-many-references',
    locate.key(['references']),
    `the report lists ${references.length.toLocaleString('en')} references; at most ${inputLimits.references.toLocaleString('en')} are allowed`,
    'a report covers one section of the agreement; split it, or check that the list was not pasted twice',
  );
}

/** A title that long is text pasted into the wrong field. */
export function checkTitleLength(data: unknown, locate: Locator): Diagnostic | undefined {
  const title = (data as { title?: unknown } | null)?.title;
  if (typeof title !== 'string') return undefined;
  const length = [...title.trim()].length;
  if (length <= inputLimits.titleLength) return undefined;
  return diagnostic(
    'title-too-long',
    locate.value(['title']),
    `\`title\` is ${length.toLocaleString('en')} characters long; at most ${inputLimits.titleLength} are allowed`,
    'the title is the name of the section; the text of the agreement goes in `agreement.text`',
  );
}
