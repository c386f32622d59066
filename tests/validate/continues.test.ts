import { describe, expect, it } from 'vitest';
import type { Term } from '../../src/model/agreements.ts';
import { checkContinues } from '../../src/validate/continues.ts';
import type { SectionClaim } from '../../src/validate/sections.ts';

/**
 * Claims as the validator makes them from reports: the section at line 4, a
 * `continues` with its agreement at line 7 and its section at line 8.
 */
function claim(
  file: string,
  agreement: string | undefined,
  section: string,
  continues?: [string, string],
): SectionClaim {
  const result: SectionClaim = { section, place: { file, line: 4, column: 12 } };
  if (agreement !== undefined) result.agreement = agreement;
  if (continues) {
    result.continues = {
      agreement: continues[0],
      section: continues[1],
      places: { agreement: { file, line: 7, column: 14 }, section: { file, line: 8, column: 12 } },
    };
  }
  return result;
}

const older: Term = { id: '2019-2024', start: '2019-10-02', end: '2024-09-30' };
const newer: Term = { id: '2024-2029', start: '2024-10-01' };
const oldest: Term = { id: '2014-2019', start: '2014-07-25', end: '2019-10-01' };

const at = (findings: ReturnType<typeof checkContinues>) =>
  findings.map((d) => [d.rule, d.severity, d.file, d.line, d.column]);

describe('continues: the agreement', () => {
  it('should accept a report that continues a section of an earlier agreement', () => {
    const claims = [claim('old.md', '2019-2024', '1.3'), claim('new.md', '2024-2029', '2.1', ['2019-2024', '1.3'])];
    expect(checkContinues(claims, [older, newer])).toEqual([]);
  });

  it('should report an agreement the site does not hold, at `continues.agreement`, with the likely one', () => {
    const claims = [claim('old.md', '2019-2024', '1.3'), claim('new.md', '2024-2029', '2.1', ['2019-2042', '1.3'])];
    const findings = checkContinues(claims, [older, newer]);
    expect(at(findings)).toEqual([['continues-unknown-agreement', 'error', 'new.md', 7, 14]]);
    expect(findings[0]!.message).toBe('`continues.agreement` names "2019-2042", an agreement this site does not hold');
    expect(findings[0]!.hint).toBe('did you mean "2019-2024"?');
  });

  it("should list the site's other agreements when none is close, leaving out the report's own", () => {
    const claims = [claim('new.md', '2024-2029', '2.1', ['1995-1999', '1.3'])];
    const findings = checkContinues(claims, [oldest, older, newer]);
    expect(at(findings)).toEqual([['continues-unknown-agreement', 'error', 'new.md', 7, 14]]);
    expect(findings[0]!.hint).toBe(
      'the other agreements of this site are "2014-2019", "2019-2024" (the folder names under agreements/)',
    );
  });

  it('should not suggest the agreement of a site that holds one, which is the report’s own', () => {
    // On a site with one agreement, reports are read without one.
    const claims = [claim('r.md', undefined, '2.1', ['2019-2042', '1.3'])];
    const findings = checkContinues(claims, [older]);
    expect(at(findings)).toEqual([['continues-unknown-agreement', 'error', 'r.md', 7, 14]]);
    expect(findings[0]!.hint).toBe(
      'this site holds no other agreement: `continues` names a section of an earlier agreement on a site that holds several (content/agreements/)',
    );
    // Without any agreement the same.
    expect(checkContinues(claims, [])[0]!.hint).toBe(findings[0]!.hint);
  });

  it('should suggest an agreement of a site with one to a report filed under another', () => {
    const claims = [claim('r.md', 'elders', '2.1', ['2019-2042', '1.3'])];
    expect(checkContinues(claims, [older])[0]!.hint).toBe('did you mean "2019-2024"?');
  });

  it('should report a report that continues its own agreement once, not also as a circle', () => {
    const claims = [claim('new.md', '2024-2029', '1.3', ['2024-2029', '1.3'])];
    const findings = checkContinues(claims, [older, newer]);
    expect(at(findings)).toEqual([['continues-not-earlier', 'error', 'new.md', 7, 14]]);
    expect(findings[0]!.message).toBe('`continues.agreement` names "2024-2029", the agreement this report belongs to');
    expect(findings[0]!.hint).toBe(
      '`continues` names the section of an earlier agreement that this report carries on: name that agreement, or leave `continues` out',
    );
  });

  it('should report a report that continues a missing section of its own agreement as not earlier only', () => {
    const claims = [claim('new.md', '2024-2029', '1.3', ['2024-2029', '1.4'])];
    expect(at(checkContinues(claims, [older, newer]))).toEqual([['continues-not-earlier', 'error', 'new.md', 7, 14]]);
  });

  it('should report a report that continues a later agreement, and say which report should', () => {
    const claims = [claim('old.md', '2019-2024', '1.3', ['2024-2029', '2.1']), claim('new.md', '2024-2029', '2.1')];
    const findings = checkContinues(claims, [older, newer]);
    expect(at(findings)).toEqual([['continues-not-earlier', 'error', 'old.md', 7, 14]]);
    expect(findings[0]!.message).toBe(
      'agreement "2024-2029" starts on 2024-10-01, after this report\'s agreement "2019-2024" (2019-10-02): a promise is carried on by a later agreement, not an earlier one',
    );
    expect(findings[0]!.hint).toBe(
      'the later report says `continues`: move this `continues` to the report in "2024-2029", naming "2019-2024"',
    );
  });

  it('should report a report that continues a missing section of a later agreement as not earlier only', () => {
    const claims = [claim('old.md', '2019-2024', '1.3', ['2024-2029', '2.2']), claim('new.md', '2024-2029', '2.1')];
    expect(at(checkContinues(claims, [older, newer]))).toEqual([['continues-not-earlier', 'error', 'old.md', 7, 14]]);
  });

  it('should not judge the order of agreements without a start, or of a report outside every agreement', () => {
    const undated = [{ id: 'a', start: '2024-01-01' }, { id: 'b' }];
    const claims = [claim('a.md', 'a', '1', ['b', '1']), claim('b.md', 'b', '1')];
    expect(checkContinues(claims, undated)).toEqual([]);
    const reversed = [claim('a.md', 'a', '1'), claim('b.md', 'b', '1', ['a', '1'])];
    expect(checkContinues(reversed, undated)).toEqual([]);
    const outside = [claim('x.md', undefined, '1', ['2024-2029', '2.1']), claim('new.md', '2024-2029', '2.1')];
    expect(checkContinues(outside, [older, newer])).toEqual([]);
  });
});

describe('continues: the section', () => {
  it('should report a section the earlier agreement has no report on, at `continues.section`, with the likely one', () => {
    const claims = [
      claim('old.md', '2019-2024', '1.3'),
      claim('other.md', '2024-2029', '1.4'),
      claim('new.md', '2024-2029', '2.1', ['2019-2024', '1.4']),
    ];
    const findings = checkContinues(claims, [older, newer]);
    expect(at(findings)).toEqual([['continues-unknown-section', 'error', 'new.md', 8, 12]]);
    expect(findings[0]!.message).toBe('agreement "2019-2024" has no report on section 1.4');
    expect(findings[0]!.hint).toBe('did you mean "1.3"?');
  });

  it('should say where to look when no section is close', () => {
    const claims = [claim('old.md', '2019-2024', '1.3'), claim('new.md', '2024-2029', '2.1', ['2019-2024', '7.12.4'])];
    expect(checkContinues(claims, [older, newer])[0]!.hint).toBe('check the section number in agreement "2019-2024"');
  });

  it('should take "1.03" for the section "1.3"', () => {
    const claims = [claim('old.md', '2019-2024', '1.3'), claim('new.md', '2024-2029', '2.1', ['2019-2024', '1.03'])];
    expect(checkContinues(claims, [older, newer])).toEqual([]);
  });

  it('should not report a section missing from an agreement whose reports were not all read', () => {
    const claims = [claim('new.md', '2024-2029', '2.1', ['2019-2024', '1.3'])];
    expect(checkContinues(claims, [older, newer], (id) => id !== '2019-2024')).toEqual([]);
    expect(at(checkContinues(claims, [older, newer], (id) => id === '2019-2024'))).toEqual([
      ['continues-unknown-section', 'error', 'new.md', 8, 12],
    ]);
  });
});

describe('continues: circles', () => {
  // Two agreements that start on the same day: neither is later than the other.
  const brussel: Term = { id: 'brussel', start: '2024-07-01' };
  const vlaanderen: Term = { id: 'vlaanderen', start: '2024-07-01' };
  const europa: Term = { id: 'europa', start: '2024-07-01' };
  const terms = [brussel, vlaanderen, europa];

  it('should report reports that continue each other in each of them, naming all in order', () => {
    const claims = [
      claim('b.md', 'brussel', '1.3', ['vlaanderen', '1.03']),
      claim('v.md', 'vlaanderen', '1.3', ['brussel', '1.3']),
    ];
    const findings = checkContinues(claims, terms);
    expect(at(findings)).toEqual([
      ['continues-cycle', 'error', 'b.md', 7, 14],
      ['continues-cycle', 'error', 'v.md', 7, 14],
    ]);
    for (const finding of findings) {
      expect(finding.message).toBe(
        'these reports continue each other in a circle: b.md (brussel 1.3) → v.md (vlaanderen 1.3) → back to the first',
      );
      expect(finding.hint).toBe(
        'a promise is carried on in one direction only, from one agreement to a later one: remove `continues` from at least one of these reports',
      );
    }
  });

  it('should report only the reports in the circle, once, not one that leads into it', () => {
    const lead = claim('e.md', 'europa', '2', ['brussel', '1']);
    const circle = [
      claim('b.md', 'brussel', '1', ['vlaanderen', '1']),
      claim('v.md', 'vlaanderen', '1', ['brussel', '1']),
    ];
    for (const claims of [
      [lead, ...circle],
      [...circle, lead],
    ]) {
      const findings = checkContinues(claims, terms);
      expect(findings.map((d) => d.file)).toEqual(['b.md', 'v.md']);
      expect(findings[0]!.message).toBe(
        'these reports continue each other in a circle: b.md (brussel 1) → v.md (vlaanderen 1) → back to the first',
      );
    }
  });

  it('should name a circle of three from where it was entered', () => {
    const claims = [
      claim('v.md', 'vlaanderen', '1', ['europa', '1']),
      claim('b.md', 'brussel', '1', ['vlaanderen', '1']),
      claim('e.md', 'europa', '1', ['brussel', '1']),
    ];
    const findings = checkContinues(claims, terms);
    expect(findings.map((d) => d.file)).toEqual(['v.md', 'e.md', 'b.md']);
    expect(findings[2]!.message).toBe(
      'these reports continue each other in a circle: v.md (vlaanderen 1) → e.md (europa 1) → b.md (brussel 1) → back to the first',
    );
  });

  it('should accept a chain that ends', () => {
    const claims = [
      claim('v.md', 'vlaanderen', '1', ['europa', '1']),
      claim('e.md', 'europa', '1', ['brussel', '1']),
      claim('b.md', 'brussel', '1'),
    ];
    expect(checkContinues(claims, terms)).toEqual([]);
  });
});
