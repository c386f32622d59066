import { readFileSync } from 'node:fs';
import type { Element as XmlElement, Root as XmlRoot } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { statusBadge, statusBadges, statusColours, textWidth } from '../../src/model/status-badge.ts';
import type { ReportSummary } from '../../src/model/report-page.ts';
import { allStatuses, statusInfo } from '../../src/model/statuses.ts';
import { statuses } from '../../src/schema/report.ts';
import { xmlElements, xmlText } from '../helpers/site.ts';

const inUitvoering = statusInfo('in-uitvoering');

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
  const svg = svgOf(
    statusBadge({
      siteName: 'Regeerakkoordmonitor',
      section: '1.3',
      title: 'Activering stimuleren',
      status: inUitvoering,
    }),
  );

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
  const report = {
    url: '/rapporten/1-3-x/',
    section: '1.3',
    title: 'Werk & "activering"',
    status: inUitvoering,
    agreement: { label: 'Regeerakkoord (2019-2024)' },
  } as ReportSummary;
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
