import { bodyHashOf } from './body-hash.ts';
import type { CitationAnchor, CitationTarget } from './rehype-citations.ts';
import { markdownText, renderBody, renderMarkdown } from './render.ts';
import type { TocEntry } from './toc.ts';
import type { Reference } from '../schema/report.ts';
import { dutchDate } from '../text/dutch-date.ts';
import type { CheckedReport } from '../validate/report.ts';

/**
 * Everything Markdown becomes in one report's page. It depends on nothing
 * but the report itself, so it can be rendered on another thread and kept in
 * a cache keyed by the file's content.
 */
export interface RenderedReport {
  bodyHtml: string;
  /** A hash of bodyHtml, so that a page's fingerprint need not hash the body again. */
  bodyHash: string;
  toc: TocEntry[];
  citations: CitationAnchor[];
  agreementHtml: string;
  /** The agreement text as a reader sees it, for the meta description. */
  agreementPlain: string;
  /** Each history entry's note as HTML, by index; absent where there is no note. */
  notesHtml: (string | undefined)[];
}

/**
 * A checked report without what only checking and rendering need (the syntax
 * tree, the Markdown and where its citations are): the build holds every
 * report at once, and those are most of a report's size.
 */
export type CompiledReport = Omit<CheckedReport, 'tree' | 'body' | 'citations'>;

/** A checked report with its Markdown rendered: what the model is built from. */
export type RenderedCompiledReport = CompiledReport & { rendered: RenderedReport };

export function renderReport(report: CheckedReport): RenderedReport {
  const { data } = report;
  const targets = new Map<number, CitationTarget>(data.references.map((r) => [r.id, { label: citationLabel(r) }]));
  const body = renderBody(report.tree, targets);
  return {
    bodyHtml: body.html,
    bodyHash: bodyHashOf(body.html),
    toc: body.toc,
    citations: body.citations,
    agreementHtml: renderMarkdown(data.agreement.text),
    agreementPlain: markdownText(data.agreement.text),
    notesHtml: data.history.map((entry) => (entry.note === undefined ? undefined : renderMarkdown(entry.note))),
  };
}

/** "bron 10: <title>", or the date when the title is unknown. */
function citationLabel(reference: Reference): string {
  return reference.title ?? `beslissing van ${dutchDate(reference.date)}, titel onbekend`;
}
