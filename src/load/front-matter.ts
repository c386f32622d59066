import matter from 'gray-matter';
import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import { lineIndex, type LineIndex } from '../text/line-index.ts';
import { parseYaml, type Locator } from './yaml.ts';

export type { Locator, Path } from './yaml.ts';

export interface SplitFile {
  /** The parsed YAML, as plain data. */
  data: unknown;
  /** The Markdown after the front matter. */
  body: string;
  /** Offset of `body` in the file (after a byte-order mark). */
  bodyOffset: number;
  lines: LineIndex;
  locate: Locator;
}

const opening = /^---[ \t]*\r?\n/;
const closing = /^---[ \t]*$/m;

/**
 * Splits a Markdown file into YAML front matter and body, keeping track of
 * where everything is so that findings point at the line the editor sees.
 * Tolerates a UTF-8 byte-order mark and CRLF line endings.
 */
export function splitFrontMatter(file: string, raw: string): { split?: SplitFile; diagnostics: Diagnostic[] } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const lines = lineIndex(text);
  const at = (offset: number): Place => ({ file, ...lines.position(offset) });

  if (text.trim() === '') {
    return {
      diagnostics: [
        diagnostic(
          'file-empty',
          at(0),
          'the file is empty',
          'a report starts with front matter between two `---` lines',
        ),
      ],
    };
  }
  if (!opening.test(text)) {
    return {
      diagnostics: [
        diagnostic(
          'front-matter-missing',
          at(0),
          'the file does not start with front matter',
          'make the first line `---`, then the report data such as `title: …`, then another `---` line',
        ),
      ],
    };
  }
  const afterOpening = text.match(opening)![0].length;
  if (!closing.test(text.slice(afterOpening))) {
    return {
      diagnostics: [
        diagnostic(
          'front-matter-unclosed',
          at(0),
          'the front matter that starts on line 1 is never closed',
          'add a line with only `---` after the last front-matter line',
        ),
      ],
    };
  }

  // gray-matter finds the block; YAML is parsed below with positions kept.
  const parts = matter(text, { engines: { yaml: () => ({}) } });
  const matterOffset = 3;
  // The block ends before the `\n` of the closing line; with CRLF a `\r` is left.
  const yamlSource = parts.matter.replace(/\r$/, '');
  const bodyOffset = text.length - parts.content.length;

  const yaml = parseYaml(yamlSource, (at0) => at(matterOffset + at0), at(0));
  if (!yaml.parsed) return { diagnostics: yaml.diagnostics };
  const { data, locate } = yaml.parsed;
  return { split: { data, body: parts.content, bodyOffset, lines, locate }, diagnostics: [] };
}
