/**
 * npm run build -- [--content content] [--output _site] [--base-url URL] [--changed-pages FILE] [--no-search] [--no-cache] [--threads N] [--pages-per-part N] [--timings]
 * Validates the content, then renders the site (src/build/build-site.ts). On
 * any error the previous output folder is left exactly as it was.
 */
import { buildSite } from '../src/build/build-site.ts';
import { UsageError } from '../src/build/content-files.ts';
import { CommandLine } from '../src/cli/command-line.ts';
import { parseBaseUrl } from '../src/load/config.ts';

const usage = `Usage: npm run build -- [--content content] [--output _site] [--base-url URL] [--changed-pages FILE] [--no-search] [--no-cache] [--threads N] [--pages-per-part N] [--timings]

Checks the reports and writes the site. The site's address is --base-url, else
baseUrl in site.yaml; without one no page names an absolute address, and there
is no feed or sitemap. --changed-pages writes the pages that changed since the
previous build, one per line; --no-cache builds everything afresh on one thread.`;
const cli = new CommandLine('build', usage);

async function main(argv: string[]): Promise<number> {
  const args = cli.parse({
    args: argv,
    options: {
      content: { type: 'string', default: 'content' },
      output: { type: 'string', default: '_site' },
      'base-url': { type: 'string' },
      'changed-pages': { type: 'string' },
      // For benchmarks that time the search index on its own.
      'no-search': { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      threads: { type: 'string' },
      'pages-per-part': { type: 'string', default: '250' },
      timings: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1))
    return cli.fail(`--threads must be a whole number from 1, not "${values.threads}"`);
  const pagesPerPart = Number(values['pages-per-part']);
  if (!(Number.isInteger(pagesPerPart) && pagesPerPart >= 1))
    return cli.fail(`--pages-per-part must be a whole number from 1, not "${values['pages-per-part']}"`);
  const address = values['base-url'] === undefined ? undefined : parseBaseUrl(values['base-url']);
  if (address !== undefined && 'error' in address) {
    console.error(`build: ${address.error}`);
    return 2;
  }
  try {
    return await buildSite({
      content: values.content,
      output: values.output,
      search: !values['no-search'],
      cache: !values['no-cache'],
      pagesPerPart,
      timings: values.timings,
      ...(threads === undefined ? {} : { threads }),
      ...(address === undefined ? {} : { address: address.baseUrl }),
      ...(values['changed-pages'] === undefined ? {} : { changedPages: values['changed-pages'] }),
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    return cli.fail(error.message);
  }
}

process.exitCode = await main(process.argv.slice(2));
