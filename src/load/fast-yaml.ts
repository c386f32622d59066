import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { inputLimits } from '../limits.ts';

// Most front matter has no finding, so nothing needs to know where its
// values are. js-yaml reads such a file as data several times faster than
// `yaml` builds the document with positions; `yaml` stays the precise path
// (src/load/yaml.ts) for everything else. The two agree on a file only if
// js-yaml resolves plain values exactly as `yaml` does (YAML 1.2's core
// schema: `2019-10-01` and `yes` stay text, `0o17` is octal, `017` is 17),
// which the types below copy from `yaml`, and if the file uses nothing that
// the two parsers treat differently, which `mayDiffer` rules out. A property
// test (tests/load/fast-yaml.test.ts) holds the two paths to the same data
// and findings.

const core = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (text: string | null) => text === null || /^(?:~|[Nn]ull|NULL)?$/.test(text),
      construct: () => null,
    }),
    new Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (text: string | null) => text !== null && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
      construct: (text: string) => text[0] === 't' || text[0] === 'T',
    }),
    new Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (text: string | null) => text !== null && /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(text),
      construct: (text: string) =>
        text.startsWith('0o')
          ? parseInt(text.slice(2), 8)
          : text.startsWith('0x')
            ? parseInt(text.slice(2), 16)
            : parseInt(text, 10),
    }),
    new Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (text: string | null) =>
        text !== null &&
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(
          text,
        ),
      construct: (text: string) =>
        text.slice(-3).toLowerCase() === 'nan'
          ? NaN
          : text.slice(-3).toLowerCase() === 'inf'
            ? text[0] === '-'
              ? -Infinity
              : Infinity
            : parseFloat(text),
    }),
  ],
});

/**
 * What could make js-yaml and `yaml` differ, or need the precise path's
 * findings: anchors, aliases and tags (`&a`, `*a`, `!tag`), explicit and
 * collection keys (`? `, `[a]: b`), merge keys, directives and document
 * markers, tabs, line breaks other than \n, a byte-order mark,
 * a comment stuck to a closing quote or bracket, and `__proto__`. Text in quotes can trip it too; that costs only time.
 */
const mayDiffer = [
  /[\t\r\u0085\u2028\u2029\ufeff{]|<<|__proto__/,
  /^(?:%|\.\.\.|---)/m,
  // Anchors, aliases, tags, explicit keys and `- #`, after a space, bracket or comma or at a line's start.
  /[\s[\],](?:[&*!]\S|\?(?:\s|$)|-[ ]+#)|^(?:[&*!]\S|\?(?:\s|$)|-[ ]+#)/m,
  /[\]}][ ]*:(?:\s|$)/,
  /[\][}"':,]#/,
];

/**
 * The front matter as data when the fast path can be trusted with it; else
 * undefined, and the precise path decides (and says what is wrong).
 */
export function fastYamlData(source: string): Record<string, unknown> | undefined {
  if (mayDiffer.some((pattern) => pattern.test(source)) || !plainLines(source)) return undefined;
  let data: unknown;
  try {
    data = load(source, { schema: core });
  } catch {
    return undefined;
  }
  if (data === undefined || data === null) return {};
  if (!isPlainMapping(data) || unlike(data, inputLimits.nesting)) return undefined;
  return data;
}

/**
 * Whether every line keeps to what both parsers read alike: no quoted text
 * or bracketed list over several lines, and no line that moves back to an
 * indentation that no line above it opened (js-yaml lets `- ` items of one
 * list stand at different indentations; `yaml` says that is wrong).
 */
function plainLines(source: string): boolean {
  const levels = [0];
  // What each level holds once a line at it says so: `- ` items or keys. js-yaml
  // reads a `- ` item among keys of one level as more of the list above; `yaml` says it is wrong.
  const holds: ('items' | 'keys' | undefined)[] = [undefined];
  for (const line of source.split('\n')) {
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const indent = line.length - trimmed.length;
    if (spansLines(line, indent)) return false;
    let popped = false;
    while (levels.at(-1)! > indent) {
      levels.pop();
      holds.pop();
      popped = true;
    }
    if (levels.at(-1)! < indent) {
      if (popped) return false;
      levels.push(indent);
      holds.push(undefined);
    }
    const here = line.startsWith('- ', indent) || trimmed === '-' ? 'items' : 'keys';
    if (holds.at(-1) !== undefined && holds.at(-1) !== here) return false;
    holds[holds.length - 1] = here;
    // The content after each `- ` opens a level too.
    for (let i = indent; line.startsWith('- ', i);) {
      i = skipSpaces(line, i + 2);
      if (i < line.length) {
        levels.push(i);
        holds.push(line.startsWith('- ', i) ? 'items' : 'keys');
      }
    }
  }
  return true;
}

/**
 * Whether a quoted text or a `[…]`/`{…}` collection starts on this line and
 * goes on past it: the parsers differ on how such lines may be indented.
 * (A line of a block text that merely looks like one costs only time.)
 */
function spansLines(line: string, indent: number): boolean {
  let i = indent;
  while (line.startsWith('- ', i)) i = skipSpaces(line, i + 2);
  for (let part = 0; part < 2 && i < line.length; part++) {
    const c = line[i];
    if (c === '[' || c === '{') return !closesFlow(line, i);
    if (c === '"' || c === "'") {
      const end = closingQuote(line, i);
      if (end === undefined) return true;
      i = end + 1;
    } else {
      // A plain key or value: the value after `: `, if any, is the next part.
      const colon = keyColon(line, i);
      const comment = line.indexOf(' #', i);
      if (colon === -1 || (comment !== -1 && comment < colon)) return false;
      i = colon;
    }
    if (line[i] !== ':') return false;
    i = skipSpaces(line, i + 1);
  }
  return false;
}

/** The first `:` from `from` that ends a key (followed by a space or the end of the line); -1 if none. */
function keyColon(line: string, from: number): number {
  for (let i = line.indexOf(':', from); i !== -1; i = line.indexOf(':', i + 1)) {
    const next = line.charCodeAt(i + 1);
    if (Number.isNaN(next) || next === 32 || next === 9 || next === 10 || next === 13) return i;
  }
  return -1;
}

function skipSpaces(line: string, from: number): number {
  let i = from;
  while (line[i] === ' ') i++;
  return i;
}

/** The index of the quote that closes the one at `start`, if it is on this line. */
function closingQuote(line: string, start: number): number | undefined {
  const quote = line[start];
  for (let i = start + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return undefined;
}

/** Whether the brackets opened at `start` all close on this line (quotes inside skipped). */
function closesFlow(line: string, start: number): boolean {
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"' || c === "'") {
      const end = closingQuote(line, i);
      if (end === undefined) return false;
      i = end;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (--depth === 0) return true;
    }
  }
  return false;
}

function isPlainMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether collections nest more than `limit` deep (the precise path says
 * where), or a key is `null` (written `~:` or `null:`, js-yaml names it
 * "null" where `yaml` names it "").
 */
function unlike(data: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value: data, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > limit || (!Array.isArray(value) && Object.hasOwn(value, 'null'))) return true;
    for (const item of Object.values(value)) stack.push({ value: item, depth: depth + 1 });
  }
  return false;
}
