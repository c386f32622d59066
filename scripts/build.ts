/**
 * npm run build -- [--content content] [--output _site]
 * Validates the content, then renders the site with Eleventy. On any error the
 * previous output folder is left exactly as it was.
 */
import Eleventy from '@11ty/eleventy';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors, sortDiagnostics } from '../src/diagnostics/diagnostic.ts';
import { configFileName } from '../src/load/config.ts';
import { buildModel } from '../src/model/build-model.ts';
import { checkAbout } from '../src/validate/about.ts';
import { checkContent } from '../src/validate/content.ts';
import { displayPath, listMarkdownFiles, readConfig, readSources, UsageError } from './lib/content-files.ts';
import { printFindings } from './lib/print-findings.ts';
import { writeSearchIndex } from './lib/search-index.ts';

/** The about page, relative to the content folder; optional. */
const aboutFileName = 'over.md';
const usage = 'Usage: npm run build -- [--content content] [--output _site]';
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        content: { type: 'string', default: 'content' },
        output: { type: 'string', default: '_site' },
      },
    }));
  } catch (error) {
    console.error(`build: ${(error as Error).message}\n${usage}`);
    return 2;
  }

  let files: string[];
  try {
    files = listMarkdownFiles([path.join(values.content, 'reports')]);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`build: ${error.message}\n${usage}`);
    return 2;
  }
  const { config, diagnostics: configFindings } = readConfig(path.join(values.content, configFileName));
  const checked = config ? checkContent(readSources(files), config) : { reports: [], diagnostics: [] };
  const aboutFile = path.join(values.content, aboutFileName);
  const about = existsSync(aboutFile)
    ? checkAbout(displayPath(aboutFile), readFileSync(aboutFile, 'utf8'))
    : { diagnostics: [] };
  const findings = sortDiagnostics([...configFindings, ...checked.diagnostics, ...about.diagnostics]);
  if (!config || hasErrors(findings)) {
    printFindings(findings, files.length, 'text');
    console.error(`build: stopped; ${values.output}/ was left as it was.`);
    return 1;
  }
  if (findings.length) printFindings(findings, files.length, 'text');

  const model = buildModel(
    about.about ? { reports: checked.reports, config, about: about.about } : { reports: checked.reports, config },
  );
  const output = path.resolve(values.output);
  const staging = `${output}.staging-${process.pid}`;
  try {
    const eleventy = new Eleventy(path.join(root, 'templates'), staging, {
      configPath: path.join(root, '.eleventy.js'),
      quietMode: true,
      config: (eleventyConfig: { addGlobalData(name: string, value: unknown): void }) => {
        eleventyConfig.addGlobalData('model', model);
      },
    });
    await eleventy.write();
    // The search index is the last step, over the finished pages.
    const search = await writeSearchIndex(staging);
    if (search.errors.length > 0) {
      console.error(
        `build: the search index failed: ${search.errors.join('; ')}\n${values.output}/ was left as it was.`,
      );
      return 1;
    }
    replaceFolder(staging, output);
  } catch (error) {
    // A template fault is ours, not the editor's: say so plainly and keep the old site.
    console.error(`build: rendering failed: ${(error as Error).message}\n${values.output}/ was left as it was.`);
    return 1;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  console.log(
    `build: ${model.reports.length} ${model.reports.length === 1 ? 'report' : 'reports'} written to ${values.output}/`,
  );
  return 0;
}

/** Swaps the new site in whole, so readers never see half of one. */
function replaceFolder(fresh: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  if (existsSync(target)) renameSync(target, old);
  renameSync(fresh, target);
  rmSync(old, { recursive: true, force: true });
}

process.exitCode = await main(process.argv.slice(2));
