import { Ajv } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { splitFrontMatter } from '../../src/load/front-matter.ts';
import {
  agreementJsonSchema,
  agreementJsonSchemaFile,
  agreementJsonSchemaText,
  jsonSchemaFiles,
  reportJsonSchema,
  reportJsonSchemaFile,
  reportJsonSchemaText,
} from '../../src/schema/json-schema.ts';
import { sectionPattern, statuses } from '../../src/schema/report.ts';
import { fixtureNames, projectRoot, readFixture } from '../helpers/fixtures.ts';

const schema = reportJsonSchema();
// ajv 8 validates draft-07, the version the schema declares.
const validate = new Ajv({ allErrors: true }).compile(schema);

/** The front matter as editors' tools read it: YAML 1.2, so dates stay text. */
function frontMatter(text: string): unknown {
  const { split } = splitFrontMatter('report.md', text);
  if (!split) throw new Error('the report has no readable front matter');
  return split.data;
}

const realReport = readFileSync(path.join(projectRoot, 'content/reports/1-3-activering-stimuleren.md'), 'utf8');

type Json = Record<string, unknown>;
const properties = (node: unknown) => (node as { properties: Record<string, Json> }).properties;

describe('the JSON Schema of the front matter', () => {
  it('should match the committed file, so editors never get a stale schema (run npm run schema)', () => {
    const file = path.join(projectRoot, reportJsonSchemaFile);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '(missing)';
    expect(committed, `${reportJsonSchemaFile} is stale: run npm run schema and commit it`).toBe(
      reportJsonSchemaText(),
    );
  });

  it('should be draft-07, pretty-printed, and end with one newline', () => {
    const text = reportJsonSchemaText();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(text.startsWith('{\n  "$schema"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('should require title, agreement and themes, and section and text in agreement', () => {
    expect(schema.required).toEqual(['title', 'agreement', 'themes']);
    expect(properties(schema).agreement!.required).toEqual(['section', 'text']);
  });

  it('should reject unknown keys at every level', () => {
    const history = properties(schema).history!.items;
    const references = properties(schema).references!.items;
    for (const node of [schema, properties(schema).agreement, history, references]) {
      expect((node as Json).additionalProperties).toBe(false);
    }
  });

  it('should offer exactly the seven statuses, in history too', () => {
    expect(properties(schema).status!.enum).toEqual([...statuses]);
    expect(properties(properties(schema).history!.items).status!.enum).toEqual([...statuses]);
  });

  it('should want the section as text of dot-separated numbers', () => {
    expect(properties(properties(schema).agreement).section).toMatchObject({
      type: 'string',
      pattern: sectionPattern.source,
    });
  });

  it('should describe every field of the report', () => {
    const undescribed = Object.entries(properties(schema))
      .filter(([, field]) => typeof field.description !== 'string')
      .map(([key]) => key);
    expect(undescribed).toEqual([]);
  });

  it('should accept the front matter of the real report 1.3', () => {
    expect(validate(frontMatter(realReport)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(fixtureNames('valid'))('should accept the valid fixture %s', (name) => {
    expect(validate(frontMatter(readFixture(`valid/${name}`))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['section-unquoted-number.md', 'type'],
    ['section-not-numbers.md', 'pattern'],
    ['status-unknown.md', 'enum'],
    ['unknown-key-theme.md', 'additionalProperties'],
    ['unknown-key-in-reference.md', 'additionalProperties'],
    ['themes-empty-list.md', 'minItems'],
    ['title-missing.md', 'required'],
    ['agreement-missing.md', 'required'],
    ['date-not-iso.md', 'pattern'],
    ['reference-id-negative.md', 'minimum'],
  ])('should reject the invalid fixture %s (%s)', (name, keyword) => {
    expect(validate(frontMatter(readFixture(`invalid/${name}`)))).toBe(false);
    expect(validate.errors?.map((error) => error.keyword)).toContain(keyword);
  });

  it('should reject the real report with its section written as a number', () => {
    const broken = realReport.replace('section: "1.3"', 'section: 1.3');
    expect(broken).not.toBe(realReport);
    expect(validate(frontMatter(broken))).toBe(false);
    expect(validate.errors).toMatchObject([{ keyword: 'type', params: { type: 'string' } }]);
    expect(JSON.stringify(validate.errors)).toContain('agreement');
  });
});

describe('the JSON Schema of agreement.yaml', () => {
  const agreementSchema = agreementJsonSchema();
  const validateAgreement = new Ajv({ allErrors: true }).compile(agreementSchema);
  /** An agreement.yaml as editors' tools read it: YAML 1.2, so dates stay text. */
  const agreementFile = (relative: string): unknown => parseYaml(readFixture(relative));
  const threeTerms = ['2014-2019', '2019-2024', '2024-2029'].map(
    (id) => `sites/three-agreements/agreements/${id}/agreement.yaml`,
  );

  it('should match the committed file, so editors never get a stale schema (run npm run schema)', () => {
    const file = path.join(projectRoot, agreementJsonSchemaFile);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '(missing)';
    expect(committed, `${agreementJsonSchemaFile} is stale: run npm run schema and commit it`).toBe(
      agreementJsonSchemaText(),
    );
  });

  it('should be written by npm run schema beside the report schema', () => {
    expect(jsonSchemaFiles().map(({ file }) => file)).toEqual([reportJsonSchemaFile, agreementJsonSchemaFile]);
  });

  it('should be draft-07 and made as the report schema is: dates as YYYY-MM-DD text', () => {
    expect(agreementSchema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const period = properties(agreementSchema).period!;
    expect(properties(period).start).toMatchObject({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    expect(properties(period).end).toMatchObject({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
  });

  it('should require name and period.start, and reject unknown keys in both mappings', () => {
    expect(agreementSchema.required).toEqual(['name', 'period']);
    expect(properties(agreementSchema).period!.required).toEqual(['start']);
    expect(agreementSchema.additionalProperties).toBe(false);
    expect(properties(agreementSchema).period!.additionalProperties).toBe(false);
  });

  it('should describe every field', () => {
    const undescribed = Object.entries(properties(agreementSchema))
      .filter(([, field]) => typeof field.description !== 'string')
      .map(([key]) => key);
    expect(undescribed).toEqual([]);
  });

  it.each(threeTerms)('should accept %s (name, government, term, chapters, description)', (relative) => {
    expect(validateAgreement(agreementFile(relative)), JSON.stringify(validateAgreement.errors)).toBe(true);
  });

  it('should accept the smallest agreement.yaml: a name and the start of the term', () => {
    expect(validateAgreement(parseYaml('name: Vlaams Regeerakkoord 2024-2029\nperiod:\n  start: 2024-09-30\n'))).toBe(
      true,
    );
  });

  it('should reject a start that is not written YYYY-MM-DD', () => {
    expect(
      validateAgreement(agreementFile('agreements/agreement-yaml-invalid/agreements/2019-2024/agreement.yaml')),
    ).toBe(false);
    expect(validateAgreement.errors).toMatchObject([
      { keyword: 'pattern', instancePath: '/period/start', params: { pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
    ]);
  });

  it.each([
    ['a missing name', 'period:\n  start: 2024-09-30\n', 'required', ''],
    ['a missing start', 'name: Akkoord\nperiod:\n  end: 2029-09-30\n', 'required', '/period'],
    ['the period as text', 'name: Akkoord\nperiod: 2024-2029\n', 'type', '/period'],
    [
      'an unknown key',
      'name: Akkoord\nregering: Regering-Diependaele\nperiod:\n  start: 2024-09-30\n',
      'additionalProperties',
      '',
    ],
    [
      'an unknown key in period',
      'name: Akkoord\nperiod:\n  start: 2024-09-30\n  einde: 2029-09-30\n',
      'additionalProperties',
      '/period',
    ],
    ['an empty name', 'name: ""\nperiod:\n  start: 2024-09-30\n', 'minLength', '/name'],
    [
      'a chapter that is not a number',
      'name: Akkoord\nperiod:\n  start: 2024-09-30\nchapters:\n  een: Werk\n',
      'pattern',
      '/chapters',
    ],
  ])('should reject %s', (_case, text, keyword, instancePath) => {
    expect(validateAgreement(parseYaml(text))).toBe(false);
    expect(validateAgreement.errors).toContainEqual(expect.objectContaining({ keyword, instancePath }));
  });
});
