import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.ts';

export type Path = readonly (string | number)[];

/** Finds where a YAML value or key sits in the file. */
export interface Locator {
  /** The value at `path`, else the nearest enclosing thing that exists. */
  value(path: Path): Place;
  /** The key of `path`, else the nearest enclosing thing that exists. */
  key(path: Path): Place;
  /** The source text of the value at `path`, as the editor typed it. */
  source(path: Path): string | undefined;
}

/**
 * Parses YAML (1.2: dates stay strings, `2.10` is a number) and keeps the
 * positions, so every later finding can point at the key or value it is about.
 * `at` maps an offset in `source` to a place in the file; `top` is where
 * findings about the whole document go.
 */
export function parseYaml(
  source: string,
  at: (offset: number) => Place,
  top: Place,
): { parsed?: { data: unknown; locate: Locator }; diagnostics: Diagnostic[] } {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Later YAML errors are mostly echoes of the first; one is clearer.
    const error = doc.errors[0]!;
    return {
      diagnostics: [
        diagnostic('yaml-syntax', at(error.pos[0]), yamlMessage(error.code, error.message), yamlHint(error.code)),
      ],
    };
  }
  const locate = locator(doc, source, at, top);
  if (!isMap(doc.contents) && doc.contents !== null) {
    return {
      diagnostics: [
        diagnostic(
          'front-matter-not-a-mapping',
          locate.value([]),
          'this must be `key: value` lines',
          'write each setting on its own line, such as `title: Activering stimuleren`',
        ),
      ],
    };
  }
  const data = doc.contents === null ? {} : doc.toJS({ maxAliasCount: 100 });
  return { parsed: { data, locate }, diagnostics: [] };
}

function yamlMessage(code: string, message: string): string {
  const plain: Record<string, string> = {
    DUPLICATE_KEY: 'the same key appears twice',
    BLOCK_AS_IMPLICIT_KEY: 'a value contains a colon followed by a space, which YAML reads as a new key',
    MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line',
    BAD_INDENT: 'the indentation is inconsistent',
    MISSING_CHAR: 'a quote or bracket is not closed',
    TAB_AS_INDENT: 'tabs are used for indentation',
  };
  return `the front matter is not valid YAML: ${plain[code] ?? message.replace(/\.$/, '')}`;
}

function yamlHint(code: string): string {
  if (code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
  if (code === 'DUPLICATE_KEY') return 'remove or rename one of the two';
  if (code === 'BAD_INDENT') return 'indent keys that belong together by the same number of spaces';
  return 'put text that contains `: `, `#`, quotes or brackets between double quotes, such as title: "Werk: activering"';
}

function locator(doc: Document, source: string, at: (offset: number) => Place, top: Place): Locator {
  const walk = (path: Path) => {
    let node: unknown = doc.contents;
    let keyNode: Node | undefined;
    let found = true;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) {
          found = false;
          break;
        }
        keyNode = pair.key as Node;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        keyNode = undefined;
        node = node.items[segment];
      } else {
        found = false;
        break;
      }
    }
    // A key missing from the top level is best shown at the opening `---`.
    if (!found && keyNode === undefined && isMap(node) && node === doc.contents)
      return { value: undefined, keyNode: undefined, container: undefined };
    const value = found && isNode(node) && !(isScalar(node) && node.value === null) ? node : undefined;
    return { value, keyNode, container: isNode(node) ? node : undefined };
  };
  const place = (node: Node | undefined) => (node?.range ? at(node.range[0]) : top);
  return {
    value(path) {
      const { value, keyNode, container } = walk(path);
      return place(value ?? keyNode ?? container);
    },
    key(path) {
      const { value, keyNode, container } = walk(path);
      return place(keyNode ?? value ?? container);
    },
    source(path) {
      const { value } = walk(path);
      return value?.range ? source.slice(value.range[0], value.range[1]) : undefined;
    },
  };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}
