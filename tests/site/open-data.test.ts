import { fromXml } from 'xast-util-from-xml';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { siteFiles, urlFor } from '../helpers/site.ts';

const { corpus } = inject('sites');
const read = (file: string) => readFileSync(path.join(corpus, file), 'utf8');

type XmlNode = {
  type: string;
  name?: string;
  value?: string;
  children?: XmlNode[];
  attributes?: Record<string, string>;
};

function elements(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'element' && child.name === name) found.push(child);
    found.push(...elements(child, name));
  }
  return found;
}

function textOf(node: XmlNode): string {
  return (node.children ?? []).map((c) => (c.type === 'text' ? c.value : textOf(c))).join('');
}

describe('the Atom feed', () => {
  const feed = fromXml(read('feed.xml')) as unknown as XmlNode;
  const entries = elements(feed, 'entry');

  it('should have one entry per status change and update, newest first, dated by the content', () => {
    expect(entries.map((e) => textOf(elements(e, 'title')[0]!))).toEqual([
      '1.2 Werk zoeken: Uitgevoerd',
      '2.1 Vijandige invoer: Niet toetsbaar',
      '1.2 Werk zoeken: In uitvoering',
    ]);
    expect(entries.map((e) => textOf(elements(e, 'updated')[0]!))).toEqual([
      '2024-05-02T00:00:00Z',
      '2024-02-01T00:00:00Z',
      '2023-01-10T00:00:00Z',
    ]);
    expect(textOf(elements(feed, 'updated')[0]!)).toBe('2024-05-02T00:00:00Z');
  });

  it('should give entries permanent ids and absolute links under the base URL', () => {
    expect(textOf(elements(entries[0]!, 'id')[0]!)).toBe(
      'https://monitor.example.org/rapporten/1-2-werk-zoeken/#status-2024-05-02',
    );
    expect(elements(entries[0]!, 'link')[0]!.attributes!.href).toBe(
      'https://monitor.example.org/rapporten/1-2-werk-zoeken/',
    );
  });
});

describe('sitemap.xml', () => {
  it('should list every HTML page but the 404 page, with absolute URLs', () => {
    const sitemap = fromXml(read('sitemap.xml')) as unknown as XmlNode;
    const listed = elements(sitemap, 'loc').map(textOf).sort();
    const pages = siteFiles(corpus)
      .filter((file) => file !== '404.html')
      .map((file) => `https://monitor.example.org${urlFor(file)}`)
      .sort();
    expect(listed).toEqual(pages);
  });
});

describe('/data/reports.json', () => {
  const data = JSON.parse(read('data/reports.json')) as {
    schemaVersion: number;
    reports: {
      slug: string;
      url: string;
      title: string;
      agreement: { id: string; name: string; section: string };
      references: unknown[];
    }[];
  };

  it('should hold every report with its front-matter data, page URL and the schema version', () => {
    expect(data.schemaVersion).toBe(1);
    expect(data.reports.map((r) => r.agreement.section)).toEqual(['1.2', '1.3', '1.10', '2.1']);
    // The one agreement of the site, named in site.yaml, its id made from its period.
    expect(new Set(data.reports.map((r) => `${r.agreement.id} ${r.agreement.name}`))).toEqual(
      new Set(['2019-2024 Testakkoord']),
    );
    expect(data.reports[0]).toMatchObject({
      slug: '1-2-werk-zoeken',
      url: 'https://monitor.example.org/rapporten/1-2-werk-zoeken/',
      title: 'Werk zoeken',
      status: 'uitgevoerd',
      updated: '2024-05-02',
      themes: ['Activering', 'werk'],
    });
    expect(data.reports[0]!.references).toHaveLength(2);
  });
});

describe('/data/references.csv', () => {
  it('should have a header and one row per reference, quoting fields that need it', () => {
    const lines = read('data/references.csv').split('\r\n');
    expect(lines[0]).toBe('agreement,report_section,report_title,report_url,reference_id,date,title,url');
    expect(lines).toHaveLength(1 + 5 + 1); // header, 2 + 2 + 1 references, and the final line end
    expect(lines.at(-1)).toBe('');
    expect(lines[2]).toMatch(
      /^2019-2024,1\.2,Werk zoeken,https:\/\/monitor\.example\.org\/rapporten\/1-2-werk-zoeken\/#bron-1,1,2022-12-31,Besluit over opleiding & werk,https:/,
    );
    expect(lines.find((line) => line.startsWith('2019-2024,1.10,') && line.includes(',4,'))).toBe(
      '2019-2024,1.10,Werk houden,https://monitor.example.org/rapporten/1-10-werk-houden/#bron-4,4,2020-07-10,,',
    );
  });
});
