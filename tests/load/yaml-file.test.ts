import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseYamlFile } from '../../src/load/yaml-file.ts';

function schema() {
  return z.strictObject({ name: z.string({ error: 'must be text' }), size: z.number().default(1) });
}

describe('reading a YAML settings file against its schema', () => {
  it('should give the value, the settings the file names, and where they are', () => {
    const { value, locate, written, diagnostics } = parseYamlFile(
      schema(),
      'x.yaml',
      'name: Akkoord\n',
      'config-invalid',
    );
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({ name: 'Akkoord', size: 1 });
    // The default is not something the file says.
    expect(written).toEqual(['name']);
    expect(locate!.value(['name'])).toEqual({ file: 'x.yaml', line: 1, column: 7 });
  });

  it('should report a value the schema refuses with the rule it is given, at the value, and no value', () => {
    const result = parseYamlFile(schema(), 'x.yaml', '# instellingen\nname: 12\n', 'agreement-invalid');
    expect(result.value).toBeUndefined();
    expect(result.locate).toBeUndefined();
    expect(result.written).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.rule, d.file, d.line, d.column])).toEqual([
      ['agreement-invalid', 'x.yaml', 2, 7],
    ]);
    expect(result.diagnostics[0]!.message).toContain('must be text');
  });

  it('should place a missing setting at the start of the file', () => {
    const { diagnostics } = parseYamlFile(schema(), 'x.yaml', 'size: 2\n', 'config-invalid');
    expect(diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([['config-invalid', 1, 1]]);
  });

  it('should speak of this file, not of a front matter, in YAML findings', () => {
    const syntax = parseYamlFile(schema(), 'x.yaml', 'name: "Akkoord\n', 'config-invalid');
    expect(syntax.diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['yaml-syntax', 2, 1, 'this file is not valid YAML: a quote or bracket is not closed'],
    ]);
    // The mapping is the first level: the 20th bracket (column 26) is the 21st.
    const deep = parseYamlFile(schema(), 'x.yaml', `name: ${'['.repeat(25)}${']'.repeat(25)}\n`, 'config-invalid');
    expect(deep.diagnostics.map((d) => [d.rule, d.line, d.column, d.message])).toEqual([
      ['nesting-too-deep', 1, 26, 'this file nests lists and mappings more than 20 levels deep here'],
    ]);
    // A message that does not begin with "the front matter" is left as it is.
    const list = parseYamlFile(schema(), 'x.yaml', '- a\n', 'config-invalid');
    expect(list.diagnostics.map((d) => [d.rule, d.message])).toEqual([
      ['front-matter-not-a-mapping', 'this must be `key: value` lines'],
    ]);
  });

  it('should read an empty file as one that names no settings', () => {
    const { value, written, diagnostics } = parseYamlFile(
      z.strictObject({ size: z.number().default(1) }),
      'x.yaml',
      '',
      'config-invalid',
    );
    expect(diagnostics).toEqual([]);
    expect(value).toEqual({ size: 1 });
    expect(written).toEqual([]);
  });

  it('should skip a byte-order mark, counting columns as the editor shows them', () => {
    const ok = parseYamlFile(schema(), 'x.yaml', '\ufeffname: Akkoord\n', 'config-invalid');
    expect(ok.value).toEqual({ name: 'Akkoord', size: 1 });
    expect(ok.locate!.value(['name'])).toEqual({ file: 'x.yaml', line: 1, column: 7 });
    const wrong = parseYamlFile(schema(), 'x.yaml', '\ufeffname: 12\n', 'config-invalid');
    expect(wrong.diagnostics.map((d) => [d.line, d.column])).toEqual([[1, 7]]);
  });
});
