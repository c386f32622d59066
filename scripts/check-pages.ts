/**
 * npm run check-pages -- [--site _site] [--base-path /] [--config content/site.yaml] [--pages FILE]
 * Exit 0: no findings. 1: findings. 2: bad usage.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkPages } from '../src/check/check-pages.ts';
import { formatGithub, formatText, plural, type Finding } from '../src/diagnostics/format.ts';
import { basePath as pathOf } from '../src/model/urls.ts';
import { isFolder, readConfig } from '../src/build/content-files.ts';
import { CommandLine } from '../src/cli/command-line.ts';

const usage = `Usage: npm run check-pages -- [--site _site] [--base-path /] [--config content/site.yaml] [--pages FILE]

Checks the pages of a built site: valid HTML by the project's html-validate
rules (.htmlvalidate.json), and every internal link and #fragment resolves to
a file and an id of the site as published under --base-path (e.g. /monitor/;
default: the path of baseUrl in the site config, as the build without --base-url).
--pages FILE checks only the pages it lists, one output-relative path a line
(what npm run build -- --changed-pages FILE writes); links still resolve
against the whole site. Prints one line per finding:
path:line:column: error: message (rule).
Exit code: 0 no findings, 1 findings, 2 bad usage.`;
const cli = new CommandLine('check-pages', usage);

async function main(argv: string[]): Promise<number> {
  const args = cli.parse({
    args: argv,
    options: {
      site: { type: 'string', default: '_site' },
      'base-path': { type: 'string' },
      config: { type: 'string', default: 'content/site.yaml' },
      pages: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof args === 'number') return args;
  const { site, pages: list } = args.values;
  const basePath = args.values['base-path'] ?? pathOf(readConfig(args.values.config).config?.baseUrl);
  if (!isFolder(site)) return cli.fail(`there is no site folder ${site}; build the site first`);
  let pages: string[] | undefined;
  if (list !== undefined) {
    try {
      pages = readFileSync(list, 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
    } catch (error) {
      return cli.fail(`cannot read the list of pages: ${(error as Error).message}`);
    }
  }

  const { findings, checked } = await checkPages(site, { basePath, ...(pages ? { pages } : {}) });
  // Paths as the user can open them: under the site folder they named.
  const shown: Finding[] = findings.map((f) => ({ ...f, file: path.join(site, f.file), severity: 'error' }));
  for (const finding of shown) console.log(formatText(finding));
  if (process.env.GITHUB_ACTIONS === 'true') for (const finding of shown) console.log(formatGithub(finding));
  const skipped = pages ? new Set(pages).size - checked.length : 0;
  const note = skipped ? ` (${skipped} listed ${skipped === 1 ? 'file is' : 'files are'} not a page of the site)` : '';
  console.log(`${plural(checked.length, 'page')} checked${note}: ${plural(findings.length, 'error')}.`);
  return findings.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
