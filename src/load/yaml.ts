import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  type Alias,
  type Document,
  type Node,
} from 'yaml';
import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import { inputLimits } from '../limits.ts';
import { fastYamlData } from './fast-yaml.ts';

export type Path = readonly (string | number)[];

// Warnings (such as a mapping used as a key) would go to the console; the
// schema reports what matters about such values.
const documentOptions = { prettyErrors: false, uniqueKeys: true, logLevel: 'error' } as const;

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
  // Most files have no finding: their data comes from the fast path, and the
  // positions are worked out only if something asks where a value is.
  const data = fastYamlData(source);
  if (data !== undefined) return { parsed: { data, locate: lazyLocator(source, data, at, top) }, diagnostics: [] };
  return parsePrecisely(source, at, top);
}

/** `yaml`'s document with positions: the data, its findings, and where everything is. */
export function parsePrecisely(
  source: string,
  at: (offset: number) => Place,
  top: Place,
): { parsed?: { data: unknown; locate: Locator }; diagnostics: Diagnostic[] } {
  const doc = parseDocument(source, documentOptions);
  // The parser runs out of stack on very deep nesting and says so as an error.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) return { diagnostics: [tooDeep(at(deepBracket(source, inputLimits.nesting) ?? exhausted.pos[0]))] };
  if (doc.errors.length > 0) {
    // Later YAML errors are mostly echoes of the first; one is clearer.
    const error = doc.errors[0]!;
    return {
      diagnostics: [
        diagnostic('yaml-syntax', at(error.pos[0]), yamlMessage(error.code, error.message), yamlHint(error.code)),
      ],
    };
  }
  const deep = deepestNode(doc.contents, inputLimits.nesting);
  if (deep) return { diagnostics: [tooDeep(deep.range ? at(deep.range[0]) : top)] };
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
  if (doc.contents === null) return { parsed: { data: {}, locate }, diagnostics: [] };
  try {
    return { parsed: { data: doc.toJS({ maxAliasCount: inputLimits.aliases }), locate }, diagnostics: [] };
  } catch (error) {
    return { diagnostics: [aliasProblem(doc, (error as Error).message, at, top)] };
  }
}

function tooDeep(place: Place): Diagnostic {
  return diagnostic(
    'nesting-too-deep',
    place,
    `the front matter nests lists and mappings more than ${inputLimits.nesting} levels deep here`,
    'a report needs three levels at most (references, a reference, its fields); look for brackets or indentation that run away',
  );
}

/**
 * Where brackets (`[`, `{`) first nest more than `limit` deep, outside quotes
 * and comments: the same place `deepestNode` finds, for text too deep for the
 * parser to build (where it ran out of stack depends on the machine).
 */
export function deepBracket(source: string, limit: number): number | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === quote && !(quote === '"' && source[i - 1] === '\\')) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(source[i - 1]!))) {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end;
    } else if (c === '[' || c === '{') {
      if (++depth > limit) return i;
    } else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
  }
  return undefined;
}

/**
 * The first collection more than `limit` levels deep, found without recursion
 * (the tree can be as deep as the parser's stack allowed).
 */
function deepestNode(contents: unknown, limit: number): Node | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth + 1 > limit) return node;
    for (const item of node.items as unknown[]) {
      if (isPair(item)) stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Turning the YAML into data fails only on aliases: one that repeats too much
 * ("billion laughs": a few lines that expand to gigabytes), or one whose
 * anchor is not defined before it.
 */
function aliasProblem(doc: Document, message: string, at: (offset: number) => Place, top: Place): Diagnostic {
  const unresolved = /Unresolved alias[^:]*: (.*)$/.exec(message)?.[1];
  const alias = aliases(doc).find((node) => unresolved === undefined || node.source === unresolved);
  const place = alias?.range ? at(alias.range[0]) : top;
  if (unresolved !== undefined) {
    return diagnostic(
      'yaml-syntax',
      place,
      `the front matter is not valid YAML: the alias \`*${unresolved}\` refers to no \`&${unresolved}\` before it`,
      'write the value out instead of `*name`',
    );
  }
  if (/excessive alias/i.test(message)) {
    return diagnostic(
      'too-many-aliases',
      place,
      `the front matter repeats YAML aliases (\`*name\`) more than ${inputLimits.aliases} times in all, which would make it enormous`,
      'write the values out instead of repeating them with `&name` and `*name`',
    );
  }
  return diagnostic('yaml-syntax', place, `the front matter is not valid YAML: ${message.replace(/\.$/, '')}`);
}

/** Every alias node, in document order. */
function aliases(doc: Document): Alias[] {
  const found: Alias[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) found.push(node);
    else if (isPair(node)) stack.push(node.value, node.key);
    else if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return found;
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
        const pair =
          node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment)) ??
          // A list or mapping used as a key (`? [a, b]`) becomes a text key, spelled a little differently.
          node.items.find((p) => isCollection(p.key) && loose(String(p.key)) === loose(String(segment)));
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

function loose(text: string): string {
  return text.replace(/[\s"']/g, '');
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

/**
 * A locator that parses the document with positions when first asked. Every
 * report asks where its section number is (for findings across reports);
 * that one is found in the text when it is written the usual way.
 */
function lazyLocator(
  source: string,
  data: Record<string, unknown>,
  at: (offset: number) => Place,
  top: Place,
): Locator {
  let precise: Locator | undefined;
  const full = () => (precise ??= locator(parseDocument(source, documentOptions), source, at, top));
  return {
    value(path) {
      if (path.length === 2 && path[0] === 'agreement' && path[1] === 'section') {
        const offset = sectionOffset(source, data);
        if (offset !== undefined) return at(offset);
      }
      return full().value(path);
    },
    key: (path) => full().key(path),
    source: (path) => full().source(path),
  };
}

/**
 * Where the value of `section:` is in the usual block form (`agreement:` at
 * the start of a line, `section:` on a line of its own under it, followed
 * by the value the data has); undefined for anything else.
 */
function sectionOffset(source: string, data: Record<string, unknown>): number | undefined {
  const agreement = data.agreement as Record<string, unknown> | undefined;
  const section = typeof agreement === 'object' && agreement !== null ? agreement.section : undefined;
  if (typeof section !== 'string') return undefined;
  const opening = /^agreement:[ ]*(?:#.*)?\r?$/m.exec(source);
  if (!opening) return undefined;
  let indent: number | undefined;
  for (let start = opening.index + opening[0].length + 1; start < source.length;) {
    const end = source.indexOf('\n', start);
    const line = source.slice(start, end === -1 ? source.length : end);
    const spaces = line.length - line.trimStart().length;
    if (line.trim() !== '') {
      if (spaces === 0 || (indent !== undefined && spaces < indent)) return undefined;
      indent ??= spaces;
      const key = spaces === indent ? /^section:[ ]+/.exec(line.slice(spaces)) : null;
      if (key) {
        const value = line.slice(spaces + key[0].length);
        const written = [section, `"${section}"`, `'${section}'`].some(
          (form) => value.startsWith(form) && /^(?:[ ]+#.*|[ ]*\r?)$/.test(value.slice(form.length)),
        );
        return written ? start + spaces + key[0].length : undefined;
      }
    }
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
}
