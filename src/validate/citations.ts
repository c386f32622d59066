import { diagnostic, type Diagnostic, type Place } from '../diagnostics/diagnostic.ts';
import type { Locator } from '../load/front-matter.ts';
import type { Citation } from '../markdown/find-citations.ts';
import type { Reference } from '../schema/report.ts';

/** Every citation points at a reference of the report; every reference is cited. */
export function checkCitations(
  citations: readonly Citation[],
  references: readonly Reference[],
  placeOf: (offset: number) => Place,
  locate: Locator,
): Diagnostic[] {
  const ids = new Set(references.map((r) => r.id));
  const cited = new Set(citations.map((c) => c.id));
  const found: Diagnostic[] = [];
  for (const citation of citations) {
    if (ids.has(citation.id)) continue;
    found.push(
      diagnostic(
        'citation-unknown-reference',
        placeOf(citation.offset),
        `citation [${citation.id}] does not match any reference: there is no reference with id ${citation.id}`,
        ids.size
          ? `add a reference with id: ${citation.id}, or use one of the ids ${describeIds([...ids])}`
          : `add a \`references\` list with a reference with id: ${citation.id}`,
      ),
    );
  }
  references.forEach((reference, index) => {
    if (cited.has(reference.id)) return;
    found.push(
      diagnostic(
        'reference-unused',
        locate.value(['references', index, 'id']),
        `reference ${reference.id} is never cited in the text`,
        `cite it as [${reference.id}] where the text relies on it, or remove it`,
      ),
    );
  });
  return found;
}

/** "0–38" for a run, else a short list. */
function describeIds(ids: number[]): string {
  const sorted = ids.sort((a, b) => a - b);
  const first = sorted[0]!;
  const last = sorted.at(-1)!;
  if (last - first + 1 === sorted.length) return sorted.length === 1 ? `${first}` : `${first}–${last}`;
  return sorted.length <= 8 ? sorted.join(', ') : `${sorted.slice(0, 8).join(', ')}, …`;
}
