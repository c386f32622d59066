import { readFileSync } from 'node:fs';
import type { Element as XmlElement, Root as XmlRoot } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  badgeName,
  escapeXml,
  fit,
  statusBadge,
  statusBadges,
  statusColours,
  textWidth,
} from '../../src/model/status-badge.ts';
import type { ReportSummary } from '../../src/model/report-page.ts';
import { allStatuses, statusInfo } from '../../src/model/statuses.ts';
import { statuses } from '../../src/schema/report.ts';
import { xmlElements, xmlText } from '../helpers/site.ts';

// Made in each test rather than on loading the file, so that each test's coverage is its own.
let inUitvoering: ReturnType<typeof statusInfo>;
beforeEach(() => {
  inUitvoering = statusInfo('in-uitvoering');
});

function svgOf(text: string): XmlElement {
  const root: XmlRoot = fromXml(text);
  const svg = root.children.find((child): child is XmlElement => child.type === 'element');
  expect(svg?.name).toBe('svg');
  return svg!;
}

/** The texts drawn, in order (not the title). */
function drawn(svg: XmlElement): string[] {
  return xmlElements(svg, 'text').map(xmlText);
}

describe('a status badge', () => {
  let svg: XmlElement;
  beforeEach(() => {
    svg = svgOf(
      statusBadge({
        siteName: 'Regeerakkoordmonitor',
        section: '1.3',
        title: 'Activering stimuleren',
        status: inUitvoering,
      }),
    );
  });

  it('should be an image with a fixed size and its accessible name as its title', () => {
    expect(svg.attributes).toMatchObject({ role: 'img', width: '300', height: '40', viewBox: '0 0 300 40' });
    const title = svg.children.find((child): child is XmlElement => child.type === 'element');
    expect(title?.name).toBe('title');
    expect(xmlText(title!)).toBe('Regeerakkoordmonitor: sectie 1.3 Activering stimuleren — In uitvoering');
  });

  it('should show the section, the title and the status in words and with its icon, in system fonts', () => {
    const texts = drawn(svg);
    expect(texts.some((text) => text.startsWith('sectie 1.3'))).toBe(true);
    expect(texts).toContain('Activering stimuleren');
    expect(texts).toContain(inUitvoering.icon);
    // "In uitvoering" on two lines.
    expect(texts.join(' ')).toContain('In uitvoering');
    const group = xmlElements(svg, 'g')[0]!;
    expect(String(group.attributes['font-family'])).toMatch(/sans-serif$/);
  });

  it('should draw each status in its own colour, the same as on the site', () => {
    const css = readFileSync('templates/assets/style.css', 'utf8');
    for (const status of statuses) {
      const variable = (part: string) =>
        new RegExp(`--st-${status}-${part}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1]?.toLowerCase();
      expect(statusColours[status]).toEqual({ bg: variable('bg'), fg: variable('fg') });
    }
    const fills = allStatuses.map((status) => {
      const badge = svgOf(statusBadge({ siteName: 'M', section: '1.1', title: 'T', status }));
      return xmlElements(badge, 'path')[0]!.attributes.fill;
    });
    expect(new Set(fills).size).toBe(statuses.length);
  });

  it('should cut a long title to fit, ending in "…", and keep the full title in its name', () => {
    const title = 'Een bijzonder lange titel over de hervorming van het volledige activeringsbeleid in Vlaanderen';
    const badge = svgOf(statusBadge({ siteName: 'M', section: '12.10', title, status: inUitvoering }));
    const shown = drawn(badge)[1]!;
    expect(shown).toMatch(/…$/);
    expect(title.startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
    // Left of the status block (at 184), from the text's start (8), with its padding.
    expect(textWidth(shown, 13, true)).toBeLessThanOrEqual(184 - 16);
    expect(xmlText(xmlElements(badge, 'title')[0]!)).toContain(title);
  });

  it('should escape what XML reads as markup', () => {
    const text = statusBadge({ siteName: 'A & B', section: '1.1', title: '<script> & "zo"', status: inUitvoering });
    expect(text).not.toContain('<script>');
    const badge = svgOf(text);
    expect(xmlText(xmlElements(badge, 'title')[0]!)).toBe('A & B: sectie 1.1 <script> & "zo" — In uitvoering');
    expect(drawn(badge)).toContain('<script> & "zo"');
  });
});

describe('the HTML that embeds a badge', () => {
  let report: ReportSummary;
  beforeEach(() => {
    report = {
      url: '/rapporten/1-3-x/',
      section: '1.3',
      title: 'Werk & "activering"',
      status: inUitvoering,
      agreement: { label: 'Regeerakkoord (2019-2024)' },
    } as ReportSummary;
  });
  const imageOf = (html: string) => {
    const tree = fromHtml(html, { fragment: true });
    return { link: select('a', tree)!, img: select('a > img', tree)! };
  };

  it('should link the badge at its absolute address to the report, with its name as alt text', () => {
    const { alt, html } = statusBadges('Monitor', false, 'https://example.org/monitor/').embed(report);
    const { link, img } = imageOf(html);
    expect(link.properties.href).toBe('https://example.org/monitor/rapporten/1-3-x/');
    expect(img.properties).toMatchObject({
      src: 'https://example.org/monitor/rapporten/1-3-x/status.svg',
      alt: 'Monitor: sectie 1.3 Werk & "activering" — In uitvoering',
      width: 300,
      height: 40,
    });
    expect(alt).toBe(img.properties.alt);
  });

  it('should use the site paths when the site has no address, and name the agreement on a site with several', () => {
    const { img } = imageOf(statusBadges('Monitor', true, undefined).embed(report).html);
    expect(img.properties.src).toBe('/rapporten/1-3-x/status.svg');
    expect(img.properties.alt).toBe(
      'Monitor: Regeerakkoord (2019-2024), sectie 1.3 Werk & "activering" — In uitvoering',
    );
  });
});

/** The corners of the status block's outline, walking its path (M, H, V, Z and relative arcs). */
function outline(d: string): { x: number; y: number }[] {
  const points: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MHVaZ])([^MHVaZ]*)/g)) {
    const values = (args!.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
    if (command === 'M') [x, y] = values as [number, number];
    else if (command === 'H') x = values[0]!;
    else if (command === 'V') y = values[0]!;
    else if (command === 'a') {
      x += values[5]!;
      y += values[6]!;
    } else continue;
    points.push({ x, y });
  }
  return points;
}

describe('the layout of a status badge', () => {
  const badge = (fields: Partial<Parameters<typeof statusBadge>[0]> = {}) =>
    svgOf(statusBadge({ siteName: 'Monitor', section: '1.3', title: 'Werk', status: inUitvoering, ...fields }));

  it('should draw the status block on the right, from the split to the badge edge, in its colours', () => {
    for (const status of allStatuses) {
      const svg = badge({ status });
      const block = xmlElements(svg, 'path')[0]!;
      expect(block.attributes.fill).toBe(statusColours[status.status].bg);
      const points = outline(String(block.attributes.d));
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      // The block runs from the split to the right edge, top to bottom, inside the 1-unit border.
      expect(Math.min(...xs)).toBe(184);
      expect(Math.max(...xs)).toBe(299.5);
      expect(Math.min(...ys)).toBe(0.5);
      expect(Math.max(...ys)).toBe(39.5);
      expect(points.at(-1)).toEqual({ x: 184, y: 39.5 });
      // The status's icon and words in its text colour, right of the split.
      const texts = xmlElements(svg, 'text');
      const icon = texts.find((text) => xmlText(text) === status.icon)!;
      expect(icon.attributes.fill).toBe(statusColours[status.status].fg);
      const words = texts.filter((text) => Number(text.attributes.x) > Number(icon.attributes.x));
      expect(words.map(xmlText).join(' ')).toBe(status.label);
      expect(Number(icon.attributes.x)).toBeGreaterThan(184);
      for (const text of words) expect(Number(text.attributes.x)).toBeLessThan(300);
      const group = xmlElements(svg, 'g').find((g) => g.children.includes(words[0]!))!;
      expect(group.attributes.fill).toBe(statusColours[status.status].fg);
    }
  });

  it('should frame the whole badge with its border inside its size', () => {
    const frame = xmlElements(badge(), 'rect')[0]!;
    expect(frame.attributes).toMatchObject({ x: '0.5', y: '0.5', width: '299', height: '39', fill: '#ffffff' });
  });

  it('should write a short status label on one line and a long one on two, split at its last space', () => {
    const lines = (status: Parameters<typeof statusInfo>[0]) => {
      const texts = xmlElements(badge({ status: statusInfo(status) }), 'text');
      return texts.slice(3).map((text) => ({ text: xmlText(text), y: Number(text.attributes.y) }));
    };
    // "Uitgevoerd" is ten characters: one line, between where two lines go.
    const one = lines('uitgevoerd');
    expect(one.map((line) => line.text)).toEqual(['Uitgevoerd']);
    const two = lines('niet-beoordeeld');
    expect(two.map((line) => line.text)).toEqual(['Nog niet', 'beoordeeld']);
    expect(two[0]!.y).toBeLessThan(one[0]!.y);
    expect(two[1]!.y).toBeGreaterThan(one[0]!.y);
    expect(lines('gedeeltelijk').map((line) => line.text)).toEqual(['Gedeeltelijk', 'uitgevoerd']);
    expect(lines('niet-gestart').map((line) => line.text)).toEqual(['Niet', 'gestart']);
  });

  it('should name the section, the agreement when given, and the site above the title, left of the split', () => {
    const texts = xmlElements(badge({ agreement: 'VA' }), 'text');
    expect(xmlText(texts[0]!)).toBe('sectie 1.3 · VA · Monitor');
    expect(xmlText(texts[1]!)).toBe('Werk');
    expect(Number(texts[0]!.attributes.y)).toBeLessThan(Number(texts[1]!.attributes.y));
    for (const text of texts.slice(0, 2)) expect(Number(text.attributes.x)).toBe(8);
    expect(xmlText(xmlElements(badge(), 'text')[0]!)).toBe('sectie 1.3 · Monitor');
    expect(xmlText(xmlElements(badge({ agreement: 'Akkoord 2024' }), 'title')[0]!)).toBe(
      'Monitor: Akkoord 2024, sectie 1.3 Werk — In uitvoering',
    );
  });

  it('should hide the drawn texts from screen readers, which read the title', () => {
    const group = xmlElements(badge(), 'g')[0]!;
    expect(group.attributes['aria-hidden']).toBe('true');
    expect(xmlElements(group, 'text')).toHaveLength(5);
  });

  it("should make a report's badge from its summary, naming its agreement only on a site with several", () => {
    const report = {
      url: '/va/rapporten/1-3-x/',
      section: '1.3',
      title: 'Werk',
      status: inUitvoering,
      agreement: { label: 'Akkoord (2024-2029)' },
    } as ReportSummary;
    const one = svgOf(statusBadges('Monitor', false, undefined).svg(report));
    expect(xmlText(xmlElements(one, 'title')[0]!)).toBe('Monitor: sectie 1.3 Werk — In uitvoering');
    const several = svgOf(statusBadges('Monitor', true, undefined).svg(report));
    expect(xmlText(xmlElements(several, 'title')[0]!)).toBe(
      'Monitor: Akkoord (2024-2029), sectie 1.3 Werk — In uitvoering',
    );
    // The line above the title is cut to fit, after a whole word.
    expect(xmlText(xmlElements(several, 'text')[0]!)).toBe('sectie 1.3 · Akkoord…');
    expect(xmlText(xmlElements(one, 'text')[0]!)).toBe('sectie 1.3 · Monitor');
  });

  it('should escape "<" in the embedding HTML and name the badge as its image', () => {
    const report = {
      url: '/rapporten/x/',
      section: '1.3',
      title: '<b>Werk</b>',
      status: inUitvoering,
      agreement: { label: 'A' },
    } as ReportSummary;
    const { alt, html } = statusBadges('M', false, undefined).embed(report);
    expect(alt).toBe(badgeName({ siteName: 'M', section: '1.3', title: '<b>Werk</b>', status: inUitvoering }));
    const tree = fromHtml(html, { fragment: true });
    expect(select('b', tree)).toBeUndefined();
    expect(select('a > img', tree)!.properties.alt).toBe('M: sectie 1.3 <b>Werk</b> — In uitvoering');
  });
});

describe('fitting a text into the room it has', () => {
  it('should keep a text that fits, its spaces collapsed', () => {
    expect(fit('  Werk   en\nzorg ', 13, true, 168)).toBe('Werk en zorg');
  });

  it('should cut after a whole word where that keeps at least half of what fits', () => {
    const text = 'Werk zoeken en werk houden voor iedereen in Vlaanderen en Brussel';
    const shown = fit(text, 13, true, 168);
    expect(shown).toMatch(/[^ ]…$/);
    const kept = shown.slice(0, -1);
    expect(text.startsWith(`${kept} `)).toBe(true);
    expect(textWidth(shown, 13, true)).toBeLessThanOrEqual(168);
    // The next word would not have fitted.
    const next = text.slice(0, text.indexOf(' ', kept.length + 1));
    expect(textWidth(`${next}…`, 13, true)).toBeGreaterThan(168);
  });

  it('should cut within a word when the last space comes too early', () => {
    const text = 'Zo Arbeidsmarktactiveringsmaatregelenprogrammabeleidsplan';
    const shown = fit(text, 13, true, 168);
    expect(shown).toMatch(/…$/);
    expect(shown.length).toBeGreaterThan('Zo…'.length);
    expect(text.startsWith(shown.slice(0, -1))).toBe(true);
    expect(textWidth(shown, 13, true)).toBeLessThanOrEqual(168);
    // As much as fits: one character more would not.
    const more = text.slice(0, shown.length);
    expect(textWidth(`${more}…`, 13, true)).toBeGreaterThan(168);
  });

  it('should leave no space before the "…"', () => {
    // Cut within its second word, the text before the cut ends on a space.
    expect(fit('aaaaaaaa bbbbbbbbbbbbbbbbbbbbbbbb', 10, false, 60)).toBe('aaaaaaaa…');
  });

  it('should keep a text exactly as wide as the room', () => {
    expect(fit('i', 10, false, textWidth('i', 10, false))).toBe('i');
    expect(fit('Werk en zorg', 13, true, textWidth('Werk en zorg', 13, true))).toBe('Werk en zorg');
  });

  it('should keep as many characters as fit with the "…", also when they fill the room exactly', () => {
    expect(fit('abcd', 10, false, textWidth('ab…', 10, false))).toBe('ab…');
  });

  it('should cut after the word when it keeps exactly half of what fits', () => {
    // "abc de" fits: "abc" is half of it.
    expect(fit('abc defgh', 10, false, textWidth('abc de…', 10, false))).toBe('abc…');
    // "ab cde" fits: "ab" is less than half, so the cut stays within the word.
    expect(fit('ab cdefgh', 10, false, textWidth('ab cde…', 10, false))).toBe('ab cde…');
  });

  it('should show only "…" where not even one character fits', () => {
    expect(fit('Werk', 13, false, 5)).toBe('…');
  });
});

describe('the estimated width of a text', () => {
  it('should count narrow, medium, wide and capital letters by their em widths', () => {
    // At 10 px: i 3, r 3.8, m 9, A 7.2, a 6; bold a twelfth wider.
    expect(textWidth('i', 10, false)).toBeCloseTo(3);
    expect(textWidth('r', 10, false)).toBeCloseTo(3.8);
    expect(textWidth(' ', 10, false)).toBeCloseTo(3.8);
    expect(textWidth('m', 10, false)).toBeCloseTo(9);
    expect(textWidth('W', 10, false)).toBeCloseTo(9);
    expect(textWidth('A', 10, false)).toBeCloseTo(7.2);
    expect(textWidth('a', 10, false)).toBeCloseTo(6);
    expect(textWidth('€', 10, false)).toBeCloseTo(6);
    expect(textWidth('Werk', 10, false)).toBeCloseTo(9 + 6 + 3.8 + 6);
    expect(textWidth('Werk', 10, true)).toBeCloseTo((9 + 6 + 3.8 + 6) * 1.08);
    expect(textWidth('', 10, true)).toBe(0);
  });
});

describe('escaping XML', () => {
  it('should write each character XML reads as markup as a character reference', () => {
    expect(escapeXml(`<a href="x" title='y'>&</a>`)).toBe(
      '&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;',
    );
    expect(escapeXml('gewoon')).toBe('gewoon');
  });
});
