import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/diagnostics/diagnostic.ts';
import { parsePrecisely } from '../../src/load/yaml.ts';
import { lineIndex } from '../../src/text/line-index.ts';

/**
 * Nesting so deep that the YAML parser runs out of stack. Where that happens
 * depends on how much stack each call takes, so these cases run under
 * `npm test` only: the instrumented code of `npm run test:mutation` takes more
 * (vitest.mutation.config.ts leaves this file out, as it does hostile-files).
 */
const top: Place = { file: 'f.yaml', line: 0, column: 0 };

function parse(source: string) {
  const lines = lineIndex(source);
  return parsePrecisely(source, (offset) => ({ file: 'f.yaml', ...lines.position(offset) }), top);
}

function findings(source: string) {
  return parse(source).diagnostics.map((d) => [d.rule, d.line, d.column, d.message, d.hint]);
}

describe('nesting too deep for the parser', () => {
  it('should report brackets too deep for the parser at the first bracket past the limit, skipping quotes and comments', () => {
    // Warm the parser's expressions up first: compiling one for the first time
    // with the stack nearly full makes V8 give up on the whole process.
    parse('# c\na: "x" # c\nb: [\'y\'] # c\n');
    const deep = '['.repeat(5000);
    // Column 24 of line 2 is the 21st bracket.
    expect(findings(`b: ${deep}`).map((f) => f.slice(0, 3))).toEqual([['nesting-too-deep', 1, 24]]);
    expect(findings(`# [[[[\nb: ${deep}`).map((f) => f.slice(0, 3))).toEqual([['nesting-too-deep', 2, 24]]);
    expect(findings(`a: "[[[" # [[[[\nb: ${deep}`).map((f) => f.slice(0, 3))).toEqual([['nesting-too-deep', 2, 24]]);
    expect(findings(`a: '[[[' "\\"[[" \nb: ${deep}`).map((f) => f.slice(0, 3))).toEqual([['nesting-too-deep', 2, 24]]);
    // Closing brackets with nothing open do not give credit for later ones.
    expect(findings(`a: x]}]}\nb: ${deep}`).map((f) => f.slice(0, 3))).toEqual([['nesting-too-deep', 2, 24]]);
    // Braces nest and close like brackets.
    expect(findings(`b: ${'[{'.repeat(2500)}`).map((f) => f.slice(0, 3))).toEqual([['nesting-too-deep', 1, 24]]);
    expect(findings(`a: {b: [x]}\nb: ${deep}`).map((f) => f.slice(0, 3))).toEqual([['nesting-too-deep', 2, 24]]);
    // A backslash ends nothing in single quotes: the quote after it closes the text.
    expect(findings(`a: 'C:\\'\nb: ${deep}`).map((f) => f.slice(0, 3))).toEqual([['nesting-too-deep', 2, 24]]);
    // A # inside a word starts no comment: the brackets after it count.
    expect(findings(`b: [a#b, ${deep}`).map((f) => f.slice(0, 3))).toEqual([['nesting-too-deep', 1, 29]]);
  });

  it('should report block nesting too deep for the parser on its line, past the limit', () => {
    parse('- - x\n');
    const [finding, ...others] = parse(`${'- '.repeat(3000)}x\n`).diagnostics;
    expect(others).toEqual([]);
    expect(finding).toMatchObject({ rule: 'nesting-too-deep', line: 1 });
    // Where the parser ran out of stack depends on the machine; it is not before the 21st `- `.
    expect(finding!.column).toBeGreaterThanOrEqual(41);
    expect(finding!.column).toBeLessThanOrEqual(6001);
    // The same with a comment on the last line and no line break after it.
    const commented = parse(`${'- '.repeat(3000)}x # diep`).diagnostics;
    expect(commented.map((d) => [d.rule, d.line])).toEqual([['nesting-too-deep', 1]]);
  });
});
