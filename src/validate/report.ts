import type { Root } from 'mdast';
import { type Diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/rules.ts';
import { splitFrontMatter, type Locator, type Path } from '../load/front-matter.ts';
import { findCitations, type Citation } from '../markdown/find-citations.ts';
import type { SiteConfig } from '../schema/config.ts';
import { reportFrontMatterSchema, type ReportFrontMatter } from '../schema/report.ts';
import { checkCitations } from './citations.ts';
import { checkSchema, label } from './front-matter.ts';
import { checkHistory } from './history.ts';
import {
  checkFileSize,
  checkInvisibleCharacters,
  checkMarkdownText,
  checkReferenceCount,
  checkTitleLength,
} from './limits.ts';
import { checkReferences } from './references.ts';
import { checkThemes } from './themes.ts';
import { checkTerm } from './term.ts';
import type { Term } from '../model/agreements.ts';

/** A report file as read from disk. */
export interface ReportSource {
  /** Path as shown to the user, relative to the working directory. */
  file: string;
  /** The file's text, exactly as read. */
  text: string;
  /** The agreement it belongs to, when the site holds several (or one with a known term). */
  term?: Term;
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
  /** Where `continues` is written, when it is: for the checks across agreements. */
  continuesPlaces?: { agreement: Place; section: Place };
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
  // Limits first: a file past them is not parsed at all, or only as far as is safe.
  const tooLarge = checkFileSize(source.file, source.text);
  if (tooLarge) return { diagnostics: [tooLarge] };
  const invisible = checkInvisibleCharacters(source.file, source.text);
  const { split, diagnostics: readFindings } = splitFrontMatter(source.file, source.text);
  if (!split) return { diagnostics: invisible ? [invisible, ...readFindings] : readFindings };
  const { locate, body, bodyOffset, lines } = split;
  const placeOf = (offset: number): Place => ({ file: source.file, ...lines.position(bodyOffset + offset) });

  const limitFindings = [
    invisible,
    checkReferenceCount(split.data, locate),
    checkTitleLength(split.data, locate),
  ].filter((d) => d !== undefined);
  // Thousands of references are reported once, not checked one by one.
  const tooManyReferences = limitFindings.some((d) => d.rule === 'too-many-references');
  const data = tooManyReferences ? { ...(split.data as object), references: [] } : split.data;
  const schema = checkSchema(reportFrontMatterSchema, data, source.file, locate);
  const diagnostics = [...limitFindings, ...schema.diagnostics];
  const markdown = checkMarkdownText(body, placeOf, 'the body');
  diagnostics.push(...markdown.diagnostics);
  const tree = markdown.tree;
  const citations = tree ? findCitations(tree, body) : [];

  // Parts that passed on their own are checked further even if others failed.
  const part = <K extends keyof typeof shape>(key: K) => {
    const value = (data as Record<string, unknown>)[key];
    const result = shape[key].safeParse(value);
    return result.success ? (result.data as ReportFrontMatter[K]) : undefined;
  };
  const references = tooManyReferences ? undefined : part('references');
  if (references) {
    diagnostics.push(...checkReferences(references, config.referenceHosts, locate));
    diagnostics.push(...checkTerm(references, source.term, locate));
    if (tree) diagnostics.push(...checkCitations(citations, references, placeOf, locate));
  }
  const themes = part('themes');
  if (themes) diagnostics.push(...checkThemes(themes, locate));
  const status = part('status');
  const history = part('history');
  if (status && history) diagnostics.push(...checkHistory(status, hasKey(data, 'status'), history, locate));
  const agreement = part('agreement');
  if (agreement) diagnostics.push(...markdownInFrontMatter(agreement.text, ['agreement', 'text'], locate));
  history?.forEach((entry, index) => {
    if (entry.note !== undefined)
      diagnostics.push(...markdownInFrontMatter(entry.note, ['history', index, 'note'], locate));
  });

  const limited = diagnostics.some((d) => limitRules.has(d.rule));
  if (!schema.value || !tree || limited) return { diagnostics };
  const report: CheckedReport = {
    file: source.file,
    data: schema.value,
    body,
    tree,
    citations,
    sectionPlace: sectionPlace(locate),
  };
  // Asked only where there is a `continues`: a place costs a parse with positions.
  if (schema.value.continues !== undefined) {
    report.continuesPlaces = {
      agreement: locate.value(['continues', 'agreement']),
      section: locate.value(['continues', 'section']),
    };
  }
  return { report, diagnostics };
}

/** Findings that mean the report must not reach the renderer. */
const limitRules = new Set<RuleId>(['too-many-references', 'title-too-long', 'nesting-too-deep', 'markdown-too-large']);

/** Markdown in a front-matter value: its findings point at the value. */
function markdownInFrontMatter(markdown: string, path: Path, locate: Locator): Diagnostic[] {
  // Asked only for a finding: where a value is costs a parse with positions.
  return checkMarkdownText(markdown, () => locate.value(path), `\`${label(path)}\``).diagnostics;
}

function sectionPlace(locate: Locator): Place {
  return locate.value(['agreement', 'section']);
}

function hasKey(data: unknown, key: string): boolean {
  return typeof data === 'object' && data !== null && key in data;
}
