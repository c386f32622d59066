import { Document, Scalar, YAMLSeq } from 'yaml';
import { reportFileName } from '../import/file-name.ts';
import { splitFrontMatter } from '../load/front-matter.ts';
import { compareSections } from '../model/sections.ts';
import { sectionPattern } from '../schema/report.ts';
import { dayInBrussels } from '../text/calendar-date.ts';
import type { ReportSource } from '../validate/report.ts';

/** What `npm run new` is asked for. */
export interface NewReportRequest {
  /** The agreement section, as typed: "1.3", "2.10". */
  section: string;
  title: string;
  /** Written as given; none leaves `themes: []` for the editor to fill in. */
  themes: readonly string[];
  /** `YYYY-MM-DD`, see `today`. */
  updated: string;
}

/** Why the request cannot be carried out as typed, if it cannot (bad usage, not a content problem). */
export function requestProblem(request: Pick<NewReportRequest, 'section' | 'title' | 'themes'>): string | undefined {
  if (!sectionPattern.test(request.section)) {
    return `the section must be numbers separated by dots, such as 1.3 or 2.10, not "${request.section}"`;
  }
  if (request.title.trim() === '') return 'the title must not be empty';
  if (request.themes.some((theme) => theme.trim() === '')) return '--theme needs a theme name, such as --theme werk';
  return undefined;
}

/**
 * The day a report is revised on: the calendar day in Brussels, where the
 * site's editors and the government are. So an editor in Belgium at 00:30
 * gets today, not UTC's yesterday, and the date does not depend on the time
 * zone of the machine.
 */
export function today(now: Date): string {
  return dayInBrussels(now);
}

/** `<section>-<title-slug>.md`, as the importer names reports. */
export function newReportFileName(request: Pick<NewReportRequest, 'section' | 'title'>): string {
  return reportFileName(request.section, request.title.trim());
}

/**
 * The report among `sources` that covers `section` already, compared as
 * numbers: "1.03" is section 1.3, "2.10" is not 2.1. Files whose front matter
 * cannot be read are skipped; the validator reports them.
 */
export function sectionOwner(section: string, sources: readonly ReportSource[]): string | undefined {
  for (const source of sources) {
    const { split } = splitFrontMatter(source.file, source.text);
    const agreement = (split?.data as { agreement?: { section?: unknown } } | undefined)?.agreement;
    const claimed = agreement?.section;
    if (typeof claimed !== 'string' && typeof claimed !== 'number') continue;
    const written = String(claimed).trim();
    if (sectionPattern.test(written) && compareSections(written, section) === 0) return source.file;
  }
  return undefined;
}

/** What the editor has still to write in a new report, in the order of the file. */
export function leftToFillIn(request: Pick<NewReportRequest, 'themes'>): string[] {
  return [
    'paste the text of the agreement into agreement.text',
    ...(request.themes.length === 0 ? ['list its themes'] : []),
    'write the analysis and the conclusion',
  ];
}

/**
 * The text of a new report. Everything the command knows is filled in; what
 * only the editor knows is left empty on purpose, never filled with
 * placeholder text that would pass the validator and reach the site:
 * `agreement.text` is `""` and, without themes, `themes` is `[]`, so the
 * validator reports them (agreement-text-required, themes-required) until
 * they are written, and the build refuses the report until then.
 *
 * ```markdown
 * ---
 * title: Activering stimuleren
 * agreement:
 *   section: "1.3"
 *   text: ""
 * themes: [activering]
 * status: niet-beoordeeld
 * updated: 2024-03-01
 * ---
 *
 * ## Analyse
 *
 * ## Conclusie
 * ```
 */
export function newReportMarkdown(request: NewReportRequest): string {
  const doc = new Document({
    title: request.title.trim(),
    agreement: { section: request.section, text: '' },
    themes: request.themes.map((theme) => theme.trim()),
    status: 'niet-beoordeeld',
    updated: request.updated,
  });
  (doc.getIn(['agreement', 'section'], true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  (doc.getIn(['agreement', 'text'], true) as Scalar).type = Scalar.QUOTE_DOUBLE;
  (doc.get('themes', true) as YAMLSeq).flow = true;
  const frontMatter = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${frontMatter}---\n\n## Analyse\n\n## Conclusie\n`;
}
