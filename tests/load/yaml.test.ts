import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/diagnostics/diagnostic.ts';
import { fastYamlData } from '../../src/load/fast-yaml.ts';
import { parsePrecisely, parseYaml } from '../../src/load/yaml.ts';
import { lineIndex } from '../../src/text/line-index.ts';

/** Findings about the whole document go here: a place no offset maps to. */
const top: Place = { file: 'f.yaml', line: 0, column: 0 };

type Parse = typeof parseYaml;

function parse(source: string, how: Parse = parsePrecisely) {
  const lines = lineIndex(source);
  return how(source, (offset) => ({ file: 'f.yaml', ...lines.position(offset) }), top);
}

function findings(source: string, how: Parse = parsePrecisely) {
  return parse(source, how).diagnostics.map((d) => [d.rule, d.line, d.column, d.message, d.hint]);
}

const quoteHint =
  'put text that contains `: `, `#`, quotes or brackets between double quotes, such as title: "Werk: activering"';

describe('YAML syntax errors', () => {
  it('should report a key written twice at the second one, in plain words', () => {
    expect(findings('titel: A\nstatus: x\ntitel: B\n')).toEqual([
      [
        'yaml-syntax',
        3,
        1,
        'the front matter is not valid YAML: the same key appears twice',
        'remove or rename one of the two',
      ],
    ]);
  });

  it('should explain a colon and a space inside a value, with the quoting hint', () => {
    expect(findings('title: Werk: activering\n')).toEqual([
      [
        'yaml-syntax',
        1,
        8,
        'the front matter is not valid YAML: a value contains a colon followed by a space, which YAML reads as a new key',
        quoteHint,
      ],
    ]);
  });

  it('should report a tab in indentation at its line and column', () => {
    expect(findings('agreement:\n\tsection: 1\n')).toEqual([
      [
        'yaml-syntax',
        2,
        1,
        'the front matter is not valid YAML: tabs are used for indentation',
        'indent with spaces, not tabs',
      ],
    ]);
  });

  it('should report a quote that is never closed', () => {
    expect(findings('title: "Werk\n')).toEqual([
      ['yaml-syntax', 2, 1, 'the front matter is not valid YAML: a quote or bracket is not closed', quoteHint],
    ]);
  });

  it('should report inconsistent indentation with the hint to line keys up', () => {
    expect(findings('themes: [werk, zorg\n')).toEqual([
      [
        'yaml-syntax',
        2,
        1,
        'the front matter is not valid YAML: the indentation is inconsistent',
        'indent keys that belong together by the same number of spaces',
      ],
    ]);
  });

  it('should report a key that runs over two lines', () => {
    expect(findings('"titel\nvervolg": 1\n')).toEqual([
      ['yaml-syntax', 1, 1, 'the front matter is not valid YAML: a key runs over more than one line', quoteHint],
    ]);
  });

  it("should pass on the parser's own words for other errors, without their closing full stop", () => {
    // yaml says "Invalid escape sequence \." here; the finding drops the sentence's full stop.
    expect(findings('title: "x\\."\n')).toEqual([
      ['yaml-syntax', 1, 10, 'the front matter is not valid YAML: Invalid escape sequence \\', quoteHint],
    ]);
  });

  it("should pass on the parser's words whole when they end without a full stop", () => {
    expect(findings('a: 1\n...\nb: 2\n').map((f) => f.slice(0, 4))).toEqual([
      [
        'yaml-syntax',
        3,
        1,
        'the front matter is not valid YAML: Source contains multiple documents; please use YAML.parseAllDocuments()',
      ],
    ]);
  });

  it('should report only the first of several errors', () => {
    expect(findings('a: 1\na: 2\nb:\n\tc: 3\n').map((f) => f.slice(0, 3))).toEqual([['yaml-syntax', 2, 1]]);
  });

  it('should report the same syntax errors whichever way the file is read', () => {
    for (const source of ['a: 1\na: 2\n', 'title: Werk: activering\n', 'a:\n\tb: 1\n', 'title: "Werk\n']) {
      expect(findings(source, parseYaml)).toEqual(findings(source));
    }
  });
});

describe('nesting and aliases', () => {
  it('should accept lists nested to the limit and refuse one level more, at the bracket past it', () => {
    // The mapping is the first level: 19 brackets make 20 levels.
    const ok = parse(`a: ${'['.repeat(19)}1${']'.repeat(19)}\n`);
    expect(ok.diagnostics).toEqual([]);
    expect(JSON.stringify(ok.parsed?.data)).toBe(`{"a":${'['.repeat(19)}1${']'.repeat(19)}}`);
    expect(findings(`a: ${'['.repeat(20)}1${']'.repeat(20)}\n`)).toEqual([
      [
        'nesting-too-deep',
        1,
        23,
        'the front matter nests lists and mappings more than 20 levels deep here',
        'a report needs three levels at most (references, a reference, its fields); look for brackets or indentation that run away',
      ],
    ]);
  });

  it('should find nesting too deep in a key and in list items', () => {
    // A list used as a key (`? […]`) nests as deep as its brackets.
    expect(findings(`? ${'['.repeat(21)}${']'.repeat(21)}\n: 1\n`).map((f) => f.slice(0, 3))).toEqual([
      ['nesting-too-deep', 1, 22],
    ]);
    const items = Array.from({ length: 21 }, (_, i) => `${'  '.repeat(i)}- `).join('\n');
    expect(findings(`${items}x\n`).map((f) => f.slice(0, 3))).toEqual([['nesting-too-deep', 21, 41]]);
  });

  it('should report an alias whose anchor comes later, at the alias', () => {
    expect(findings('a: *later\nb: &later 1\n')).toEqual([
      [
        'yaml-syntax',
        1,
        4,
        'the front matter is not valid YAML: the alias `*later` refers to no `&later` before it',
        'write the value out instead of `*name`',
      ],
    ]);
    expect(findings('a: &x 1\nb: [*x, *y]\n').map((f) => f.slice(0, 4))).toEqual([
      ['yaml-syntax', 2, 9, 'the front matter is not valid YAML: the alias `*y` refers to no `&y` before it'],
    ]);
  });

  it('should refuse aliases that repeat too much, at the first alias', () => {
    const source = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      '',
    ].join('\n');
    expect(findings(source)).toEqual([
      [
        'too-many-aliases',
        2,
        8,
        'the front matter repeats YAML aliases (`*name`) more than 100 times in all, which would make it enormous',
        'write the values out instead of repeating them with `&name` and `*name`',
      ],
    ]);
  });

  it('should place too many aliases at the first in the file, even in a key', () => {
    const source = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      '? [*a]',
      ': &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      '',
    ].join('\n');
    expect(findings(source).map((f) => f.slice(0, 3))).toEqual([['too-many-aliases', 2, 4]]);
  });

  it('should resolve aliases used within the limit', () => {
    expect(parse('a: &a [x, y]\nb: *a\n').parsed?.data).toEqual({ a: ['x', 'y'], b: ['x', 'y'] });
  });
});

describe('what the front matter holds', () => {
  it('should read an empty front matter, or one of comments only, as no settings', () => {
    for (const source of ['', '# alleen commentaar\n']) {
      for (const how of [parsePrecisely, parseYaml]) {
        const { parsed, diagnostics } = parse(source, how);
        expect(diagnostics).toEqual([]);
        expect(parsed?.data).toEqual({});
      }
    }
  });

  it('should refuse a list or a lone value instead of key: value lines, where it starts', () => {
    const expected = [
      'front-matter-not-a-mapping',
      'this must be `key: value` lines',
      'write each setting on its own line, such as `title: Activering stimuleren`',
    ];
    expect(findings('- a\n- b\n')).toEqual([[expected[0], 1, 1, expected[1], expected[2]]]);
    expect(findings('# commentaar\nhallo\n')).toEqual([[expected[0], 2, 1, expected[1], expected[2]]]);
    expect(findings('# commentaar\nhallo\n', parseYaml)).toEqual([[expected[0], 2, 1, expected[1], expected[2]]]);
  });

  it('should read YAML 1.2 values: dates and yes stay text, 2.10 is a number', () => {
    const source = 'date: 2021-01-08\nok: yes\nversion: 2.10\nflag: true\nnothing: ~\n';
    const expected = { date: '2021-01-08', ok: 'yes', version: 2.1, flag: true, nothing: null };
    expect(parse(source).parsed?.data).toStrictEqual(expected);
    expect(parse(source, parseYaml).parsed?.data).toStrictEqual(expected);
  });
});

const report = [
  'title: Activering', // 1
  'agreement:', // 2
  '  section: "1.3"', // 3
  '  text: Tekst.', // 4
  'chapters:', // 5
  '  1: Werk', // 6
  'references:', // 7
  '  - id: 0', // 8
  '    date: 2021-01-08', // 9
  '  - id: 1', // 10
  'note:', // 11
  '',
].join('\n');

/** Line and column of a place, or the top. */
function lc(place: Place): [number, number] {
  return [place.line, place.column];
}

describe.each([
  ['the precise path', parsePrecisely],
  ['the fast path, positions found when asked', parseYaml],
])('finding values and keys (%s)', (_name, how) => {
  function locate() {
    const { parsed, diagnostics } = parse(report, how);
    expect(diagnostics).toEqual([]);
    return parsed!.locate;
  }

  it('should read the report by the path under test', () => {
    // The fast path takes this file; the precise one is what parsePrecisely always is.
    expect(fastYamlData(report)).toBeDefined();
    expect(parse(report, how).parsed?.data).toEqual({
      title: 'Activering',
      agreement: { section: '1.3', text: 'Tekst.' },
      chapters: { 1: 'Werk' },
      references: [{ id: 0, date: '2021-01-08' }, { id: 1 }],
      note: null,
    });
  });

  it('should place a value, its key and its source as typed', () => {
    const at = locate();
    expect(lc(at.value(['title']))).toEqual([1, 8]);
    expect(lc(at.key(['title']))).toEqual([1, 1]);
    expect(at.source(['title'])).toBe('Activering');
    expect(lc(at.value(['agreement', 'section']))).toEqual([3, 12]);
    expect(lc(at.key(['agreement', 'section']))).toEqual([3, 3]);
    expect(at.source(['agreement', 'section'])).toBe('"1.3"');
    expect(lc(at.value(['agreement', 'text']))).toEqual([4, 9]);
  });

  it('should find a numbered key by number or by text', () => {
    const at = locate();
    expect(lc(at.value(['chapters', 1]))).toEqual([6, 6]);
    expect(lc(at.value(['chapters', '1']))).toEqual([6, 6]);
    expect(lc(at.key(['chapters', 1]))).toEqual([6, 3]);
  });

  it('should place list items and their fields', () => {
    const at = locate();
    expect(lc(at.value(['references', 1, 'id']))).toEqual([10, 9]);
    expect(lc(at.key(['references', 1, 'id']))).toEqual([10, 5]);
    expect(lc(at.value(['references', 0, 'date']))).toEqual([9, 11]);
    // An item has no key: both point at where it starts.
    expect(lc(at.value(['references', 1]))).toEqual([10, 5]);
    expect(lc(at.key(['references', 1]))).toEqual([10, 5]);
    expect(at.source(['references', 0])).toBe('id: 0\n    date: 2021-01-08\n');
  });

  it('should fall back to the nearest enclosing thing that exists', () => {
    const at = locate();
    // A missing field of a mapping: at the mapping's key.
    expect(lc(at.value(['agreement', 'status']))).toEqual([2, 1]);
    expect(lc(at.key(['agreement', 'status']))).toEqual([2, 1]);
    // An item past the end of a list, or asked for by a name: at the list's key.
    expect(lc(at.value(['references', 5]))).toEqual([7, 1]);
    expect(lc(at.value(['references', 'id']))).toEqual([7, 1]);
    // A missing field of a list item: where the item starts.
    expect(lc(at.value(['references', 0, 'title']))).toEqual([8, 5]);
    // Looking inside a plain value: at its key.
    expect(lc(at.value(['title', 'x']))).toEqual([1, 1]);
    expect(lc(at.value(['title', 'section']))).toEqual([1, 1]);
    expect(lc(at.value(['agreement', 'section', 'x']))).toEqual([3, 3]);
    // Nothing past the first missing step: not the section of the mapping above.
    expect(lc(at.value(['agreement', 'status', 'section']))).toEqual([2, 1]);
    // Items are numbered: a name, even "0", is not an item.
    expect(lc(at.value(['references', '0']))).toEqual([7, 1]);
    expect(at.source(['agreement', 'status'])).toBeUndefined();
  });

  it('should place an empty value at its key, and give it no source', () => {
    const at = locate();
    expect(lc(at.value(['note']))).toEqual([11, 1]);
    expect(lc(at.key(['note']))).toEqual([11, 1]);
    expect(at.source(['note'])).toBeUndefined();
  });

  it('should place a key missing from the top level at the top', () => {
    const at = locate();
    expect(at.value(['status'])).toEqual(top);
    expect(at.key(['status'])).toEqual(top);
    expect(at.value(['status', 'x'])).toEqual(top);
    expect(at.source(['status'])).toBeUndefined();
  });

  it('should place the whole front matter where it starts', () => {
    const at = locate();
    expect(lc(at.value([]))).toEqual([1, 1]);
    // The mapping ends with its last value, before the final line break.
    expect(at.source([])).toBe(report.slice(0, -1));
  });
});

describe('a list used as a key', () => {
  it('should be found by the text key the data gives it', () => {
    const { parsed, diagnostics } = parse('title: x\n? [a, b]\n: 1\n');
    expect(diagnostics).toEqual([]);
    expect(parsed!.data).toEqual({ title: 'x', '[ a, b ]': 1 });
    expect(lc(parsed!.locate.key(['[ a, b ]']))).toEqual([2, 3]);
    expect(lc(parsed!.locate.value(['[ a, b ]']))).toEqual([3, 3]);
  });

  it('should not make a plain key with spaces in it match a key without', () => {
    const { parsed } = parse('ti tle: x\nstatus: y\n');
    expect(parsed!.locate.value(['title'])).toEqual(top);
    expect(lc(parsed!.locate.value(['status']))).toEqual([2, 9]);
  });

  it('should not be taken for a key named undefined', () => {
    const { parsed } = parse('? [a]\n: 1\nundefined: 2\n');
    expect(parsed!.data).toEqual({ '[ a ]': 1, undefined: 2 });
    expect(lc(parsed!.locate.value(['undefined']))).toEqual([3, 12]);
  });
});

describe('finding the section number', () => {
  function sectionPlaces(source: string) {
    // Each text is one the fast path reads, so the section is found in the text, not by the parser.
    expect(fastYamlData(source)).toBeDefined();
    const fast = parse(source, parseYaml);
    const precise = parse(source);
    expect(fast.diagnostics).toEqual([]);
    expect(precise.diagnostics).toEqual([]);
    return {
      fast: lc(fast.parsed!.locate.value(['agreement', 'section'])),
      precise: lc(precise.parsed!.locate.value(['agreement', 'section'])),
    };
  }

  it.each<[string, string, [number, number]]>([
    ['in double quotes', 'title: x\nagreement:\n  section: "1.3"\n', [3, 12]],
    ['in single quotes', "agreement:\n  section: '1.3'\n", [2, 12]],
    ['plain, with spaces and a comment after it', 'agreement:   # het akkoord\n    section:   "2.10"  # nr\n', [2, 16]],
    ['after other fields', 'agreement:\n  text: >-\n    Lange tekst.\n\n  section: "4"\n', [5, 12]],
    ['not under another key of the same name', 'agreement:\n  extra:\n    section: "1.3"\n  section: "1.3"\n', [4, 12]],
    ['under a key written in quotes', 'agreement:\n  "section": "1.3"\nother:\n  section: "1.3"\n', [2, 14]],
    ['on the line after a comment', 'agreement:\n  section: # het nummer\n    "1.3"\n', [3, 5]],
    ['on the line after its key', 'agreement:\n  section:   \n    "1.3"\n', [3, 5]],
    ['after a longer value that starts the same', 'agreement:\n  section: 1.3.1\n', [2, 12]],
    [
      'not under a key that ends in agreement',
      'subagreement:\n  section: "1.3"\nagreement:\n  section: "1.3"\n',
      [4, 12],
    ],
    ['not after a key that ends in section', 'agreement:\n  subsection: "1.3"\n  section: "1.3"\n', [3, 12]],
  ])('should point at the value of section: %s', (_name, source, expected) => {
    expect(sectionPlaces(source)).toEqual({ fast: expected, precise: expected });
  });

  it('should place a missing or non-text section at agreement, or at the top', () => {
    expect(sectionPlaces('agreement:\n  text: x\n')).toEqual({ fast: [1, 1], precise: [1, 1] });
    expect(sectionPlaces('agreement:\n  section: 1.3\n')).toEqual({ fast: [2, 12], precise: [2, 12] });
    const { fast } = sectionPlaces('title: x\n');
    expect(fast).toEqual([0, 0]);
    expect(sectionPlaces('agreement:\ntitle: x\n')).toEqual({ fast: [1, 1], precise: [1, 1] });
  });
});
