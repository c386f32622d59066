import { Document, Scalar, YAMLSeq, type ScalarTag } from 'yaml';
import { stringifyString } from 'yaml/util';
import type { Reference } from '../schema/report.ts';

/** What a new report file is written from. */
export interface ReportDraft {
  title: string;
  section: string;
  agreementText: string;
  /** Written as given; an empty list leaves `themes: []` for the editor to fill in. */
  themes: readonly string[];
  references: readonly Reference[];
  body: string;
}

/**
 * Only the agreement text is folded to 80 columns, so it reads as prose;
 * titles and URLs stay on one line each, as editors write them. The `yaml`
 * package has one line width per document, so this tag, picked through the
 * scalar's `format`, gives the agreement text its own.
 */
const foldedFormat = 'folded-prose';
const foldedProse: ScalarTag = {
  tag: 'tag:yaml.org,2002:str',
  default: true,
  format: foldedFormat,
  identify: (value) => typeof value === 'string',
  resolve: (source) => source,
  stringify: (item, ctx, onComment, onChompKeep) =>
    stringifyString(item as Scalar, { ...ctx, options: { ...ctx.options, lineWidth: 80 } }, onComment, onChompKeep),
};

/**
 * The Markdown text of a report in the format the validator defines. The
 * front matter is built as a YAML document, never by pasting text, so any
 * title (`:`, `&`, `#`, quotes, accents) reads back exactly. `section` is
 * always a quoted string, so "2.10" never becomes the number 2.1. The same
 * draft always gives the same bytes.
 *
 * ```yaml
 * ---
 * title: Activering stimuleren
 * agreement:
 *   section: "1.3"
 *   text: >-
 *     We proberen zoveel als mogelijk …
 * themes: [activering]
 * references:
 *   - id: 10
 *     date: 2020-07-10
 * ---
 * ## Integratie via werkplekken en trajecten
 * ```
 */
export function toReportMarkdown(draft: ReportDraft): string {
  const doc = new Document(
    {
      title: draft.title,
      agreement: { section: draft.section, text: draft.agreementText },
      themes: [...draft.themes],
      ...(draft.references.length > 0 && { references: draft.references.map(referenceData) }),
    },
    { customTags: [foldedProse] },
  );
  scalar(doc, ['agreement', 'section']).type = Scalar.QUOTE_DOUBLE;
  const text = scalar(doc, ['agreement', 'text']);
  text.type = Scalar.BLOCK_FOLDED;
  text.format = foldedFormat;
  (doc.get('themes', true) as YAMLSeq).flow = true;
  draft.references.forEach((reference, index) => {
    if (reference.title !== undefined) scalar(doc, ['references', index, 'title']).type = Scalar.QUOTE_DOUBLE;
    if (reference.url !== undefined) scalar(doc, ['references', index, 'url']).type = Scalar.QUOTE_DOUBLE;
  });
  const frontMatter = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return `---\n${frontMatter}---\n${draft.body === '' ? '' : `${draft.body}\n`}`;
}

/** Keys in the order of the format; `title` and `url` only when known. */
function referenceData(reference: Reference): Record<string, string | number> {
  return {
    id: reference.id,
    date: reference.date,
    ...(reference.title !== undefined && { title: reference.title }),
    ...(reference.url !== undefined && { url: reference.url }),
  };
}

function scalar(doc: Document, path: (string | number)[]): Scalar {
  return doc.getIn(path, true) as Scalar;
}
