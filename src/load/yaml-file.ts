import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/rules.ts';
import { lineIndex } from '../text/line-index.ts';
import { checkSchema } from '../validate/front-matter.ts';
import type { Locator } from './front-matter.ts';
import { parseYaml } from './yaml.ts';

/**
 * A YAML settings file (site.yaml, agreement.yaml) checked against its
 * schema: the value, or findings at their lines, never a half-read file.
 */
export function parseYamlFile<S extends z.ZodType>(
  schema: S,
  file: string,
  text: string,
  rule: RuleId,
): { value?: z.output<S>; locate?: Locator; written?: string[]; diagnostics: Diagnostic[] } {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = lineIndex(source);
  const yaml = parseYaml(source, (offset) => ({ file, ...lines.position(offset) }), { file, line: 1, column: 1 });
  // The YAML findings speak of a report's front matter; a settings file is the whole file.
  if (!yaml.parsed) {
    return {
      diagnostics: yaml.diagnostics.map((d) => ({
        ...d,
        message: d.message.replace(/^the front matter/, 'this file'),
      })),
    };
  }
  const result = checkSchema(schema, yaml.parsed.data, file, yaml.parsed.locate, rule);
  return result.value === undefined
    ? { diagnostics: result.diagnostics }
    : { value: result.value, locate: yaml.parsed.locate, written: writtenKeys(yaml.parsed.data), diagnostics: [] };
}

/** The settings a file names, defaults aside: what a schema with defaults no longer tells. */
function writtenKeys(data: unknown): string[] {
  return typeof data === 'object' && data !== null ? Object.keys(data) : [];
}
