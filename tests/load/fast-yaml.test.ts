import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fastYamlData } from '../../src/load/fast-yaml.ts';

/** What the precise path (`yaml`, YAML 1.2 core schema) reads, or its first error code. */
function precise(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length > 0) return doc.errors[0]!.code;
  return doc.contents === null ? {} : doc.toJS({ maxAliasCount: 100 });
}

/** The fast path's data, checked to be exactly the precise path's. */
function fast(text: string): unknown {
  const data = fastYamlData(text);
  expect(data).toBeDefined();
  expect(data).toStrictEqual(precise(text));
  return data;
}

describe('plain values on the fast path, as YAML 1.2 reads them', () => {
  it('should read ~, null, Null, NULL and nothing as null, and other spellings as text', () => {
    expect(fast('a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: nULL\ng: nul\n')).toStrictEqual({
      a: null,
      b: null,
      c: null,
      d: null,
      e: null,
      f: 'nULL',
      g: 'nul',
    });
  });

  it('should read true and false in three spellings, and yes or tRUE as text', () => {
    expect(fast('a: true\nb: True\nc: TRUE\nd: false\ne: False\nf: FALSE\ng: tRUE\nh: yes\ni: fALSE\n')).toStrictEqual({
      a: true,
      b: true,
      c: true,
      d: false,
      e: false,
      f: false,
      g: 'tRUE',
      h: 'yes',
      i: 'fALSE',
    });
  });

  it('should read decimal, octal (0o) and hexadecimal (0x) whole numbers, and leave other forms as text', () => {
    expect(
      fast('a: 0o17\nb: 017\nc: 0x1F\nd: +12\ne: -7\nf: 0b101\ng: 1_000\nh: 0o8\ni: 0xG\nj: 0X1F\nk: 0xff\nl: 12a\n'),
    ).toStrictEqual({
      a: 15,
      b: 17,
      c: 31,
      d: 12,
      e: -7,
      f: '0b101',
      g: '1_000',
      h: '0o8',
      i: '0xG',
      j: '0X1F',
      k: 255,
      l: '12a',
    });
  });

  it('should read infinities, not-a-number and decimals, and leave look-alikes as text', () => {
    const data = fast(
      'a: .inf\nb: -.Inf\nc: +.INF\nd: .nan\ne: .NaN\nf: .NAN\ng: 1e3\nh: 1E-3\ni: .5\nj: 5.\nk: 2.10\nl: 1.2.3\nm: -.5e+2\nn: .Nan\no: +1.5\np: inf\nq: 1e\n',
    );
    expect(data).toStrictEqual({
      a: Infinity,
      b: -Infinity,
      c: Infinity,
      d: NaN,
      e: NaN,
      f: NaN,
      g: 1000,
      h: 0.001,
      i: 0.5,
      j: 5,
      k: 2.1,
      l: '1.2.3',
      m: -50,
      n: '.Nan',
      o: 1.5,
      p: 'inf',
      q: '1e',
    });
  });

  it('should read numbers of several digits in every part', () => {
    expect(fast('a: 12e10\nb: .25\nc: 12.5\nd: -12.75e-10\ne: 10.\nf: 0o777\ng: 0xFFab\nh: 1234\n')).toStrictEqual({
      a: 12e10,
      b: 0.25,
      c: 12.5,
      d: -12.75e-10,
      e: 10,
      f: 511,
      g: 0xffab,
      h: 1234,
    });
  });

  it('should keep dates and times as text', () => {
    expect(fast('date: 2019-10-01\ntime: 12:30\nstamp: 2019-10-01T09:00:00Z\n')).toStrictEqual({
      date: '2019-10-01',
      time: '12:30',
      stamp: '2019-10-01T09:00:00Z',
    });
  });

  it('should read only whole values as numbers, booleans and null', () => {
    expect(
      fast('a: x12\nb: 12x\nc: xtrue\nd: truex\ne: x1.5\nf: 1.5x\ng: x.inf\nh: .infx\ni: xnull\nj: nullx\n'),
    ).toStrictEqual({
      a: 'x12',
      b: '12x',
      c: 'xtrue',
      d: 'truex',
      e: 'x1.5',
      f: '1.5x',
      g: 'x.inf',
      h: '.infx',
      i: 'xnull',
      j: 'nullx',
    });
  });

  it('should read exponents with and without a point or sign', () => {
    expect(fast('a: .5e2\nb: 5.e1\nc: 1e+2\nd: -2E2\ne: 1.5e-1\nf: e5\n')).toStrictEqual({
      a: 50,
      b: 50,
      c: 100,
      d: -200,
      e: 0.15,
      f: 'e5',
    });
  });

  it('should read whole numbers as keys the way the precise path names them', () => {
    expect(fast('0x1F: a\n1: b\n')).toStrictEqual({ 31: 'a', 1: 'b' });
  });

  it('should read an empty file, or comments only, as no settings', () => {
    expect(fastYamlData('')).toStrictEqual({});
    expect(fastYamlData('# niets\n')).toStrictEqual({});
  });
});

describe('what the fast path reads itself', () => {
  it.each([
    ['quotes and escapes closed on their line', 'a: "say \\"hi\\""\nb: \'it\'\'s\'\n\'c\': "d"\n'],
    ['brackets closed on their line, with quotes and brackets inside', "a: [x, \"y]\", 'it''s]']\nb: [[x]] # c\n"],
    ['a comment holding what would be a key and a quote', 'a: b # c: "d\ne: "x" # "y\n'],
    ['a list of lists under a key', 'a:\n  - - x\n    - y\n  - z\n'],
    ['a mapping in a list item, with a deeper value', 'a:\n  - b:\n      x: 1\n    c: 2\n'],
    ['empty list items', 'a:\n  - b\n  -\n  - c\n'],
    ['a comment or a blank line between the keys of a mapping', 'a:\n  b: 1\n# c\n  c: 2\n\n  d: 3\n'],
    ['a comment indented less than the keys around it', 'a:\n    b: 1\n  # c\n    d: 2\n'],
    ['a comment among list items', 'a:\n  - b\n  # c\n  - d\n'],
    ['a line of spaces between deeper keys', 'a:\n    b: 1\n  \n    c: 2\n'],
    ['a list item whose list starts on the next line', 'a:\n  - \n    - x\n'],
    ['a report-like nesting', 'a:\n  b: c\n  d:\n    - e: 1\n      f: 2\n    - g\n'],
    ['plain text with &, *, !, ? and : inside', 'a: x&y\nb: x*y\nc: x!y\nd: what?\ne: b:c\n'],
    ['a plain value over two lines', 'a: x\n  y\n'],
    ['&, * and ? standing alone in text', 'a: Werk & Economie\nb: 5 * 3\nc: x ?y\n'],
    ['a list item with a comment holding what would be a key and a quote', 'a:\n  - x # b: "y\n  - z\n'],
    ['dashes, a percent sign and dots inside text', 'a: x---y\nb: 50%\nc: wait...\n'],
    ['a backslash at the end of a single-quoted text', "a: 'C:\\'\nb: 'x'\n"],
  ])('should read %s, with the data of the precise path', (_name, text) => {
    fast(text);
  });

  it('should accept nesting to the limit and leave deeper nesting to the precise path', () => {
    // The mapping is the first of 20 levels.
    fast(`a: ${'['.repeat(19)}1${']'.repeat(19)}\n`);
    expect(fastYamlData(`a: ${'['.repeat(20)}1${']'.repeat(20)}\n`)).toBeUndefined();
    // Counted through mappings in lists too.
    fast(`a:\n  - b: ${'['.repeat(17)}1${']'.repeat(17)}\n`);
    expect(fastYamlData(`a:\n  - b: ${'['.repeat(18)}1${']'.repeat(18)}\n`)).toBeUndefined();
  });
});

describe('what the fast path leaves to the precise path', () => {
  it.each([
    ['a tab', 'a:\tb\n'],
    ['a carriage return', 'a: x\r\n'],
    ['a next-line character', 'a: x\u0085\n'],
    ['a line separator', 'a: x\u2028\n'],
    ['a paragraph separator', 'a: x\u2029\n'],
    ['a byte-order mark', '\ufeffa: x\n'],
    ['a flow mapping', 'a: {b: c}\n'],
    ['a merge key', '<<: x\n'],
    ['__proto__', 'a: __proto__\n'],
    ['a directive', '%YAML 1.2\na: 1\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a document start marker', '---\na: 1\n'],
    ['an anchor after a space', 'a: &x 1\n'],
    ['an alias after a space', 'a: *x\n'],
    ['a tag after a space', 'a: !t x\n'],
    ['an anchor after a bracket', 'a: [&x 1]\n'],
    ['an anchor after a comma', 'a: [x,&y 2]\n'],
    ['an alias after a bracket', 'a: [*y]\n'],
    ['an anchor at the start of a line', '&x a: 1\n'],
    ['an alias at the start of a line', '*x : 1\n'],
    ['a tag at the start of a line', '!t a: 1\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['an explicit key at the end of a line', 'a: ?\n'],
    ['a comment after a list dash', 'a:\n  - # c\n    x\n'],
    ['a comment after a dash at the start of a line', '- # c\n'],
    ['a comment after a dash and several spaces', 'a:\n  -   # c\n    x\n'],
    ['an explicit key at the end of the file', 'a: ?'],
    ['an explicit key alone on the last line', 'a: 1\n?'],
    ['a list used as a key', 'a: [x]: b\n'],
    ['a list used as a key at the end of a line', 'a: x]:\n'],
    ['a list used as a key at the end of the file', 'a: x]:'],
    // js-yaml names these keys "x"; yaml names them "[ x ]".
    ['a list used as a key, read differently by js-yaml', '[x]: b\n'],
    ['a list used as a key with no value and no line break, read differently by js-yaml', '[x]:'],
    ['an alias after a closing bracket', 'a: [[x]*y]\n'],
    ['an explicit key after a bracket', 'a: [? x]\n'],
    ['a comment stuck to a closing brace', 'a: x}#c\n'],
    ['a comment stuck to an opening bracket', 'a: x[#c\n'],
    ['a mapping used as a key, with a space', 'a: x} : y\n'],
    ['a comment stuck to a closing double quote', 'a: "x"#c\n'],
    ['a comment stuck to a closing single quote', "a: 'x'#c\n"],
    ['a comment stuck to a closing bracket', 'a: [x]#c\n'],
    ['a comment stuck to a comma', 'a: x,#c\n'],
    ['a comment stuck to a colon', 'a: x:#c\n'],
  ])('should leave %s to the precise path', (_name, text) => {
    expect(fastYamlData(text)).toBeUndefined();
  });

  it.each([
    ['a double-quoted value over two lines', 'a: "x\n  y"\n'],
    ['a single-quoted value over two lines', "a: 'x\n  y'\n"],
    ['a quoted value over two lines after a doubled quote', "a: 'x'' \n  y'\n"],
    ['a quoted value over two lines after an escaped quote', 'a: "x\\" \n  y"\n'],
    ['a quoted value over two lines after a key with a colon in it', 'a:b: "x\n  y"\n'],
    ['a quoted list item over two lines', 'a:\n  - "x\n    y"\n'],
    ['a quoted item of a list item over two lines', 'a:\n  - - "x\n      y"\n'],
    ['a list over two lines', 'a: [x,\n  y]\n'],
    ['a list over two lines after a quoted key', '"k": [a,\n  b]\n'],
    ['a nested list closed on the next line', 'a: [[x]\n  ]\n'],
    ['a list whose quoted item runs over two lines', 'a: [x, "y\n  z"]\n'],
    ['a list whose quoted item with a bracket in it runs over two lines', 'a: [x, "y]\n  z"]\n'],
  ])('should leave %s to the precise path', (_name, text) => {
    expect(fastYamlData(text)).toBeUndefined();
    // Valid YAML all the same: it is the precise path that reads it.
    expect(precise(text)).toBeTypeOf('object');
  });

  it.each([
    ['a line back at an indentation no line above opened', 'a:\n    b: 1\n  c: 2\n'],
    ['a list item among the keys of a mapping', 'a:\n  - 1\n  b: 2\n'],
    ['a key among the items of a list', 'a:\n  b: 1\n  - 2\n'],
    ['a list item less indented than the others', 'a:\n  - b\n -\n'],
  ])('should leave %s to the precise path, which finds it wrong', (_name, text) => {
    expect(fastYamlData(text)).toBeUndefined();
    expect(precise(text)).toBeTypeOf('string');
  });

  it.each([
    // js-yaml reads the last line as a third item of `yes`; yaml says the file is wrong.
    ['a list item among the keys of the top level', 'status: null\nyes:\n  - 1\n  - \n- "x"\n'],
    // js-yaml reads `y` as a third item; yaml says the file is wrong.
    ['a list item less indented after an empty one', 'a:\n  - x\n  -\n - y\n'],
  ])('should leave %s to the precise path, which finds it wrong where js-yaml would not', (_name, text) => {
    expect(fastYamlData(text)).toBeUndefined();
    expect(precise(text)).toBeTypeOf('string');
  });

  it.each([
    ['a list', '- a\n- b\n'],
    ['a lone value', 'hallo\n'],
    ['a key written twice', 'a: 1\na: 2\n'],
    ['a key null', 'null: 1\n'],
    ['a key ~, deeper down', 'a:\n  ~: 1\n'],
    ['a list at the indentation of its key', 'a:\n- 1\n- 2\n'],
  ])('should leave %s to the precise path', (_name, text) => {
    expect(fastYamlData(text)).toBeUndefined();
  });
});
