import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/diagnostics/diagnostic.ts';
import { inputLimits } from '../../src/limits.ts';
import { deepBracket, parsePrecisely } from '../../src/load/yaml.ts';
import { lineIndex } from '../../src/text/line-index.ts';

/**
 * deepBracket places the nesting finding for text too deep for the parser to
 * build (tests/load/yaml-stack-depth.test.ts runs that whole path under npm
 * test). Here it is held to the place the parser's own check gives for text
 * it can build, and to the cases that text scan has to get right.
 */
const top: Place = { file: 'f.yaml', line: 0, column: 0 };

/** The line and column of the nesting finding the parser's own check gives. */
function parsedPlace(source: string) {
  const lines = lineIndex(source);
  const [finding] = parsePrecisely(
    source,
    (offset) => ({ file: 'f.yaml', ...lines.position(offset) }),
    top,
  ).diagnostics;
  return finding?.rule === 'nesting-too-deep' ? { line: finding.line, column: finding.column } : undefined;
}

describe('deepBracket, where brackets first nest past the limit', () => {
  // In each, the bracket past a limit of 2 is the one that opens `[x` (or `{d`).
  it.each([
    ['a list in a list', 'b: [[[x]]]'],
    ['braces and brackets alike', 'b: {c: [{d: x}]}'],
    ['after closed brackets, which give no credit', 'a: [z], [y]\nb: [[[x]]]'],
    ['after closing brackets with nothing open', 'a: x]]}]\nb: [[[x]]]'],
    ['after closed braces', 'a: {z}, {y}\nb: [[[x]]]'],
    ['after a comment that starts after a space, glued to its brackets', 'a: x #[[[\nb: [[[x]]]'],
    ['after a quoted text with brackets in it', 'a: "[[[" \'[[\'\nb: [[[x]]]'],
    ['after an escaped double quote inside double quotes', 'a: "\\"[[["\nb: [[[x]]]'],
    ['after a backslash at the end of single quotes', "a: 'C:\\'\nb: [[[x]]]"],
    ['after a comment with brackets in it', '# [[[[\nb: [[[x]]]'],
    ['after a comment after a value', 'a: x # [[[\nb: [[[x]]]'],
    ['with a # inside a word, which starts no comment', 'b: [a#b, [[x]]]'],
    ['on the line after a comment at the very start', '#[[[\n[[[x]]]'],
  ])('should find it %s', (_, source) => {
    const at = source.includes('{d') ? source.indexOf('{d') : source.indexOf('[x');
    expect(deepBracket(source, 2)).toBe(at);
  });

  it('should find nothing at the limit, nor in a comment that runs to the end', () => {
    expect(deepBracket('b: [[x]]\nc: [[y]]', 2)).toBeUndefined();
    expect(deepBracket('b: [[x]] # [[[[', 2)).toBeUndefined();
    expect(deepBracket('a: "[[[[', 2)).toBeUndefined();
    expect(deepBracket('', 2)).toBeUndefined();
  });

  it.each([
    ['brackets', `b: ${'['.repeat(inputLimits.nesting + 1)}x${']'.repeat(inputLimits.nesting + 1)}\n`],
    ['after quotes and comments', `a: "[[[" # [[[[\nb: ${'['.repeat(25)}x${']'.repeat(25)}\n`],
    ['in braces', `b: ${'{a: '.repeat(22)}x${'}'.repeat(22)}\n`],
  ])('should give the place the parser’s own check gives, for %s it can build', (_, source) => {
    const place = parsedPlace(source);
    expect(place).toBeDefined();
    // The parser counts the mapping the brackets stand in as a level; the scan counts brackets only.
    expect(lineIndex(source).position(deepBracket(source, inputLimits.nesting - 1)!)).toEqual(place);
  });
});
