import { agreementsFolderName, reportsFolderName } from '../build/content-layout.ts';
import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { parseAgreementFile } from '../load/agreement-file.ts';
import { configFileName, parseConfig } from '../load/config.ts';
import { folderAgreement, singleAgreement, termOf, type Term } from '../model/agreements.ts';
import { agreementFileName } from '../schema/agreement.ts';
import type { SiteConfig } from '../schema/config.ts';
import { checkAbout } from '../validate/about.ts';
import { checkContent } from '../validate/content.ts';

/** The content folder, relative to the top of the repository. */
const content = 'content';
const configFile = `${content}/${configFileName}`;
const aboutFile = `${content}/over.md`;
const agreementsFolder = `${content}/${agreementsFolderName}`;

/** What the pre-commit check reads from the index: the content it checks, in either layout. */
export const contentPathspecs = [`${content}/${reportsFolderName}/`, `${agreementsFolder}/`, configFile, aboutFile];

/** What a path in the index is to the check, if anything; `agreement` is the folder it is in under agreements/. */
interface ContentPath {
  kind: 'report' | 'agreement-file' | 'settings';
  agreement?: string;
}

function contentPath(file: string): ContentPath | undefined {
  if (file === configFile || file === aboutFile) return { kind: 'settings' };
  const [top, folder, agreement, inner, ...rest] = file.split('/');
  if (top !== content) return undefined;
  if (folder === reportsFolderName && file.endsWith('.md')) return { kind: 'report' };
  if (folder !== agreementsFolderName || agreement === undefined) return undefined;
  if (inner === agreementFileName && rest.length === 0) return { kind: 'agreement-file', agreement };
  if (inner === reportsFolderName && rest.length > 0 && file.endsWith('.md')) return { kind: 'report', agreement };
  return undefined;
}

/** The staged paths the pre-commit check looks at: with none, it has nothing to do. */
export function stagedContent(staged: readonly string[]): string[] {
  return staged.filter((file) => contentPath(file) !== undefined);
}

/**
 * The pre-commit check on the content as staged: each staged report with
 * its agreement's term (agreement.yaml as staged), beside the other reports
 * in the index (sections within its agreement, `continues` across them);
 * the staged agreement.yaml files, site config and about page. A staged
 * agreement.yaml concerns its reports; a staged site config, every report.
 */
export function checkStaged(
  index: ReadonlyMap<string, string>,
  staged: readonly string[],
): { findings: Diagnostic[]; fileCount: number } {
  const changes = new Set(stagedContent(staged));
  const { config, diagnostics } = parseConfig(configFile, index.get(configFile));
  const layout = indexLayout(index, config);
  const findings = [...diagnostics, ...layout.findings.filter((d) => changes.has(d.file))];

  const reports = [...index].flatMap(([file, text]) => {
    const path = contentPath(file);
    return path?.kind === 'report' ? [{ file, text, agreement: path.agreement }] : [];
  });
  const concerned = new Set(
    reports
      .filter(
        ({ file, agreement }) =>
          changes.has(file) ||
          changes.has(configFile) ||
          (agreement !== undefined && changes.has(agreementFile(agreement))),
      )
      .map((report) => report.file),
  );
  // A report staged in a new agreement's folder, its agreement.yaml forgotten (or not staged with it).
  const stagedInto = new Set(reports.filter((r) => changes.has(r.file)).map((r) => r.agreement));
  for (const agreement of stagedInto) {
    if (agreement !== undefined && !index.has(agreementFile(agreement))) findings.push(missingAgreementFile(agreement));
  }
  if (config) {
    const sources = reports.map(({ agreement, ...source }) => {
      const term = layout.term(agreement);
      return term ? { ...source, term } : source;
    });
    const checked = checkContent(sources, config, layout.agreements);
    findings.push(...checked.diagnostics.filter((d) => concerned.has(d.file)));
  }
  const about = index.get(aboutFile);
  if (changes.has(aboutFile) && about !== undefined) findings.push(...checkAbout(aboutFile, about).diagnostics);
  const others = [...changes].filter((file) => contentPath(file)?.kind !== 'report').length;
  return { findings: sortDiagnostics(findings), fileCount: concerned.size + others };
}

function agreementFile(agreement: string): string {
  return `${agreementsFolder}/${agreement}/${agreementFileName}`;
}

/**
 * The agreements as the index holds them: the one of site.yaml, or one per
 * folder under agreements/, known by its id alone (no term) when its
 * agreement.yaml is missing or wrong, as in the build.
 */
function indexLayout(index: ReadonlyMap<string, string>, config: SiteConfig | undefined) {
  const ids = new Set<string>();
  const terms = new Map<string, Term>();
  const findings: Diagnostic[] = [];
  for (const [file, text] of index) {
    const path = contentPath(file);
    if (path?.agreement === undefined) continue;
    ids.add(path.agreement);
    if (path.kind !== 'agreement-file') continue;
    const parsed = parseAgreementFile(file, text);
    findings.push(...parsed.diagnostics);
    if (parsed.agreement) terms.set(path.agreement, termOf(folderAgreement(path.agreement, parsed.agreement)));
  }
  if (ids.size === 0) {
    const single = config && termOf(singleAgreement(config));
    return { agreements: single ? [single] : [], term: () => single, findings };
  }
  const agreements = [...ids].map((id): Term => terms.get(id) ?? { id });
  const term = (agreement?: string) => agreements.find((a) => a.id === agreement);
  return { agreements, term, findings };
}

function missingAgreementFile(agreement: string): Diagnostic {
  const folder = `${agreementsFolder}/${agreement}`;
  return diagnostic(
    'agreement-file-missing',
    { file: folder, line: 1, column: 1 },
    `the agreement folder ${folder} has no ${agreementFileName} in this commit`,
    `add ${agreementFile(agreement)} with at least \`name\` and \`period: { start: YYYY-MM-DD }\`, and stage it (git add)`,
  );
}
