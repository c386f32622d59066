import fc from 'fast-check';
import { agreementRef } from '../../src/model/build-model.ts';
import { singleAgreement } from '../../src/model/agreements.ts';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { modelReport, pageLinks, reportPage } from '../../src/model/report-page.ts';
import { compileContent } from '../../src/compile/compile-report.ts';
import { checkReport } from '../../src/validate/report.ts';
import { defaultConfig } from '../helpers/fixtures.ts';
import { misplacedFindings } from '../helpers/invariants.ts';
import { unsafeParts } from '../helpers/safe-html.ts';
import { propertyRuns } from '../helpers/property-runs.ts';

/**
 * Whatever an editor (or a generator, or a pull request from anyone) puts in
 * the front matter, the validator answers with findings inside the file and
 * never throws, and what it lets through renders to safe HTML.
 */

const awkwardText = fc.constantFrom(
  '',
  ' ',
  '\t',
  '2021-02-30',
  '2021-01-08',
  '1.3',
  '2.10',
  'niet-gestart',
  'javascript:alert(1)',
  'https://beslissingenvlaamseregering.vlaanderen.be/?search=x&startDate=2021-01-08T09%3A00%3A00Z',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[0]',
  '__proto__',
  'constructor',
  '\u0000',
  '\ufeff',
  '\u2028',
  '\ud800',
  'x'.repeat(5000),
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: awkwardText },
);
const number = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -1, 1.5, 2 ** 53 + 1, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE),
);
const scalar = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true }));
const key = fc.oneof(text, fc.constantFrom('title', 'agreement', 'section', 'text', 'themes', 'id', 'date', 'url'));

/** Any YAML value: scalars, lists and mappings nested a few levels. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
})).value;

const validReference = fc.record({
  id: fc.nat(50),
  date: fc.constantFrom('2021-01-08', '2020-07-10'),
  title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
});
/** Each field: well formed, or anything at all. */
const frontMatter = fc.record(
  {
    title: fc.oneof(fc.constant('Activering stimuleren'), anyValue),
    agreement: fc.oneof(fc.record({ section: fc.constantFrom('1.3', '2.10'), text: text }), anyValue),
    themes: fc.oneof(fc.array(text, { minLength: 1, maxLength: 3 }), anyValue),
    status: fc.oneof(fc.constantFrom('in-uitvoering', 'uitgevoerd'), anyValue),
    updated: fc.oneof(fc.constant('2024-03-01'), anyValue),
    history: fc.oneof(fc.array(fc.record({ date: anyValue, status: anyValue, note: anyValue })), anyValue),
    references: fc.oneof(fc.array(validReference, { maxLength: 5 }), fc.array(anyValue, { maxLength: 5 }), anyValue),
    stray: anyValue,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(fc.constant('Zie [0] en [1].\n'), fc.string({ unit: 'binary', maxLength: 60 }));

/** Raw front-matter text from YAML's building blocks, for what no serializer writes. */
const yamlToken = fc.oneof(
  fc.constantFrom(
    'title',
    'agreement',
    'references',
    'id',
    ':',
    ': ',
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\r',
    '- ',
    '-',
    '[',
    ']',
    '{',
    '}',
    ',',
    '&a ',
    '*a',
    '*b',
    '!!binary ',
    '!!set ',
    '!foo ',
    '? ',
    '|',
    '>-',
    '"',
    "'",
    '#',
    '---',
    '...',
    '%YAML 1.2\n',
    '<<: ',
    '\ufeff',
    '\u0000',
    '1e400',
    '2.10',
    '0x1F',
    '~',
  ),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const rawYaml = fc.array(yamlToken, { maxLength: 60 }).map((tokens) => tokens.join(''));

function checkText(file: string, text: string) {
  const { diagnostics, reports } = compileContent([{ file, text }], defaultConfig);
  expect(misplacedFindings(text, diagnostics)).toEqual([]);
  expect(diagnostics.every((d) => d.file === file)).toBe(true);
  for (const report of reports) {
    const page = reportPage(
      modelReport(report),
      (slug) => slug,
      pageLinks(defaultConfig),
      agreementRef(singleAgreement(defaultConfig), false),
    );
    for (const html of [page.body(), page.agreementHtml, ...page.history.map((h) => h.noteHtml ?? '')]) {
      expect(unsafeParts(html)).toEqual([]);
    }
  }
}

describe('arbitrary front matter', () => {
  it('should give findings inside the file for any YAML values, and never throw', () => {
    fc.assert(
      fc.property(frontMatter, body, (data, markdown) => {
        checkText('content/reports/1-3-x.md', `---\n${stringify(data)}---\n${markdown}`);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('should give findings inside the file for any front-matter text, and never throw', () => {
    fc.assert(
      fc.property(rawYaml, body, fc.constantFrom('\n', '\r\n'), (yaml, markdown, newline) => {
        checkText('content/reports/1-3-x.md', `---${newline}${yaml}${newline}---${newline}${markdown}`);
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('should find a finding for each thing wrong at the place it is, also under a CRLF file with a byte-order mark', () => {
    fc.assert(
      fc.property(frontMatter, (data) => {
        const lf = `---\n${stringify(data)}---\n`;
        const crlf = `\ufeff${lf.replace(/\n/g, '\r\n')}`;
        const places = (text: string) =>
          checkReport({ file: 'x.md', text }, defaultConfig).diagnostics.map((d) => [d.rule, d.line, d.column]);
        // Values with a carriage return of their own are other text under CRLF.
        fc.pre(!lf.includes('\r'));
        expect(places(crlf)).toEqual(places(lf));
      }),
      { numRuns: propertyRuns(200) },
    );
  });
});
