/**
 * The benchmark's reference for the cold path: the pipeline anyone would
 * write in an afternoon with the project's libraries. One thread, one
 * process, no cache: read each report, split it with gray-matter (its default
 * js-yaml engine), check the front matter with a plain zod schema of the
 * report's shape, render the Markdown with unified, and write one HTML file
 * per report.
 *
 * Not part of the product: nothing here is shared with src/ on purpose. The
 * benchmark compiles this file to JavaScript and runs it as its own process:
 *   node naive-pipeline.mjs <reports folder> <output folder>
 */
import matter from 'gray-matter';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { z } from 'zod';

const status = z.enum([
  'uitgevoerd',
  'gedeeltelijk',
  'in-uitvoering',
  'niet-gestart',
  'niet-uitgevoerd',
  'niet-toetsbaar',
  'niet-beoordeeld',
]);

/** The front matter of a report, as a plain schema (js-yaml reads unquoted dates as Date). */
export const naiveReportSchema = z.object({
  title: z.string().min(1),
  agreement: z.object({ section: z.string(), text: z.string() }),
  themes: z.array(z.string()).min(1),
  status,
  history: z.array(z.object({ date: z.coerce.date(), status, note: z.string().optional() })).optional(),
  updated: z.coerce.date().optional(),
  references: z
    .array(
      z.object({
        id: z.number().int().nonnegative(),
        date: z.coerce.date(),
        title: z.string().optional(),
        url: z.string().optional(),
      }),
    )
    .default([]),
});

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

/** Builds one page per report in `reports` into `output`; returns how many. */
export async function buildNaive(reports: string, output: string): Promise<number> {
  mkdirSync(output, { recursive: true });
  const names = readdirSync(reports)
    .filter((name) => name.endsWith('.md'))
    .sort();
  for (const name of names) {
    const { data, content } = matter(readFileSync(path.join(reports, name), 'utf8'));
    const checked = naiveReportSchema.safeParse(data);
    if (!checked.success) throw new Error(`${name}: ${z.prettifyError(checked.error)}`);
    const body = String(await markdown.process(content));
    const title = checked.data.title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    writeFileSync(
      path.join(output, name.replace(/\.md$/, '.html')),
      `<!doctype html><html lang=nl><title>${title}</title>\n${body}\n`,
    );
  }
  return names.length;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [reports, output] = process.argv.slice(2);
  if (reports === undefined || output === undefined) {
    console.error('Usage: node naive-pipeline.mjs <reports folder> <output folder>');
    process.exit(2);
  }
  console.log(`naive: ${await buildNaive(reports, output)} reports written to ${output}`);
}
