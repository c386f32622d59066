import { agreementRef } from '../../src/model/build-model.ts';
import { singleAgreement } from '../../src/model/agreements.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileProblem } from '../../src/load/file-problems.ts';
import { displayPath, readReports } from '../../src/build/content-files.ts';
import { sortDiagnostics } from '../../src/diagnostics/diagnostic.ts';
import type { RuleId } from '../../src/diagnostics/rules.ts';
import { parseMarkdown } from '../../src/markdown/parse.ts';
import { renderBody, renderMarkdown } from '../../src/markdown/render.ts';
import { modelReport, pageLinks, reportPage, type ReportPage } from '../../src/model/report-page.ts';
import { checkContent } from '../../src/validate/content.ts';
import { checkReport } from '../../src/validate/report.ts';
import { compileContent } from '../../src/compile/compile-report.ts';
import type { RenderedCompiledReport } from '../../src/markdown/render-report.ts';
import { defaultConfig, fixtureNames, fixturesDir, projectRoot, readFixture } from '../helpers/fixtures.ts';
import { commandArgs, runScript } from '../helpers/run.ts';
import { unsafeParts } from '../helpers/safe-html.ts';
import { fileFor, siteFiles } from '../helpers/site.ts';

type Finding = [rule: RuleId, line: number, column: number];

/**
 * tests/fixtures/hostile/ holds files made to break the tools, each named for
 * its case and committed as exact bytes. Each is read and checked as
 * `npm run validate` reads and checks it, and must give exactly these
 * findings (rule, line, column); a file without findings is rendered as the
 * build renders it, and what must hold of its page is checked.
 */
const hostile: Record<
  string,
  { findings: Finding[]; page?: (page: ReportPage, report: RenderedCompiledReport) => void }
> = {
  // YAML
  'yaml-alias-bomb-billion-laughs.md': { findings: [['too-many-aliases', 3, 12]] },
  'yaml-alias-bomb-inside-a-reference.md': { findings: [['too-many-aliases', 8, 78]] },
  'yaml-alias-without-anchor.md': { findings: [['yaml-syntax', 6, 9]] },
  'yaml-alias-reused-a-little.md': {
    findings: [],
    page: (page) =>
      expect([page.status.status, page.history[0]!.status.status]).toEqual(['in-uitvoering', 'in-uitvoering']),
  },
  'yaml-duplicate-key-title.md': { findings: [['yaml-syntax', 7, 1]] },
  'yaml-duplicate-key-in-a-reference.md': { findings: [['yaml-syntax', 11, 5]] },
  'yaml-tab-indentation.md': { findings: [['yaml-syntax', 4, 1]] },
  'yaml-tabs-inside-values.md': { findings: [], page: (page) => expect(page.title).toBe('Vijandige\tinvoer') },
  'yaml-nested-flow-1000-deep.md': { findings: [['nesting-too-deep', 7, 30]] },
  'yaml-nested-25-deep.md': { findings: [['nesting-too-deep', 27, 41]] },
  'yaml-complex-key.md': { findings: [['unknown-key', 7, 3]] },
  'yaml-prototype-keys.md': {
    findings: [
      ['unknown-key', 7, 1],
      ['unknown-key', 8, 1],
    ],
  },
  'yaml-binary-title.md': { findings: [['title-required', 2, 17]] },
  'yaml-huge-numbers.md': {
    findings: [
      ['section-not-a-string', 4, 12],
      ['reference-id-invalid', 8, 9],
    ],
  },
  'yaml-empty-strings.md': {
    findings: [
      ['title-required', 2, 8],
      ['agreement-text-required', 5, 9],
      ['themes-required', 6, 10],
      ['themes-required', 6, 14],
    ],
  },
  'yaml-null-everywhere.md': {
    findings: [
      ['title-required', 2, 1],
      ['agreement-required', 3, 1],
      ['themes-required', 4, 1],
      ['status-unknown', 5, 1],
      ['wrong-type', 6, 1],
    ],
  },
  // Limits
  'title-5000-characters.md': { findings: [['title-too-long', 2, 8]] },
  'title-200-characters.md': { findings: [], page: (page) => expect([...page.title]).toHaveLength(200) },
  'references-1001.md': { findings: [['too-many-references', 7, 1]] },
  'paragraph-of-20000-characters.md': { findings: [['markdown-too-large', 15, 1]] },
  'nested-list-1000-deep.md': { findings: [['nesting-too-deep', 17, 1]] },
  'nested-list-21-deep.md': { findings: [['nesting-too-deep', 37, 41]] },
  'nested-list-20-deep.md': { findings: [], page: (page) => expect(page.body().match(/<ul>/g)).toHaveLength(20) },
  'nested-quotes-300-deep.md': { findings: [['nesting-too-deep', 17, 1]] },
  'nested-html-3000-divs.md': { findings: [['nesting-too-deep', 17, 1]] },
  'nested-emphasis-500-deep.md': { findings: [['nesting-too-deep', 17, 41]] },
  // Encoding and invisible characters
  'utf8-invalid-latin1-byte.md': { findings: [['file-not-utf8', 2, 20]] },
  'utf8-invalid-overlong-slash.md': { findings: [['file-not-utf8', 15, 33]] },
  'utf8-invalid-surrogate.md': { findings: [['file-not-utf8', 15, 13]] },
  'utf8-invalid-truncated-at-end.md': { findings: [['file-not-utf8', 16, 7]] },
  'bom-at-start-and-crlf.md': { findings: [], page: (page) => expect(page.title).toBe('Vijandige invoer') },
  'bom-in-the-middle-of-the-body.md': { findings: [['invisible-character', 15, 16]] },
  'bom-before-a-key.md': {
    findings: [
      ['invisible-character', 6, 1],
      ['unknown-key', 6, 1],
    ],
  },
  'bom-of-a-second-file-pasted-in.md': { findings: [['invisible-character', 16, 1]] },
  'windows-line-endings.md': { findings: [['citation-unknown-reference', 17, 36]] },
  'nul-byte-in-the-body.md': { findings: [['invisible-character', 15, 24]] },
  'nul-byte-in-the-title.md': { findings: [['invisible-character', 2, 17]] },
  'form-feed-pasted-from-a-pdf.md': { findings: [['invisible-character', 16, 1]] },
  'c1-control-from-windows-1252.md': { findings: [['invisible-character', 15, 17]] },
  'unicode-from-every-plane.md': {
    findings: [],
    page: (page) => {
      expect(page.title).toBe('Activering 😀 𝔄 𠀀');
      expect(page.body()).toContain('\u{1F600} \u{1D504} \u{20000} \u{30000} \u{E0041} \u{F0000} \u{10FFFD}');
    },
  },
  // Markdown
  'citations-hidden-in-html-comments.md': {
    // A citation readers cannot see is no citation: the reference counts as unused.
    findings: [['reference-unused', 8, 9]],
  },
  'citations-in-code-spans-and-blocks.md': { findings: [['reference-unused', 8, 9]] },
  'raw-html-scripts-and-handlers.md': {
    findings: [],
    page: (page) => {
      expect(unsafeParts(page.body())).toEqual([]);
      expect(page.body()).not.toMatch(/alert/);
      expect(page.body()).toContain('klik');
    },
  },
  'unbalanced-brackets-and-emphasis.md': {
    findings: [],
    page: (page, report) => {
      expect(report.rendered.citations.map((c) => c.id)).toEqual([0, 0, 0, 0, 0, 0]);
      expect(page.body()).toContain('Open [[[ en ]] dicht');
    },
  },
  'front-matter-only-no-body.md': { findings: [], page: (page) => expect(page.body()).toBe('') },
  'Wonen en énergie – ontwerp (kopie).md': {
    findings: [],
    page: (page) => expect(page.url).toBe('/rapporten/wonen-en-energie-ontwerp-kopie/'),
  },
};

/** Reads and checks files as `npm run validate` does. */
function validate(...inputs: string[]) {
  const read = readReports(inputs);
  const checked = compileContent(read.sources, defaultConfig);
  const diagnostics = sortDiagnostics([...read.diagnostics, ...checked.diagnostics]);
  return { ...checked, diagnostics, fileCount: read.fileCount };
}

const positions = (diagnostics: { rule: RuleId; line: number; column: number }[]) =>
  diagnostics.map((d): Finding => [d.rule, d.line, d.column]);

describe('hostile files (tests/fixtures/hostile/)', () => {
  it('should be at least 30 files, each listed in the table above', () => {
    expect(fixtureNames('hostile').length).toBeGreaterThanOrEqual(30);
    expect(fixtureNames('hostile')).toEqual(Object.keys(hostile).sort());
  });

  it.each(Object.entries(hostile))('%s', (name, expected) => {
    const started = performance.now();
    const { diagnostics, reports } = validate(path.join(fixturesDir, 'hostile', name));
    expect(positions(diagnostics)).toEqual(expected.findings);
    for (const d of diagnostics) {
      expect(d.file).toBe(path.relative(projectRoot, path.join(fixturesDir, 'hostile', name)));
      expect(d.message).not.toMatch(/[\n\r\0\ufeff]|undefined|\[object /);
    }
    if (expected.findings.length === 0) {
      expect(reports).toHaveLength(1);
      const page = reportPage(
        modelReport(reports[0]!),
        (key) => key,
        pageLinks(defaultConfig),
        agreementRef(singleAgreement(defaultConfig), false),
      );
      for (const html of [page.body(), page.agreementHtml, ...page.history.map((h) => h.noteHtml ?? '')]) {
        expect(unsafeParts(html)).toEqual([]);
      }
      expected.page?.(page, reports[0]!);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-hostile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A report that passes every check, to build hostile variants on. */
const valid = readFixture('hostile/front-matter-only-no-body.md');

describe('hostile files too large to commit, made here', () => {
  it('should refuse a 10 MB body from the file size alone, before reading it', () => {
    const file = path.join(scratch, 'body-10-mb.md');
    writeFileSync(file, valid + 'Veel tekst. '.repeat(900_000));
    const started = performance.now();
    expect(positions(validate(file).diagnostics)).toEqual([['file-too-large', 1, 1]]);
    expect(performance.now() - started).toBeLessThan(500);
    // Handed over as text, it is refused as fast.
    const text = valid + 'Veel tekst. '.repeat(900_000);
    expect(positions(checkReport({ file: 'x.md', text }, defaultConfig).diagnostics)).toEqual([
      ['file-too-large', 1, 1],
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('should refuse 10,000 references with one finding, in about a second', () => {
    const file = path.join(scratch, 'references-10000.md');
    const references = Array.from({ length: 10_000 }, (_, i) => `{id: ${i}, date: 2021-03-05}`).join(', ');
    writeFileSync(file, valid.replace(/^---\n/, `---\nreferences: [${references}]\n`) + 'Besluit [0].\n');
    const started = performance.now();
    const { diagnostics } = validate(file);
    expect(positions(diagnostics)).toEqual([['too-many-references', 2, 1]]);
    expect(diagnostics[0]!.message).toBe('the report lists 10,000 references; at most 1,000 are allowed');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('should refuse a list nested 1,000 deep by indentation without parsing it', () => {
    const list = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- niveau ${i + 1}`).join('\n');
    const file = path.join(scratch, 'nested-list-1000-deep-by-indentation.md');
    writeFileSync(file, valid + list);
    const started = performance.now();
    expect(positions(validate(file).diagnostics)).toEqual([['markdown-too-large', 8, 1]]);
    // Under the size limit, the same nesting is caught by the line scan.
    const short = Array.from({ length: 120 }, (_, i) => `${'  '.repeat(i)}- ${i}`).join('\n');
    expect(positions(checkReport({ file: 'x.md', text: valid + short }, defaultConfig).diagnostics)).toEqual([
      ['nesting-too-deep', 108, 1],
    ]);
    // And the renderer, handed such Markdown directly, shows it as text instead of overflowing its stack.
    expect(renderMarkdown(list)).toMatch(/^<p>- niveau 1\n- niveau 2\n/);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('should render a parsed tree nested 1,000 deep as text instead of overflowing the stack', () => {
    const tree = parseMarkdown(`${'- '.repeat(1000)}diep [0]`);
    const rendered = renderBody(tree, new Map([[0, { label: 'bron' }]]));
    expect(rendered.html).toMatch(/^<p>diep <a href="#bron-0"[^>]*>.*<\/a><\/p>$/);
    expect(renderMarkdown('> '.repeat(1000) + 'citaat')).toBe('<p>' + '> '.repeat(1000) + 'citaat</p>');
    expect(renderMarkdown('<div>'.repeat(3000) + 'x')).not.toContain('<div>');
  });
});

describe('content folders with hostile entries', () => {
  const reports = path.join(scratch, 'content', 'reports');
  mkdirSync(path.join(reports, 'sub'), { recursive: true });
  mkdirSync(path.join(scratch, 'outside'));
  writeFileSync(path.join(reports, '3-1-goed.md'), valid);
  writeFileSync(path.join(scratch, 'outside', 'geheim.md'), valid.replace('"3.1"', '"3.2"'));
  mkdirSync(path.join(reports, 'een-map.md'));
  execFileSync('mkfifo', [path.join(reports, 'een-pijp.md')]);
  symlinkSync(path.join(scratch, 'bestaat-niet.md'), path.join(reports, 'gebroken-link.md'));
  symlinkSync(path.join(scratch, 'outside', 'geheim.md'), path.join(reports, 'link-naar-buiten.md'));
  symlinkSync(path.join(scratch, 'outside'), path.join(reports, 'sub', 'map-naar-buiten'));
  symlinkSync(reports, path.join(reports, 'sub', 'lus'));
  symlinkSync('../3-1-goed.md', path.join(reports, 'sub', 'link-binnen.md'));
  const shown = (name: string) => displayPath(path.join(reports, name));

  it('should report each entry that is not a readable report inside the folder, without hanging on the pipe or the loop', () => {
    const started = performance.now();
    const { diagnostics, fileCount } = validate(reports);
    const outsideOf = `outside ${displayPath(reports)}; it was not read`;
    expect(diagnostics.map((d) => [d.file, d.rule, d.message])).toEqual([
      // A link to a file inside the folder is read: here the same section twice.
      [shown('3-1-goed.md'), 'section-duplicate', expect.stringContaining('also covered by')],
      [shown('een-map.md'), 'file-unreadable', 'this is a folder, not a file'],
      [shown('een-pijp.md'), 'file-unreadable', 'this is a named pipe (FIFO), not an ordinary file; it was not read'],
      [
        shown('gebroken-link.md'),
        'file-unreadable',
        `this is a symbolic link to ${path.join(scratch, 'bestaat-niet.md')}, which does not exist`,
      ],
      [
        shown('link-naar-buiten.md'),
        'file-outside-content',
        `this is a symbolic link to ${path.join(scratch, 'outside', 'geheim.md')}, ${outsideOf}`,
      ],
      [shown('sub/link-binnen.md'), 'section-duplicate', expect.stringContaining('also covered by')],
      [
        shown('sub/map-naar-buiten'),
        'file-outside-content',
        `this is a symbolic link to ${path.join(scratch, 'outside')}, ${outsideOf}`,
      ],
    ]);
    expect(fileCount).toBe(6);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('should print them as findings and exit 1, and exit 2 only for a path that does not exist', () => {
    const result = runScript('validate.ts', [reports]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(`${shown('een-pijp.md')}:1:1: error: this is a named pipe (FIFO)`);
    expect(result.stdout).toContain('6 files checked: 7 errors, 0 warnings.');
    const missing = runScript('validate.ts', [path.join(scratch, 'nergens')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or folder');
  });

  it('should stop the build with the same findings, exit 1 and no stack trace', () => {
    const result = runScript('build.ts', [
      '--content',
      path.join(scratch, 'content'),
      '--output',
      path.join(scratch, 'site'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('(file-outside-content)');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('should turn a read error into a finding at line 1 with a fix', () => {
    expect(
      fileProblem('content/reports/x.md', { kind: 'read-error', code: 'EACCES', message: 'permission denied' }),
    ).toMatchObject({
      file: 'content/reports/x.md',
      line: 1,
      column: 1,
      rule: 'file-unreadable',
      message: 'the file cannot be read (EACCES: permission denied)',
      hint: 'make the file readable (chmod a+r)',
    });
  });

  // End to end, root reads every file whatever its mode, so as root the
  // validator runs as `nobody`; that needs a checkout `nobody` may read
  // (not one inside a private temporary folder).
  it.runIf(process.getuid?.() !== 0 || nobodyCanRead(projectRoot))(
    'should report a file it may not read (chmod 000), checked as an ordinary user',
    () => {
      // root reads every file whatever its mode, so when the tests run as root
      // the validator runs as the unprivileged user `nobody` (uid 65534).
      const folder = path.join(scratch, 'unreadable');
      mkdirSync(folder);
      chmodSync(scratch, 0o755);
      const file = path.join(folder, '3-1-dicht.md');
      writeFileSync(file, valid);
      chmodSync(file, 0o000);
      const result = spawnSync(process.execPath, commandArgs('validate', [folder]), {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '' },
        ...(process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}),
      });
      expect(result.stdout).toContain(
        `${displayPath(file)}:1:1: error: the file cannot be read (EACCES: permission denied) (file-unreadable)`,
      );
      expect(result.status).toBe(1);
    },
  );
});

describe('file names with spaces and accents', () => {
  const content = path.join(scratch, 'names');
  const name = 'Wonen en énergie – ontwerp (kopie).md';
  mkdirSync(path.join(content, 'reports'), { recursive: true });
  writeFileSync(path.join(content, 'reports', name), readFixture(`hostile/${name}`));
  writeFileSync(path.join(content, 'site.yaml'), 'repositoryUrl: https://github.com/example/monitor\n');

  it('should validate, naming the file as it is', () => {
    const result = runScript('validate.ts', [path.join(content, 'reports'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
    const broken = path.join(scratch, 'names-broken');
    mkdirSync(broken);
    writeFileSync(path.join(broken, name), readFixture(`hostile/${name}`).replace('[0]', '[5]'));
    expect(runScript('validate.ts', [broken]).stdout).toContain(
      `${displayPath(path.join(broken, name))}:15:29: error: citation [5]`,
    );
  });

  it('should report two file names that give the same address', () => {
    const text = readFixture(`hostile/${name}`);
    const { diagnostics } = checkContent(
      [
        { file: 'content/reports/Wonen en énergie – ontwerp (kopie).md', text },
        { file: 'content/reports/oud/wonen-en-energie-ontwerp-kopie.md', text: text.replace('"3.1"', '"3.2"') },
      ],
      defaultConfig,
    );
    expect(diagnostics.map((d) => [d.file, d.rule, d.line, d.column, d.message])).toEqual([
      [
        'content/reports/Wonen en énergie – ontwerp (kopie).md',
        'report-address-duplicate',
        1,
        1,
        "this report's page would be /rapporten/wonen-en-energie-ontwerp-kopie/, like that of content/reports/oud/wonen-en-energie-ontwerp-kopie.md",
      ],
      [
        'content/reports/oud/wonen-en-energie-ontwerp-kopie.md',
        'report-address-duplicate',
        1,
        1,
        "this report's page would be /rapporten/wonen-en-energie-ontwerp-kopie/, like that of content/reports/Wonen en énergie – ontwerp (kopie).md",
      ],
    ]);
  });

  it('should build a site with a plain page address, valid HTML and links that resolve', async () => {
    const output = path.join(scratch, 'names-site');
    // The content folder is a repository of its own: edit links name the file by its path in it.
    spawnSync('git', ['init', '-q', content]);
    const result = runScript('build.ts', ['--content', content, '--output', output]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const report = readFileSync(path.join(output, 'rapporten/wonen-en-energie-ontwerp-kopie/index.html'), 'utf8');
    const editUrl = `https://github.com/example/monitor/edit/main/reports/${encodeURIComponent(name)}`;
    expect(report).toContain(`href="${editUrl}"`);
    expect(editUrl).toMatch(/reports\/Wonen%20en%20%C3%A9nergie%20%E2%80%93%20ontwerp%20\(kopie\)\.md$/);

    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const file of siteFiles(output)) {
      const html = readFileSync(path.join(output, file), 'utf8');
      const checked = await validator.validateString(html, file);
      for (const m of checked.results.flatMap((r) => r.messages)) problems.push(`${file}: ${m.ruleId} ${m.message}`);
      for (const href of html.matchAll(/href="(\/[^"#]*)/g)) {
        const target = fileFor(output, decodeURIComponent(href[1]!));
        if (!existsSync(target)) problems.push(`${file}: ${href[1]} does not exist`);
      }
    }
    expect(problems).toEqual([]);
  });
});

/** Whether the user `nobody` can read the project's scripts from where it is checked out. */
function nobodyCanRead(root: string): boolean {
  if (process.getuid?.() !== 0) return false;
  const probe = spawnSync(
    process.execPath,
    ['-e', `require('fs').accessSync(${JSON.stringify(path.join(root, 'scripts/validate.ts'))}, 4)`],
    {
      uid: 65534,
      gid: 65534,
    },
  );
  return probe.status === 0;
}
