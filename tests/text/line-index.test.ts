import { describe, expect, it } from 'vitest';
import { lineIndex } from '../../src/text/line-index.ts';

describe('lineIndex', () => {
  it('should count LF, CRLF and a lone CR as one line ending each', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const lines = lineIndex(text);
    expect(lines.position(text.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(lines.position(text.indexOf('f'))).toEqual({ line: 3, column: 2 });
    expect(lines.position(text.indexOf('h'))).toEqual({ line: 4, column: 2 });
  });

  it('should put the CR of a CRLF on the line it ends', () => {
    const lines = lineIndex('ab\r\ncd');
    expect(lines.position(2)).toEqual({ line: 1, column: 3 });
  });
});
