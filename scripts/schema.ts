/**
 * npm run schema
 * Writes the JSON Schemas that editors' tools check files against, generated
 * from the zod schemas: schema/report.schema.json (a report's front matter)
 * and schema/agreement.schema.json (an agreement.yaml). Both are committed;
 * a test fails when one is stale.
 * Exit 0: written or already up to date. 2: bad usage.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { agreementJsonSchemaFile, jsonSchemaFiles, reportJsonSchemaFile } from '../src/schema/json-schema.ts';

const usage = `Usage: npm run schema

Writes ${reportJsonSchemaFile}, the JSON Schema of a report's front matter,
generated from src/schema/report.ts, and ${agreementJsonSchemaFile}, that of
an agreement.yaml, generated from src/schema/agreement.ts. Run it after
changing either schema and commit the result.`;

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
  for (const { file, text } of jsonSchemaFiles()) {
    if (existsSync(file) && readFileSync(file, 'utf8') === text) {
      console.log(`${file} is up to date.`);
      continue;
    }
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
