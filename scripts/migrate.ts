/**
 * npm run migrate -- --agreement <id> --start YYYY-MM-DD [--end YYYY-MM-DD] [--government G]
 *                    [--content content] [--dry-run]
 * Exit 0: migrated (or, with --dry-run, what it would do printed). 1: refused, nothing changed. 2: bad usage.
 */
import { formatText } from '../src/diagnostics/format.ts';
import { CommandLine } from '../src/cli/command-line.ts';
import { readMigrationRequest } from '../src/migrate/migration-request.ts';
import { applyMigration, prepareMigration } from '../src/migrate/apply-migration.ts';
import { describeMigration } from '../src/migrate/migration-messages.ts';

const usage = `Usage: npm run migrate -- --agreement <id> --start YYYY-MM-DD [--end YYYY-MM-DD] [--government "Regering-Jambon"]
                          [--content content] [--dry-run]

Turns a site with one agreement into one that can hold several, in one step:
moves content/reports/ to content/agreements/<id>/reports/, writes
content/agreements/<id>/agreement.yaml with the agreement's name and chapters
from site.yaml and the term given here, takes those out of site.yaml and sets
redirectOldAddressesTo: "<id>" there, so that the old addresses
(/rapporten/…, /hoofdstukken/…) lead to the new ones (/<id>/rapporten/…).
Every other line of site.yaml stays as it is. Overwrites nothing.
  --agreement ID   the agreement's id, the start of its new addresses, such as 2019-2024
  --start DATE     the first day of its term (site.yaml has only its years)
  --end DATE       the last day of its term; leave it out while the term runs
  --government G   the government that made it, such as "Regering-Jambon"
  --content DIR    the content folder (default content)
  --dry-run        move and write nothing; print what would be done
Exit code: 0 migrated, 1 refused (nothing changed), 2 bad usage.`;
const cli = new CommandLine('migrate', usage);

function main(argv: string[]): number {
  const args = cli.parse({
    args: argv,
    options: {
      agreement: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      government: { type: 'string' },
      content: { type: 'string', default: 'content' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof args === 'number') return args;
  const read = readMigrationRequest(args.values);
  if ('problem' in read) return cli.fail(read.problem);
  const { request } = read;

  const prepared = prepareMigration(request);
  if ('refused' in prepared) {
    for (const finding of prepared.findings) console.error(formatText(finding));
    console.error(`migrate: ${prepared.refused}`);
    return 1;
  }
  const dryRun = args.values['dry-run'];
  const applied = dryRun ? undefined : applyMigration(prepared.plan);
  if (applied) {
    console.error(`migrate: could not migrate: ${applied.failed}`);
    return 1;
  }
  const options = { dryRun, reports: prepared.reports, content: request.content, id: request.agreement };
  process.stdout.write(describeMigration(prepared.plan, options));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
