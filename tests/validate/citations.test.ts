import { describe, expect, it } from 'vitest';
import { check, reportText, where } from './report-text.ts';

const url = 'https://beslissingenvlaamseregering.vlaanderen.be/';

/** References from line 8, one a line, with these ids; the body as given, from the line after `---`. */
function withIds(ids: readonly number[], body: string[]) {
  const lines = ids.map((id) => `  - {id: ${id}, date: 2021-01-08, title: T, url: "${url}"}`);
  return reportText(['references:', ...lines], body);
}

/** The hint for citing [99] in a report with these ids, each cited once besides. */
function hintFor(ids: readonly number[]) {
  const body = [`Tekst [99] ${ids.map((id) => `[${id}]`).join('')}.`];
  const { diagnostics } = check(withIds(ids, body));
  expect(diagnostics.map((d) => d.rule)).toEqual(['citation-unknown-reference']);
  return diagnostics[0]!.hint;
}

describe('citations', () => {
  it('should report a citation of an id no reference has, where it is in the body', () => {
    // References on lines 8–9, `---` on 10, the body from 11.
    const { diagnostics, report } = check(withIds([0, 1], ['Eerst [0][1].', '', 'Dan \\[12\\] en [1].']));
    expect(where(diagnostics)).toEqual([['citation-unknown-reference', 'error', 13, 5]]);
    expect(diagnostics[0]!.file).toBe('r.md');
    expect(diagnostics[0]!.message).toBe(
      'citation [12] does not match any reference: there is no reference with id 12',
    );
    expect(diagnostics[0]!.hint).toBe('add a reference with id: 12, or use one of the ids 0–1');
    expect(report?.citations.map((c) => c.id)).toEqual([0, 1, 12, 1]);
  });

  it('should report each citation of an unknown id', () => {
    const { diagnostics } = check(withIds([0], ['[0] [4] en [4]']));
    expect(where(diagnostics)).toEqual([
      ['citation-unknown-reference', 'error', 10, 5],
      ['citation-unknown-reference', 'error', 10, 12],
    ]);
  });

  it('should ask for a `references` list when the report has none', () => {
    const { diagnostics } = check(reportText([], ['Zie [3].']));
    expect(where(diagnostics)).toEqual([['citation-unknown-reference', 'error', 8, 5]]);
    expect(diagnostics[0]!.hint).toBe('add a `references` list with a reference with id: 3');
  });

  it('should name the ids there are: one, a run, a short list in order, or the first eight', () => {
    expect(hintFor([5])).toBe('add a reference with id: 99, or use one of the ids 5');
    expect(hintFor([6, 4, 5, 3])).toBe('add a reference with id: 99, or use one of the ids 3–6');
    expect(hintFor([10, 2, 1])).toBe('add a reference with id: 99, or use one of the ids 1, 2, 10');
    expect(hintFor([0, 1, 2, 3, 4, 5, 6, 8])).toBe(
      'add a reference with id: 99, or use one of the ids 0, 1, 2, 3, 4, 5, 6, 8',
    );
    expect(hintFor([0, 1, 2, 3, 4, 5, 6, 7, 9])).toBe(
      'add a reference with id: 99, or use one of the ids 0, 1, 2, 3, 4, 5, 6, 7, …',
    );
  });
});

describe('unused references', () => {
  it('should warn at the id of each reference the body never cites', () => {
    const { diagnostics, report } = check(withIds([0, 1, 2], ['Alleen [1].']));
    expect(where(diagnostics)).toEqual([
      ['reference-unused', 'warning', 8, 10],
      ['reference-unused', 'warning', 10, 10],
    ]);
    expect(diagnostics[0]!.message).toBe('reference 0 is never cited in the text');
    expect(diagnostics[0]!.hint).toBe('cite it as [0] where the text relies on it, or remove it');
    expect(diagnostics[1]!.message).toBe('reference 2 is never cited in the text');
    expect(report).toBeDefined();
  });

  it('should not count a number in code as a citation', () => {
    const { diagnostics } = check(withIds([0], ['Zie `[0]`.']));
    expect(where(diagnostics)).toEqual([['reference-unused', 'warning', 8, 10]]);
  });
});
