import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import shared from './vitest.config.ts';

/**
 * The suites that `npm test` runs a second time, under
 * TZ=America/Los_Angeles, where midnight UTC is still the day before: the ones
 * that check a day the code works out (parses, formats, compares or takes from
 * the clock), so that a day shifted by the machine's time zone fails them.
 * The first pass, under UTC, runs every suite.
 *
 * How they were chosen, and how to decide for a new suite: break one piece of
 * date code so that it reads the machine's zone (utcDay reading the local
 * day, dutchDate without `timeZone: 'UTC'`, dayInBrussels without
 * 'Europe/Brussels') and run every suite under TZ=America/Los_Angeles; the
 * suites that fail are the candidates, and the cheapest of them that check
 * each piece of date code are listed here. Not listed, because a listed suite
 * checks the same code for less: build.test.ts and the browser's reading test
 * (the Dutch dates of report-page.test.ts), validate-cli, pre-commit and
 * import-cli (the reference checks of real-content.test.ts and
 * import-report.test.ts, run as processes). Every suite passes unchanged under
 * UTC, Los Angeles, Pacific/Kiritimati (UTC+14) and Asia/Kathmandu (UTC+5:45).
 */
export const timeZoneSuites = [
  // isCalendarDate, utcDay (a Date from a YAML parser), dutchDate, dayInBrussels.
  'tests/text/dates.test.ts',
  // `npm run new` dates a report by the day in Brussels: in the function...
  'tests/scaffold/new-report.test.ts',
  // ...and in the command, from NEW_REPORT_NOW and from the clock.
  'tests/cli/new-cli.test.ts',
  // A reference url's startDate is compared with its date as a day in Brussels;
  // the shipped report and the importer's example cite decisions near midnight.
  'tests/validate/real-content.test.ts',
  'tests/import/import-report.test.ts',
  // The sites that the global setup builds, here under this zone: Dutch dates of
  // references, updates and history; recent changes and decisions by year...
  'tests/site/report-page.test.ts',
  'tests/site/listing-pages.test.ts',
  // ...and the feed's <updated>, the sitemap and the dates of the open data.
  'tests/site/open-data.test.ts',
];

for (const file of timeZoneSuites) {
  const found = existsSync(fileURLToPath(new URL(file, import.meta.url)));
  if (!found) throw new Error(`vitest.time-zones.config.ts lists ${file}, which does not exist`);
}

export default mergeConfig(shared, defineConfig({ test: { include: timeZoneSuites } }));
