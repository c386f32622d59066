import { describe, expect, it } from 'vitest';
import type { ContentLayout } from '../../src/build/content-layout.ts';
import { parseConfig } from '../../src/load/config.ts';
import { checkLayoutSettings } from '../../src/validate/layout-settings.ts';

/** A layout with these agreement folders. */
function layout(several: boolean, ...ids: string[]): ContentLayout {
  return {
    several,
    agreements: ids.map((id) => ({
      agreement: { id, name: `Regeerakkoord ${id}`, period: id, chapters: {}, path: several ? `/${id}/` : '/' },
      reports: `content/agreements/${id}/reports`,
    })),
    diagnostics: [],
  };
}

/** site.yaml with these lines, checked against a layout. */
function check(lines: string[], content: ContentLayout, withWritten = true) {
  const { config, locate, written, diagnostics } = parseConfig('site.yaml', `${lines.join('\n')}\n`);
  expect(diagnostics).toEqual([]);
  return checkLayoutSettings(config!, locate!, content, withWritten ? written : undefined);
}

const at = (findings: ReturnType<typeof checkLayoutSettings>) =>
  findings.map((d) => [d.rule, d.severity, d.file, d.line, d.column]);

describe("site.yaml's `agreement` and `chapters` on a site with several agreements", () => {
  it('should report each at its key, saying where it belongs instead', () => {
    const lines = ['siteName: Monitor', 'agreement:', '  name: Regeerakkoord', 'chapters:', '  "1": Werk'];
    const findings = check(lines, layout(true, '2019-2024', '2024-2029'));
    expect(at(findings)).toEqual([
      ['config-invalid', 'error', 'site.yaml', 2, 1],
      ['config-invalid', 'error', 'site.yaml', 4, 1],
    ]);
    expect(findings.map((d) => d.message)).toEqual([
      '`agreement` in site.yaml is for a site with one agreement; this one has several (content/agreements/)',
      '`chapters` in site.yaml is for a site with one agreement; this one has several (content/agreements/)',
    ]);
    expect(findings.map((d) => d.hint)).toEqual([
      'each agreement is named in its own agreement.yaml (name, period): remove `agreement` from site.yaml',
      "each agreement's chapters are in its own agreement.yaml: move them there",
    ]);
  });

  it('should accept them on a site with one agreement, and say nothing of settings not written', () => {
    const lines = ['agreement:', '  name: Regeerakkoord', 'chapters:', '  "1": Werk'];
    expect(check(lines, layout(false, '2019-2024'))).toEqual([]);
    // Without the settings it names, none is taken for written.
    expect(check(lines, layout(true, '2019-2024'), false)).toEqual([]);
    expect(check(['siteName: Monitor'], layout(true, '2019-2024'))).toEqual([]);
  });
});

describe('`redirectOldAddressesTo`', () => {
  it('should accept an agreement the site holds, and no setting at all', () => {
    expect(check(['redirectOldAddressesTo: "2019-2024"'], layout(true, '2019-2024', '2024-2029'))).toEqual([]);
    expect(check(['siteName: Monitor'], layout(false, '2019-2024'))).toEqual([]);
  });

  it('should report an agreement the site does not hold at its value, with the likely one', () => {
    const findings = check(['redirectOldAddressesTo: "2019-2023"'], layout(true, '2019-2024', '2024-2029'));
    expect(at(findings)).toEqual([['config-invalid', 'error', 'site.yaml', 1, 25]]);
    expect(findings[0]!.message).toBe(
      '`redirectOldAddressesTo` names "2019-2023", an agreement this site does not hold',
    );
    expect(findings[0]!.hint).toBe('did you mean "2019-2024"?');
  });

  it('should list the agreements the site holds when none is close', () => {
    const findings = check(['redirectOldAddressesTo: vroeger'], layout(true, '2019-2024', '2024-2029'));
    expect(findings[0]!.hint).toBe('the site holds "2019-2024", "2024-2029"');
  });

  it('should report the setting on a site with one agreement, even naming that agreement', () => {
    const findings = check(['redirectOldAddressesTo: "2019-2024"'], layout(false, '2019-2024'));
    expect(at(findings)).toEqual([['config-invalid', 'error', 'site.yaml', 1, 25]]);
    expect(findings[0]!.message).toBe(
      '`redirectOldAddressesTo` is for a site with several agreements (content/agreements/); this one has one',
    );
    expect(findings[0]!.hint).toBe('remove the setting');
  });
});
