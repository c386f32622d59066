import type { Root } from 'mdast';
import { type Diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import { splitFrontMatter, type Locator } from '../load/front-matter.ts';
import { findCitations, type Citation } from '../markdown/find-citations.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import type { SiteConfig } from '../schema/config.ts';
import { reportFrontMatterSchema, type ReportFrontMatter } from '../schema/report.ts';
import { checkCitations } from './citations.ts';
import { checkSchema } from './front-matter.ts';
import { checkHistory } from './history.ts';
import { checkReferences } from './references.ts';
import { checkThemes } from './themes.ts';

/** A report file as read from disk. */
export interface ReportSource {
  /** Path as shown to the user, relative to the working directory. */
  file: string;
  /** The file's text, exactly as read. */
  text: string;
}

/** A report whose front matter passed the schema. */
export interface CheckedReport {
  file: string;
  data: ReportFrontMatter;
  body: string;
  /** The body's syntax tree, parsed once and reused for rendering. */
  tree: Root;
  citations: Citation[];
  /** Where the section number is written, for findings across reports. */
  sectionPlace: Place;
}

const shape = reportFrontMatterSchema.shape;

/**
 * Everything that can be said about one report on its own. The report comes
 * back whenever its front matter has the right shape, even with findings
 * about references or citations, so one run reports all problems at once.
 */
export function checkReport(
  source: ReportSource,
  config: SiteConfig,
): { report?: CheckedReport; diagnostics: Diagnostic[] } {
  const { split, diagnostics: readFindings } = splitFrontMatter(source.file, source.text);
  if (!split) return { diagnostics: readFindings };
  const { locate, body, bodyOffset, lines } = split;
  const placeOf = (offset: number): Place => ({ file: source.file, ...lines.position(bodyOffset + offset) });

  const schema = checkSchema(reportFrontMatterSchema, split.data, source.file, locate);
  const diagnostics = [...schema.diagnostics];
  const tree = parseMarkdown(body);
  const citations = findCitations(tree, body);

  // Parts that passed on their own are checked further even if others failed.
  const part = <K extends keyof typeof shape>(key: K) => {
    const value = (split.data as Record<string, unknown>)[key];
    const result = shape[key].safeParse(value);
    return result.success ? (result.data as ReportFrontMatter[K]) : undefined;
  };
  const references = part('references');
  if (references) {
    diagnostics.push(...checkReferences(references, config.referenceHosts, locate));
    diagnostics.push(...checkCitations(citations, references, placeOf, locate));
  }
  const themes = part('themes');
  if (themes) diagnostics.push(...checkThemes(themes, locate));
  const status = part('status');
  const history = part('history');
  if (status && history) diagnostics.push(...checkHistory(status, hasKey(split.data, 'status'), history, locate));

  if (!schema.value) return { diagnostics };
  return {
    report: { file: source.file, data: schema.value, body, tree, citations, sectionPlace: sectionPlace(locate) },
    diagnostics,
  };
}

function sectionPlace(locate: Locator): Place {
  return locate.value(['agreement', 'section']);
}

function hasKey(data: unknown, key: string): boolean {
  return typeof data === 'object' && data !== null && key in data;
}
