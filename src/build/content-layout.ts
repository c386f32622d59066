import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseAgreementFile } from '../load/agreement-file.ts';
import { folderAgreement, reservedIds, singleAgreement, type Agreement } from '../model/agreements.ts';
import { agreementFileName } from '../schema/agreement.ts';
import type { SiteConfig } from '../schema/config.ts';
import { agreementIdPattern } from '../schema/fields.ts';
import { displayPath, isFolder, readTextFile } from './content-files.ts';

/** The folder of a site with several agreements, relative to the content folder. */
export const agreementsFolderName = 'agreements';
/** The reports of a site with one agreement, or of one agreement among several. */
export const reportsFolderName = 'reports';

/** One agreement and the folder its reports are in (which need not exist yet). */
export interface AgreementFolder {
  agreement: Agreement;
  reports: string;
}

export interface ContentLayout {
  /** Whether the site holds several agreements (content/agreements/), each under its own address. */
  several: boolean;
  agreements: AgreementFolder[];
  /**
   * What is wrong with the layout or an agreement.yaml; with any, nothing is
   * built, and `agreements` may hold stand-ins (see readAgreementFolder).
   */
  diagnostics: Diagnostic[];
}

/**
 * How a content folder is laid out: `reports/` with the agreement named in
 * site.yaml (one agreement, as sites began), or `agreements/<id>/` with an
 * agreement.yaml and a `reports/` folder each.
 */
export function readLayout(content: string, config: SiteConfig): ContentLayout {
  const single = path.join(content, reportsFolderName);
  const several = path.join(content, agreementsFolderName);
  // A file of that name is not the layout of several agreements (and cannot be read as a folder).
  if (!isFolder(several)) {
    return { several: false, agreements: [{ agreement: singleAgreement(config), reports: single }], diagnostics: [] };
  }
  const diagnostics: Diagnostic[] = [];
  if (existsSync(single)) {
    diagnostics.push(
      diagnostic(
        'layout-mixed',
        at(single),
        `${displayPath(content)} holds both ${reportsFolderName}/ (one agreement) and ${agreementsFolderName}/ (several)`,
        `move these reports to ${agreementsFolderName}/<id>/${reportsFolderName}/ of the agreement they belong to (npm run migrate does that for a site that has only ${reportsFolderName}/)`,
      ),
    );
  }
  const agreements: AgreementFolder[] = [];
  for (const entry of readdirSync(several, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(several, entry.name);
    if (!isFolder(full)) {
      if (entry.name.endsWith('.md'))
        diagnostics.push(strayReport(full, `${displayPath(several)}/<id>/${reportsFolderName}/`));
      continue;
    }
    const read = readAgreementFolder(full, entry.name);
    diagnostics.push(...read.diagnostics);
    if (read.agreement) agreements.push({ agreement: read.agreement, reports: read.reports });
  }
  if (agreements.length === 0 && diagnostics.length === 0) {
    diagnostics.push(
      diagnostic(
        'agreement-file-missing',
        at(several),
        `${displayPath(several)} holds no agreement`,
        `make a folder per agreement, such as ${agreementsFolderName}/2024-2029/, with an ${agreementFileName} and a ${reportsFolderName}/ folder`,
      ),
    );
  }
  return { several: true, agreements, diagnostics };
}

/**
 * One agreement's folder. Whatever is wrong with it, its reports are still
 * checked, and a `continues` naming it is not also reported as naming an
 * unknown agreement: an agreement.yaml missing or wrong gives a stand-in,
 * which is never built, as the folder's findings stop the build. Only a
 * `reports` that is no folder leaves the agreement out: it cannot be read.
 */
function readAgreementFolder(
  folder: string,
  id: string,
): { agreement?: Agreement; reports: string; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const reports = path.join(folder, reportsFolderName);
  if (!agreementIdPattern.test(id)) {
    diagnostics.push(
      diagnostic(
        'agreement-folder-invalid',
        at(folder),
        `the folder name "${id}" is not an agreement id: it is part of every address of the agreement's pages`,
        'rename the folder to letters, digits and dashes, such as 2019-2024',
      ),
    );
  } else if (reservedIds.includes(id.toLowerCase())) {
    diagnostics.push(
      diagnostic(
        'agreement-folder-invalid',
        at(folder),
        `the folder name "${id}" is an address the site already uses (/${id}/)`,
        'rename the folder, for instance to the years of the term, such as 2019-2024',
      ),
    );
  }
  for (const name of readdirSync(folder)) {
    if (name.endsWith('.md')) diagnostics.push(strayReport(path.join(folder, name), `${displayPath(reports)}/`));
  }
  const described = readAgreementFile(folder, id);
  diagnostics.push(...described.diagnostics);
  if (existsSync(reports) && !isFolder(reports)) {
    diagnostics.push(
      diagnostic(
        'file-unreadable',
        at(reports),
        `this is a file, not a folder: an agreement's reports go in its folder ${reportsFolderName}/`,
        `remove or rename the file, and put the reports in a folder ${displayPath(reports)}/`,
      ),
    );
    return { reports, diagnostics };
  }
  return { agreement: described.agreement ?? standIn(id), reports, diagnostics };
}

/** A folder's agreement.yaml, read: the agreement it describes, or what is wrong with it. */
function readAgreementFile(folder: string, id: string): { agreement?: Agreement; diagnostics: Diagnostic[] } {
  const file = path.join(folder, agreementFileName);
  if (!existsSync(file)) {
    return {
      diagnostics: [
        diagnostic(
          'agreement-file-missing',
          at(folder),
          `the agreement folder ${displayPath(folder)} has no ${agreementFileName}`,
          `add ${displayPath(file)} with at least \`name\` and \`period: { start: YYYY-MM-DD }\` (see CONTRIBUTING.md)`,
        ),
      ],
    };
  }
  const read = readTextFile(file, folder);
  if (read.text === undefined) return { diagnostics: read.diagnostics };
  const { agreement, diagnostics } = parseAgreementFile(displayPath(file), read.text);
  return agreement ? { agreement: folderAgreement(id, agreement), diagnostics } : { diagnostics };
}

/** An agreement whose agreement.yaml could not be read: its id, and no term to check reports against. */
function standIn(id: string): Agreement {
  return { id, name: id, period: '', chapters: {}, path: `/${id}/` };
}

function strayReport(file: string, where: string): Diagnostic {
  return diagnostic(
    'agreement-stray-file',
    at(file),
    `this report is not in an agreement's ${reportsFolderName}/ folder, so it belongs to no agreement`,
    `move it to ${where}`,
  );
}

function at(file: string) {
  return { file: displayPath(file), line: 1, column: 1 };
}
