import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderMarkdown } from '../../src/markdown/render.ts';
import { decodeUtf8, utf8Length } from '../../src/text/utf8.ts';
import { checkReport } from '../../src/validate/report.ts';
import { defaultConfig } from '../helpers/fixtures.ts';

/** Bugs the robustness tests found, each pinned by the input that showed it. */

const check = (text: string) =>
  checkReport({ file: 'x.md', text }, defaultConfig).diagnostics.map((d) => [d.rule, d.line, d.column, d.message]);
const report = (yaml: string) => `---\ntitle: T\nagreement:\n  section: "1.1"\n  text: x\nthemes: [a]\n${yaml}---\n`;

describe('regressions', () => {
  afterEach(() => vi.restoreAllMocks());

  it('should quote a key holding a carriage return or a byte-order mark visibly, on one line', () => {
    // Found by the front-matter property: `{"agreement": {"\ufeff": ""}}` and `\r: `.
    expect(check('---\n\r: \n---\n').at(-1)).toEqual(['unknown-key', 2, 1, 'unknown key `<U+000D>`']);
    expect(check(report('"a\\nb": 1\n'))).toEqual([['unknown-key', 7, 1, 'unknown key `a\\nb`']]);
  });

  it('should render a list nested 1,136 deep without overflowing the stack', () => {
    // Found by the Markdown property: ["- ", 1136] threw RangeError in rehype-raw.
    expect(() => renderMarkdown(`${'- '.repeat(1136)}x [0]`)).not.toThrow();
  });

  it('should report an alias without an anchor, which made the YAML library throw', () => {
    expect(check(report('updated: *nergens\n'))).toEqual([
      [
        'yaml-syntax',
        7,
        10,
        'the front matter is not valid YAML: the alias `*nergens` refers to no `&nergens` before it',
      ],
    ]);
  });

  it('should report a "billion laughs" alias bomb, which made the YAML library throw', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    expect(check(`---\n${lines.join('\n')}\n---\n`)).toEqual([
      [
        'too-many-aliases',
        3,
        10,
        'the front matter repeats YAML aliases (`*name`) more than 100 times in all, which would make it enormous',
      ],
    ]);
  });

  it('should report brackets nested too deep for the YAML parser as nesting, at the bracket past the limit', () => {
    // It used to be "not valid YAML: Maximum call stack size exceeded", at a column that depends on the stack.
    expect(check(report(`x: ${'['.repeat(5000)}\n`))).toEqual([
      ['nesting-too-deep', 7, 24, expect.stringContaining('more than 20 levels deep')],
    ]);
  });

  it('should point at a list used as a key, and print no warning on the console', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    expect(check(report('? [a, b]\n: c\n'))).toEqual([['unknown-key', 7, 3, 'unknown key `[ a, b ]`']]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('should count UTF-8 bytes as Node does, for every string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('', '\ud800', '\udc00x'), (text, lone) => {
        expect(utf8Length(text + lone)).toBe(Buffer.byteLength(text + lone));
      }),
    );
  });

  it('should decode UTF-8 exactly, or give the first byte that is not', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const decoded = decodeUtf8(bytes);
        if ('text' in decoded) {
          expect(Buffer.from(decoded.text)).toEqual(Buffer.from(bytes));
        } else {
          expect(Buffer.from(decoded.before)).toEqual(Buffer.from(bytes.subarray(0, decoded.invalidAt)));
          expect(() =>
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, decoded.invalidAt + 4)),
          ).toThrow();
        }
      }),
    );
  });
});
