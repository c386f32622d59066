import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { agreementsFolderName, reportsFolderName } from '../build/content-layout.ts';
import { displayPath } from '../build/content-files.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseAgreementFile } from '../load/agreement-file.ts';
import { configFileName, parseConfig } from '../load/config.ts';
import { reservedIds } from '../model/agreements.ts';
import { agreementFileName, type AgreementFile } from '../schema/agreement.ts';
import { siteConfigSchema } from '../schema/config.ts';
import { agreementIdPattern } from '../schema/fields.ts';
import { agreementFields, agreementYaml } from './agreement-yaml.ts';
import type { MigrationRequest } from './migration-request.ts';
import { movedSettings, rewriteSiteYaml } from './rewrite-site-yaml.ts';

/** A folder renamed: everything in it moves along, and git sees the files as renamed. */
export interface Move {
  from: string;
  to: string;
}

/** A file written: a new one (which must not exist), or site.yaml rewritten. */
export interface Write {
  file: string;
  text: string;
  creates: boolean;
  role: 'agreement' | 'site';
}

export interface MigrationPlan {
  moves: Move[];
  /** New files first, then the rewritten site.yaml: the order they are written in. */
  writes: Write[];
  siteYaml: string;
  agreementYaml: string;
  /** What agreement.yaml says, as it reads back. */
  agreement: AgreementFile;
}

/** Why nothing is done: one line, and the findings behind it, if any. */
export interface MigrationRefusal {
  refused: string;
  findings: Diagnostic[];
}

/**
 * What migrate will do to the content folder, from site.yaml's text
 * (`undefined` when there is none) and the request; nothing is read or
 * written here. Both files it would write are read back as the validator
 * reads them, so that it never leaves a site that does not validate.
 */
export function planMigration(
  request: MigrationRequest,
  siteText: string | undefined,
): MigrationPlan | MigrationRefusal {
  const { content, agreement: id } = request;
  const refuse = (refused: string, findings: Diagnostic[] = []) => ({ refused, findings });
  const idProblem = agreementIdProblem(id);
  if (idProblem) return refuse(idProblem);

  const siteFile = path.join(content, configFileName);
  const shownSite = displayPath(siteFile);
  const before = parseConfig(shownSite, siteText);
  if (!before.config)
    return refuse(`${shownSite} has errors; correct them, then run migrate again`, before.diagnostics);
  if (before.config.redirectOldAddressesTo !== undefined) {
    return refuse(
      `${shownSite} sets redirectOldAddressesTo already, which is for a site with several agreements; remove that setting, then run migrate again`,
    );
  }

  const folder = path.join(content, agreementsFolderName, id);
  const agreementFile = path.join(folder, agreementFileName);
  const agreementText = agreementYaml(agreementFields(before.config, request));
  const written = parseAgreementFile(displayPath(agreementFile), agreementText);
  if (!written.agreement) {
    return refuse(`the ${agreementFileName} migrate would write does not validate`, written.diagnostics);
  }

  const siteYaml = rewriteSiteYaml(siteText, id);
  const after = parseConfig(shownSite, siteYaml);
  // Every other setting must read as it did: a check on cutting site.yaml by lines.
  const expected = { ...before.config, ...defaultsOfMoved(), redirectOldAddressesTo: id };
  if (!after.config || !isDeepStrictEqual(after.config, expected)) {
    return refuse(
      `could not take ${movedSettings.join(': and ')}: out of ${shownSite} without changing its other settings; ` +
        `move them by hand to ${displayPath(agreementFile)} and ${displayPath(folder)}/${reportsFolderName}/`,
      after.diagnostics,
    );
  }

  return {
    moves: [{ from: path.join(content, reportsFolderName), to: path.join(folder, reportsFolderName) }],
    writes: [
      { file: agreementFile, text: agreementText, creates: true, role: 'agreement' },
      { file: siteFile, text: siteYaml, creates: siteText === undefined, role: 'site' },
    ],
    siteYaml,
    agreementYaml: agreementText,
    agreement: written.agreement,
  };
}

/** Why `id` cannot name an agreement, if it cannot; as the build checks folder names. */
export function agreementIdProblem(id: string): string | undefined {
  if (!agreementIdPattern.test(id)) {
    return `the agreement id "${id}" must be letters, digits and dashes, such as 2019-2024: it is the start of every new address of its pages`;
  }
  if (reservedIds.includes(id.toLowerCase())) {
    return `the agreement id "${id}" is an address the site uses itself (/${id}/); choose another, such as the years of the term: 2019-2024`;
  }
  return undefined;
}

function defaultsOfMoved() {
  const defaults = siteConfigSchema.parse({});
  return { agreement: defaults.agreement, chapters: defaults.chapters };
}
