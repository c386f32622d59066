import { Document } from 'yaml';
import { compareSections } from '../model/sections.ts';
import type { AgreementFile } from '../schema/agreement.ts';
import type { SiteConfig } from '../schema/config.ts';
import type { MigrationRequest } from './migration-request.ts';

/**
 * The agreement's name in agreement.yaml: site.yaml's name with its period,
 * as readers told it apart from the site's other agreements by both
 * ("Vlaams Regeerakkoord 2019-2024"), unless the name holds the period.
 */
export function agreementName(agreement: SiteConfig['agreement']): string {
  const { name, period } = agreement;
  return period === '' || name.includes(period) ? name : `${name} ${period}`;
}

/** The fields of the agreement.yaml that migrate writes, from site.yaml and the command line. */
export function agreementFields(config: SiteConfig, request: MigrationRequest): AgreementFile {
  const fields: AgreementFile = {
    name: agreementName(config.agreement),
    period: request.end === undefined ? { start: request.start } : { start: request.start, end: request.end },
    chapters: config.chapters,
  };
  if (request.government !== undefined) fields.government = request.government;
  return fields;
}

const header = [
  ' One agreement of this site: its name, the government that made it, its term',
  ' and its chapter titles. Its reports are in reports/ beside this file.',
  ' Optional: description, a few sentences (Markdown) for its overview page.',
].join('\n');

function bySection([a]: [string, string], [b]: [string, string]): number {
  return compareSections(a, b);
}

/** agreement.yaml's text: the fields in the order editors read them, chapters only when there are any. */
export function agreementYaml(fields: AgreementFile): string {
  const { name, government, period, chapters } = fields;
  const ordered = {
    name,
    ...(government === undefined ? {} : { government }),
    period,
    // A Map keeps them in section order: an object puts "10" before "1.2".
    ...(Object.keys(chapters).length === 0 ? {} : { chapters: new Map(Object.entries(chapters).sort(bySection)) }),
  };
  const doc = new Document(ordered);
  doc.commentBefore = header;
  // Names and chapter titles stay on one line each, however long.
  return doc.toString({ lineWidth: 0 });
}
