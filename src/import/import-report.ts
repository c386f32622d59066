import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { SiteConfig } from '../schema/config.ts';
import type { ReportSource } from '../validate/report.ts';
import { reportFileName } from './file-name.ts';
import { parseLegacyReport } from './parse-legacy.ts';
import { suggestThemes, type ThemeSuggestion } from './suggest-themes.ts';
import { toReportMarkdown } from './to-report.ts';

export interface ImportedReport {
  /** `<section>-<title-slug>.md`, the name in the reports folder. */
  fileName: string;
  /** The report in the new format. */
  text: string;
  /** Where the themes came from: the command line, or keywords in the site config (maybe none). */
  themes: { from: 'option'; names: string[] } | { from: 'keywords'; suggestions: ThemeSuggestion[] };
}

/**
 * One report in the older generated format, brought over to the new one.
 * `themes` (default: none) are used as given; without them, themes are
 * suggested from the keywords of the site config found in the title and the
 * agreement text, which say what the section promises. The body is left
 * out of the search: it cites decisions on neighbouring subjects too.
 */
export function importReport(
  source: ReportSource,
  config: SiteConfig,
  themes: readonly string[] = [],
): { imported?: ImportedReport; diagnostics: Diagnostic[] } {
  const { report, diagnostics } = parseLegacyReport(source.file, source.text);
  if (!report) return { diagnostics };
  const suggestions = themes.length > 0 ? [] : suggestThemes(`${report.title}\n${report.agreementText}`, config.themes);
  const names = themes.length > 0 ? [...themes] : suggestions.map((s) => s.theme);
  return {
    imported: {
      fileName: reportFileName(report.section, report.title),
      text: toReportMarkdown({ ...report, themes: names }),
      themes: themes.length > 0 ? { from: 'option', names } : { from: 'keywords', suggestions },
    },
    diagnostics: [],
  };
}
