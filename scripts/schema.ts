/**
 * npm run schema
 * Writes the JSON Schema of a report's front matter, generated from the zod
 * schema, to schema/report.schema.json (committed; a test fails when it is stale).
 * Exit 0: written or already up to date. 2: bad usage.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { reportJsonSchemaFile, reportJsonSchemaText } from '../src/schema/json-schema.ts';

const usage = `Usage: npm run schema

Writes ${reportJsonSchemaFile}, the JSON Schema of a report's front matter,
generated from src/schema/report.ts. Run it after changing the report schema
and commit the result.`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h', default: false } } });
  } catch (error) {
    console.error(`schema: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (args.values.help) {
    console.log(usage);
    return 0;
  }
  const text = reportJsonSchemaText();
  if (existsSync(reportJsonSchemaFile) && readFileSync(reportJsonSchemaFile, 'utf8') === text) {
    console.log(`${reportJsonSchemaFile} is up to date.`);
    return 0;
  }
  mkdirSync(path.dirname(reportJsonSchemaFile), { recursive: true });
  writeFileSync(reportJsonSchemaFile, text);
  console.log(`wrote ${reportJsonSchemaFile}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
