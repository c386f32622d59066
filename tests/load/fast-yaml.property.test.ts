import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, stringify } from 'yaml';
import { fastYamlData } from '../../src/load/fast-yaml.ts';
import { checkReport } from '../../src/validate/report.ts';
import { defaultConfig } from '../helpers/fixtures.ts';
import { propertyRuns } from '../helpers/property-runs.ts';

/**
 * Front matter is read by a fast path (js-yaml, data only) unless it uses
 * something the two parsers could read differently; `yaml` with positions is
 * the precise path. Whatever the text, the fast path must give exactly the
 * data the precise one gives, or step aside.
 */

/** Plain values YAML 1.1 and 1.2 read differently, and other look-alikes. */
const trickyPlain = fc.constantFrom(
  '017',
  '0o17',
  '0x1F',
  '0b101',
  '1_000',
  '1e3',
  '1E-3',
  '.5',
  '5.',
  '+12',
  '-0',
  '+.inf',
  '-.Inf',
  '.NaN',
  '.nan',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  'yes',
  'No',
  'on',
  'off',
  'y',
  'true',
  'True',
  'TRUE',
  'tRUE',
  '2019-10-01',
  '2019-10-01T09:00:00Z',
  '2019-10-01 09:00:00',
  '12:30',
  '1:30:00',
  '190:20:30.15',
  '1.2.3',
  '2.10',
  '0.',
  '1,000',
  '=',
  '- x',
  'a: b',
  'a #b',
  'a#b',
  "it's",
  '"half',
  "'half",
  'Werk & Economie',
  '*nadruk*',
  'a *b',
  '&anker',
  '!tag x',
  '%x',
  '@x',
  '`x',
  '|',
  '>',
  '[a, b]',
  '{a: b}',
  'éàü',
  '€ 5',
);
const key = fc.constantFrom(
  'title',
  'agreement',
  'section',
  'text',
  'themes',
  'status',
  'references',
  'id',
  'date',
  'url',
  'note',
  '1',
  'yes',
  'null',
  '~',
  'a b',
  '"quoted"',
  "'single'",
  '0o7',
  '.5',
);

/** A line `indent key: value` with the value written raw: valid YAML or not. */
const rawLine = fc
  .tuple(fc.constantFrom('', '  ', '    ', '- ', '  - '), key, fc.constantFrom(': ', ':', ': ', ':  '), trickyPlain)
  .map(([indent, k, colon, value]) => `${indent}${k}${colon}${value}`);
const rawYaml = fc.array(rawLine, { minLength: 1, maxLength: 8 }).map((lines) => `${lines.join('\n')}\n`);

/** Well-formed YAML of all styles, made by `yaml` itself from random data. */
const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    trickyPlain,
    fc.string({ maxLength: 30 }),
    fc.integer(),
    fc.double({ noDefaultInfinity: false }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;
const styledYaml = fc
  .tuple(
    fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }),
    fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    fc.constantFrom('any', 'block', 'flow'),
    fc.integer({ min: 20, max: 80 }),
  )
  .map(([data, defaultStringType, collectionStyle, lineWidth]) =>
    stringify(data, {
      defaultStringType: defaultStringType as 'PLAIN',
      collectionStyle: collectionStyle as 'any',
      lineWidth,
      minContentWidth: 10,
    }),
  );

/** Well-formed front matter with characters put in or taken out at random. */
const mutated = fc
  .tuple(
    styledYaml,
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom(
          '',
          ' ',
          '  ',
          '\n',
          '\t',
          ':',
          '#',
          '-',
          '"',
          "'",
          '[',
          ']',
          '{',
          '}',
          ',',
          '&',
          '*',
          '!',
          '?',
          '|',
          '>',
          '%',
          '\r\n',
        ),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([text, edits]) =>
    edits.reduce((t, [at, insert]) => {
      const i = at % (t.length + 1);
      return insert === '' ? t.slice(0, i) + t.slice(i + 1) : t.slice(0, i) + insert + t.slice(i);
    }, text),
  );

const anyYaml = fc.oneof(rawYaml, styledYaml, mutated);

function precise(text: string) {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  return { errors: doc.errors, data: doc.contents === null ? {} : doc.toJS({ maxAliasCount: 100 }) };
}

describe('the fast path for front matter', () => {
  it('should leave to the precise path a `- ` item among the keys of a mapping (found by the property below)', () => {
    // js-yaml reads the last line as a third item of `yes`; yaml says the file is wrong.
    const text = 'status: null\nyes:\n  - 1\n  - \n- "x"\n';
    expect(fastYamlData(text)).toBeUndefined();
    expect(precise(text).errors).not.toEqual([]);
    // The compact form, a list at its key's indentation, is valid; it only costs the precise path.
    expect(fastYamlData('themes:\n- werk\n- zorg\n')).toBeUndefined();
    expect(precise('themes:\n- werk\n- zorg\n').data).toEqual({ themes: ['werk', 'zorg'] });
  });

  it('should give exactly the data of the precise path, or leave the file to it', () => {
    let taken = 0;
    fc.assert(
      fc.property(anyYaml, (text) => {
        const fast = fastYamlData(text);
        if (fast === undefined) return;
        taken++;
        const { errors, data } = precise(text);
        expect(errors.map((e) => e.message)).toEqual([]);
        expect(fast).toStrictEqual(data);
      }),
      { numRuns: propertyRuns(3000) },
    );
    // Not a test of nothing: most of these texts are valid, and many are read fast.
    expect(taken).toBeGreaterThan(propertyRuns(3000) / 6);
  });

  it('should lead to the same findings and places as the precise path for whole reports', () => {
    const report = (yaml: string) =>
      `---\n${yaml}${yaml.endsWith('\n') ? '' : '\n'}---\n\nDe regering besliste [0] en [1].\n`;
    const base =
      'title: Activering\nagreement:\n  section: "1.3"\n  text: Tekst.\nthemes: [werk]\nstatus: uitgevoerd\nreferences:\n  - id: 0\n    date: 2021-01-08\n    title: Besluit\n';
    const field = fc.tuple(key, fc.oneof(trickyPlain, fc.constantFrom('[]', '{}', '', '"x"', "'1.3'")));
    const reportYaml = fc.oneof(
      anyYaml,
      fc.array(field, { maxLength: 3 }).map((extra) => base + extra.map(([k, v]) => `${k}: ${v}\n`).join('')),
      fc.constantFrom('"1.3"', "'2.10'", '1.3', '"1.3" # nummer', '"1.3"  ').map((s) => base.replace('"1.3"', s)),
    );
    let taken = 0;
    fc.assert(
      fc.property(reportYaml, (yaml) => {
        // Both go the precise way otherwise.
        if (fastYamlData(yaml) === undefined) return;
        taken++;
        // A comment with a tag-like word makes the fast path step aside; it moves no line.
        const forced = `${yaml}${yaml.endsWith('\n') ? '' : '\n'}# !precies\n`;
        const viaFast = checkReport({ file: 'r.md', text: report(yaml) }, defaultConfig);
        const viaPrecise = checkReport({ file: 'r.md', text: report(forced) }, defaultConfig);
        expect(fastYamlData(forced)).toBeUndefined();
        // Past the front matter, the forced file's lines are one further down.
        const comment = report(yaml).split('\n').length - report(yaml).split('\n---\n').at(-1)!.split('\n').length;
        const unshifted = viaPrecise.diagnostics.map((d) => (d.line > comment ? { ...d, line: d.line - 1 } : d));
        expect(viaFast.diagnostics).toEqual(unshifted);
        expect(viaFast.report?.data).toStrictEqual(viaPrecise.report?.data);
        expect(viaFast.report?.sectionPlace).toEqual(viaPrecise.report?.sectionPlace);
      }),
      { numRuns: propertyRuns(1500) },
    );
    expect(taken).toBeGreaterThan(propertyRuns(1500) / 7.5);
  });
});
