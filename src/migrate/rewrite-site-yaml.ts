import { isMap, isNode, isScalar, parseDocument, Scalar } from 'yaml';

/** The settings of site.yaml that move to an agreement's agreement.yaml. */
export const movedSettings = ['agreement', 'chapters'] as const;

/** The setting that marks the agreement published at the old addresses, with a line on what it does. */
export function redirectSetting(id: string): string[] {
  return [
    `# The old addresses (/rapporten/…, /hoofdstukken/…) lead to this agreement's pages under /${id}/.`,
    `redirectOldAddressesTo: "${id}"`,
  ];
}

/**
 * site.yaml without its `agreement:` and `chapters:` blocks (and the comment
 * lines directly above them), with `redirectOldAddressesTo` where the first
 * of them was. The text is cut by lines rather than printed again from the
 * parsed document: printing would fold long text and respace lists, and
 * every other line should stay as the editor wrote it. `undefined` (no
 * site.yaml) gives a file with just the new setting.
 */
export function rewriteSiteYaml(text: string | undefined, id: string): string {
  if (text === undefined) return redirectSetting(id).join('\n') + '\n';
  const source = text.replace(/^\uFEFF/, '');
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(source);
  const map = doc.contents;
  if (!isMap(map)) return appendLines(source, redirectSetting(id), eol);
  if (map.flow) {
    // `{ siteName: …, agreement: … }` on a line or a few: there are no lines to cut.
    for (const key of movedSettings) doc.delete(key);
    const value = new Scalar(id);
    value.type = Scalar.QUOTE_DOUBLE;
    doc.set('redirectOldAddressesTo', value);
    return doc.toString();
  }

  const lines = source.split(/(?<=\n)/);
  if (!lines.at(-1)!.endsWith('\n')) lines[lines.length - 1] += eol;
  const lineOf = lineFinder(lines);
  const keyLines = map.items.map((pair) => (isNode(pair.key) && pair.key.range ? lineOf(pair.key.range[0]) : -1));
  if (keyLines.length === 0 || keyLines.includes(-1)) return appendLines(source, redirectSetting(id), eol);
  const indent = /^[ \t]*/.exec(lines[keyLines[0]!]!)![0];

  const blocks = map.items.map((pair, i) => ({
    name: isScalar(pair.key) ? String(pair.key.value) : undefined,
    start: firstLineOfBlock(lines, keyLines[i]!, indent.length),
    last: lastLineOfBlock(lines, keyLines[i]!, keyLines[i + 1] ?? lines.length, indent.length),
  }));
  const moved = blocks.filter((block) => (movedSettings as readonly (string | undefined)[]).includes(block.name));
  const removed = new Set(moved.flatMap((block) => lineNumbers(block.start, block.last)));
  // Where the agreement was, or else after the last setting (not after a closing `...`).
  const insertAt = moved[0]?.start ?? blocks.at(-1)!.last + 1;
  return spliceLines(
    lines,
    removed,
    insertAt,
    redirectSetting(id).map((added) => indent + added + eol),
  );
}

/** `lines` without the `removed` ones, with `added` before line `insertAt`. */
function spliceLines(lines: readonly string[], removed: Set<number>, insertAt: number, added: string[]): string {
  const out: string[] = [];
  // Blank lines on both sides of a block taken out become one.
  let afterRemoved = false;
  let blankBefore = true;
  for (let line = 0; line <= lines.length; line++) {
    if (line === insertAt) {
      out.push(...added);
      blankBefore = false;
    }
    const text = lines[line];
    if (text === undefined || removed.has(line)) {
      afterRemoved ||= removed.has(line);
      continue;
    }
    const blank = isBlank(text);
    if (blank && blankBefore && afterRemoved) continue;
    out.push(text);
    blankBefore = blank;
    if (!blank) afterRemoved = false;
  }
  return out.join('');
}

/** The first line of a top-level setting: its key, or the comment lines directly above it that belong to it. */
function firstLineOfBlock(lines: readonly string[], keyLine: number, column: number): number {
  let start = keyLine;
  while (start > 0 && isComment(lines[start - 1]!, column)) start--;
  // Comments that open the file speak of the whole file, not of its first setting.
  const header = lines.slice(0, start).every((line) => /^\s*(%.*|---\s*)?$/.test(line));
  return start < keyLine && header ? keyLine : start;
}

/**
 * The last line of a top-level setting: its value's last line, including
 * comments indented under it; blank lines and comments at the key's column
 * after it belong to the next setting (or end the file, with a closing `...`).
 */
function lastLineOfBlock(lines: readonly string[], keyLine: number, nextKeyLine: number, column: number): number {
  let last = nextKeyLine - 1;
  while (last > keyLine && (isBlank(lines[last]!) || isComment(lines[last]!, column) || isDocumentEnd(lines[last]!))) {
    last--;
  }
  return last;
}

function isBlank(line: string): boolean {
  return /^\s*$/.test(line);
}

function isDocumentEnd(line: string): boolean {
  return /^\.\.\.(\s|$)/.test(line);
}

function isComment(line: string, column: number): boolean {
  const match = /^([ \t]*)#/.exec(line);
  return match !== null && match[1]!.length <= column;
}

function appendLines(source: string, added: readonly string[], eol: string): string {
  const separator = source === '' || source.endsWith('\n') ? '' : eol;
  return source + separator + added.map((line) => line + eol).join('');
}

function lineNumbers(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The 0-based line that a character offset is on. */
function lineFinder(lines: readonly string[]): (offset: number) => number {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length;
  }
  return (at) => {
    let line = 0;
    while (line + 1 < starts.length && starts[line + 1]! <= at) line++;
    return line;
  };
}
