import path from 'node:path';
import { displayPath, readConfig } from '../build/content-files.ts';
import {
  agreementsFolderName,
  readLayout,
  reportsFolderName,
  type AgreementFolder,
  type ContentLayout,
} from '../build/content-layout.ts';
import type { ReportTarget } from '../build/report-target.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { configFileName } from '../load/config.ts';
import type { SiteConfig } from '../schema/config.ts';
import { agreementIdPattern } from '../schema/fields.ts';
import { didYouMean } from '../text/did-you-mean.ts';

type Options = { agreement?: string | undefined; out?: string | undefined };
type Choice = { target: ReportTarget } | { usage: string } | { findings: Diagnostic[] };

/**
 * chooseTarget in the content folder of a site config file (the folder it
 * is in), with the config; or the config's findings when it cannot be read.
 */
export function readTarget(
  configFile: string,
  options: Options,
): { target: ReportTarget; config: SiteConfig } | Exclude<Choice, { target: ReportTarget }> {
  const { config, diagnostics } = readConfig(configFile);
  if (!config) return { findings: diagnostics };
  const content = path.dirname(configFile);
  const chosen = chooseTarget(content, readLayout(content, config), options);
  return 'target' in chosen ? { ...chosen, config } : chosen;
}

/** readTarget for the content folder `content` and its site.yaml. */
export function chooseTargetIn(content: string, options: Options): Choice {
  return readTarget(path.join(content, configFileName), options);
}

/**
 * Where `npm run new` or `npm run import` writes, from `--agreement` and `--out`:
 * - into the agreement named, or, when there is no --out, the one agreement
 *   of a site that has one: its reports folder unless --out says otherwise;
 * - --out without --agreement: that folder, with no agreement, as before agreements;
 * - `usage`: what is wrong with the command line (exit 2);
 * - `findings`: the agreement's folder is there, but not its term (exit 1).
 */
export function chooseTarget(content: string, layout: ContentLayout, options: Options): Choice {
  const { out } = options;
  const into = (agreement: AgreementFolder) => ({ target: { out: out ?? agreement.reports, agreement } });
  const requested = options.agreement;
  if (requested !== undefined && !agreementIdPattern.test(requested)) {
    return { usage: `--agreement takes an agreement's id, its folder name, such as 2024-2029, not "${requested}"` };
  }
  const ids = layout.agreements.map((folder) => folder.agreement.id);
  const listed = ids.map((id) => `"${id}"`).join(', ');
  const several = `${displayPath(path.join(content, agreementsFolderName))}/`;
  if (!layout.several) {
    const [single] = layout.agreements;
    if (requested === undefined) return out === undefined ? into(single!) : { target: { out } };
    if (requested === single!.agreement.id) return into(single!);
    const reports = `${displayPath(path.join(content, reportsFolderName))}/`;
    return {
      usage:
        `--agreement "${requested}": this site holds one agreement, "${single!.agreement.id}", in ${reports}; ` +
        `leave --agreement out, or, to hold several, npm run migrate moves it into ${several}${single!.agreement.id}/`,
    };
  }
  if (requested === undefined) {
    if (out !== undefined) return { target: { out } };
    if (layout.agreements.length === 0) return { findings: layout.diagnostics };
    return { usage: `this site holds several agreements (${several}): name one with --agreement, one of ${listed}` };
  }
  const found = layout.agreements.find((folder) => folder.agreement.id === requested);
  const folder = displayPath(path.join(content, agreementsFolderName, requested));
  const findings = layout.diagnostics.filter((d) => d.file === folder || d.file.startsWith(`${folder}/`));
  // An agreement.yaml that cannot be read gives no term to check the report against: say what is wrong with it.
  if (found && (found.agreement.start !== undefined || findings.length === 0)) return into(found);
  if (findings.length > 0) return { findings };
  const near = didYouMean(requested, ids);
  return {
    usage:
      `--agreement "${requested}": ${several} holds no such agreement` +
      (near ? `; did you mean "${near}"?` : '') +
      (ids.length > 0 ? ` The site holds ${listed}.` : ''),
  };
}
