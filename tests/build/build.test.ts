import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runScript } from '../helpers/run.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function page(output: string, url: string): Root {
  return fromHtml(readFileSync(path.join(output, url, 'index.html'), 'utf8'));
}

function text(tree: Root | Element, selector: string): string {
  const node = select(selector, tree);
  if (!node) throw new Error(`nothing matches ${selector}`);
  return toText(node).replace(/\s+/g, ' ').trim();
}

/** Every file under a folder with its contents, to compare folders whole. */
function snapshot(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
  return Object.fromEntries(
    files.flatMap((file) => {
      try {
        return [[file, readFileSync(path.join(folder, file), 'utf8')]];
      } catch {
        return []; // a folder
      }
    }),
  );
}

// The global setup builds the shipped content (tests/global-setup.ts).
describe('npm run build on the shipped content', () => {
  const output = inject('sites').real;
  const result = inject('builds').real;

  it('should succeed and still show the content warnings', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 file checked: 0 errors, 2 warnings.');
  });

  it('should write a Dutch page for the 1.3 report with its title, agreement text and references', () => {
    const report = page(output, 'rapporten/1-3-activering-stimuleren');
    expect(select('html', report)!.properties.lang).toBe('nl');
    expect(text(report, 'h1')).toBe('1.3 Activering stimuleren');
    expect(text(report, 'details > summary')).toBe('Vlaams Regeerakkoord, sectie 1.3');
    expect(text(report, 'details')).toContain('We proberen zoveel als mogelijk in contact te komen met inactieven');
    const references = selectAll('.reference-list > li', report);
    expect(references).toHaveLength(39);
    expect(toText(references[0]!)).toContain('8 januari 2021');
    expect(references.filter((li) => toText(li).includes('titel onbekend'))).toHaveLength(2);
  });

  it('should link the home page to the report', () => {
    const home = page(output, '');
    const links = selectAll('a', home).map((a) => a.properties.href);
    expect(links).toContain('/rapporten/1-3-activering-stimuleren/');
  });
});

describe('npm run build with --content and --output', () => {
  // Two reports with their own site config; the last test builds broken content into the same folder.
  const two = path.join(scratch, 'two');
  let built: ReturnType<typeof runScript>;
  beforeAll(() => {
    built = runScript('build.ts', ['--content', 'tests/fixtures/sites/two-reports', '--output', two]);
  });

  it('should build a folder of reports in natural section order with its own site config', () => {
    expect(built.code, built.stderr).toBe(0);
    const home = page(two, '');
    expect(text(home, 'h1')).toBe('Testmonitor');
    expect(selectAll('.chapter-progress > li > a', home).map((a) => toText(a))).toEqual(['Hoofdstuk 2', 'Hoofdstuk 4']);
    expect(selectAll('.report-link', page(two, 'hoofdstukken/4')).map((a) => toText(a))).toEqual(['4 Kort']);
  });

  it('should build a folder that holds only reports, with every setting at its default', () => {
    const output = path.join(scratch, 'defaults');
    expect(runScript('build.ts', ['--content', 'tests/fixtures/sites/reports-only', '--output', output]).code).toBe(0);
    expect(text(page(output, ''), 'h1')).toBe('Regeerakkoordmonitor');
    expect(text(page(output, 'rapporten/4-kort'), 'h1')).toBe('4 Kort');
  });

  it('should prefix every internal link with the path of a base URL such as https://owner.github.io/monitor/', () => {
    const output = path.join(scratch, 'sub-path');
    expect(runScript('build.ts', ['--content', 'tests/fixtures/sites/sub-path', '--output', output]).code).toBe(0);
    const report = page(output, 'rapporten/2-1-werk-en-zorg');
    const internal = [
      ...selectAll('a[href], link[href]', report).map((node) => String(node.properties.href)),
      ...selectAll('script[src]', report).map((node) => String(node.properties.src)),
    ].filter((url) => url.startsWith('/'));
    expect(internal.length).toBeGreaterThan(10);
    expect(internal.filter((url) => !url.startsWith('/monitor/'))).toEqual([]);
    for (const url of internal) {
      const relative = url.slice('/monitor/'.length);
      const file = path.join(output, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative);
      expect(() => readFileSync(file), url).not.toThrow();
    }
    expect(select('link[rel=canonical]', report)!.properties.href).toBe(
      'https://voorbeeld.github.io/monitor/rapporten/2-1-werk-en-zorg/',
    );
    expect(select('#zoeken', page(output, 'zoeken'))!.properties.dataBasePath).toBe('/monitor/');
  });

  it('should fail with the findings and leave the previous site exactly as it was', () => {
    const before = snapshot(two);

    const failed = runScript('build.ts', ['--content', 'tests/fixtures/sites/broken', '--output', two]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(
      /tests\/fixtures\/sites\/broken\/reports\/2-10-werk-en-zorg\.md:4:12: error: .+ \(section-not-a-string\)/,
    );
    expect(failed.stderr).toContain('was left as it was');
    expect(snapshot(two)).toEqual(before);
    expect(readdirSync(scratch).filter((name) => name.startsWith('two.'))).toEqual([]);
  });

  it('should exit 2 when the content folder has no reports', () => {
    const { code, stderr } = runScript('build.ts', [
      '--content',
      'no/such/content',
      '--output',
      path.join(scratch, 'none'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('no such file or folder: no/such/content/reports');
  });
});
