/**
 * npm run new -- <section> "<title>" [--theme T]... [--agreement ID] [--out DIR] [--content content]
 * Exit 0: report written. 1: the section or file exists already, or the content cannot be read. 2: bad usage.
 *
 * For tests only: NEW_REPORT_NOW (an ISO instant such as 2024-03-01T23:30:00Z)
 * stands in for the current time.
 */
import { existsSync, statSync } from 'node:fs';
import { leftToFillIn, requestProblem, today } from '../src/scaffold/new-report.ts';
import { writeNewReport } from '../src/scaffold/write-new-report.ts';
import { checkNewReport } from '../src/scaffold/check-new-report.ts';
import { chooseTargetIn } from '../src/cli/agreement-option.ts';
import { printFindings } from '../src/cli/print-findings.ts';
import { CommandLine } from '../src/cli/command-line.ts';

const usage = `Usage: npm run new -- <section> "<title>" [--theme T]... [--agreement ID] [--out DIR] [--content content]

Writes a new report for one section of an agreement, named
<section>-<title-slug>.md, with today's date (in Brussels) and the status
niet-beoordeeld, then validates it and says what is left to fill in.
  --theme T       give the report theme T (repeat for more)
  --agreement ID  the agreement it belongs to, its folder in content/agreements/;
                  required when the site holds several, unless --out is given
  --out DIR       the folder to write into (default: the agreement's reports
                  folder, content/reports or content/agreements/ID/reports)
  --content DIR   the content folder (default content)
Refuses a section that a report in that folder or agreement covers already.
Exit code: 0 written, 1 section or file exists already (or the site config or
the agreement's folder has errors), 2 bad usage.`;
const cli = new CommandLine('new', usage);

function main(argv: string[]): number {
  const args = cli.parse({
    args: argv,
    allowPositionals: true,
    options: {
      theme: { type: 'string', multiple: true, default: [] },
      agreement: { type: 'string' },
      out: { type: 'string' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (typeof args === 'number') return args;
  if (args.positionals.length !== 2) {
    return cli.fail('give the section and the title, such as: npm run new -- 1.3 "Activering stimuleren"');
  }
  const [section, title] = args.positionals.map((value) => value.trim()) as [string, string];
  const themes = args.values.theme.map((theme) => theme.trim());
  const problem = requestProblem({ section, title, themes });
  if (problem) return cli.fail(problem);
  const { out, agreement, content } = args.values;
  if (out !== undefined && existsSync(out) && !statSync(out).isDirectory()) {
    return cli.fail(`--out must be a folder, not the file ${out}`);
  }
  const now = process.env.NEW_REPORT_NOW ? new Date(process.env.NEW_REPORT_NOW) : new Date();
  if (Number.isNaN(now.getTime()))
    return cli.fail(`NEW_REPORT_NOW is not a date and time: ${process.env.NEW_REPORT_NOW}`);
  const chosen = chooseTargetIn(content, { agreement, out });
  if ('usage' in chosen) return cli.fail(chosen.usage);
  if ('findings' in chosen) {
    printFindings(chosen.findings, 1, 'text');
    return 1;
  }

  const report = writeNewReport(chosen.target, { section, title, themes, updated: today(now) });
  if ('refused' in report) {
    console.error(`new: ${report.refused}`);
    return 1;
  }
  process.stdout.write(`wrote ${report.file}\n\nValidating the new report:\n`);
  printFindings(checkNewReport(report), 1, 'text');
  process.stdout.write(`\nNext: ${leftToFillIn({ themes }).join(', ')}; then run npm run validate.\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
