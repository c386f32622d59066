import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { rules, ruleIds } from '../src/diagnostics/rules.ts';
import { allStatuses } from '../src/model/statuses.ts';
import { siteConfigSchema } from '../src/schema/config.ts';
import { projectRoot } from './helpers/fixtures.ts';

const read = (file: string): string => readFileSync(path.join(projectRoot, file), 'utf8');
const readme = read('README.md');
const contributing = read('CONTRIBUTING.md');
const reportFormat = read('docs/report-format.md');
const siteConfig = read('docs/site-config.md');
const docsFiles = readdirSync(path.join(projectRoot, 'docs'))
  .filter((file) => file.endsWith('.md'))
  .map((file) => `docs/${file}`);
const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
/** npm runs these itself; nobody types them. */
const lifecycleScripts = ['prepare'];

/** The part of `markdown` from `## heading` to the next `## ` heading. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`no section "## ${heading}"`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

/** The list items of one `## ` section that start with a code span: [code, rest of the line]. */
function codeItems(markdown: string, heading: string): [string, string][] {
  return [...section(markdown, heading).matchAll(/^- `([^`]+)`(.*)$/gm)].map((match) => [match[1]!, match[2]!]);
}

/** Markdown without fenced code blocks and code spans, where a link is not a link. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

/** GitHub's ids for the headings of a Markdown file. */
function headingIds(markdown: string): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(
    [...withoutCode(markdown).matchAll(/^#{1,6} (.+?)#*\s*$/gm)].map((match) => slugger.slug(match[1]!.trim())),
  );
}

describe('README', () => {
  const commands = [...section(readme, 'Commands').matchAll(/^\| `npm (?:run )?([^ `]+)[^`]*` *\|/gm)].map(
    (match) => match[1]!,
  );

  it('should list every npm script a user runs in its commands table', () => {
    expect(scripts.filter((script) => !lifecycleScripts.includes(script) && !commands.includes(script))).toEqual([]);
  });

  it('should list only real npm scripts in its commands table', () => {
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((command) => !scripts.includes(command))).toEqual([]);
  });

  it('should keep every cell of its tables short', () => {
    const cells = readme
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .flatMap((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim()));
    expect(cells.filter((cell) => cell.length > 100)).toEqual([]);
  });

  it('should be at most 12 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(12 * 1024);
  });

  it('should link every file under docs/', () => {
    expect(docsFiles.filter((file) => !readme.includes(`](${file})`))).toEqual([]);
  });
});

describe('docs/', () => {
  it('should document every rule id in docs/report-format.md', () => {
    expect(ruleIds.filter((rule) => !reportFormat.includes(`\`${rule}\``))).toEqual([]);
  });

  it('should document every site setting in docs/site-config.md', () => {
    expect(Object.keys(siteConfigSchema.shape).filter((key) => !siteConfig.includes(`\`${key}`))).toEqual([]);
  });

  it('should document every command in docs/commands.md', () => {
    const commandsDoc = read('docs/commands.md');
    expect(
      scripts.filter(
        (script) =>
          !lifecycleScripts.includes(script) &&
          !commandsDoc.includes(script === 'test' ? '`npm test' : `npm run ${script}`),
      ),
    ).toEqual([]);
  });
});

describe('links between the docs', () => {
  const files = ['README.md', 'CONTRIBUTING.md', ...docsFiles];

  it.each(files)('should resolve every relative link in %s to a file, and its #anchor to a heading', (file) => {
    const broken: string[] = [];
    for (const match of withoutCode(read(file)).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = match[1]!;
      if (/^[a-z][a-z+.-]*:/i.test(target)) continue;
      const [pathPart, anchor] = target.split('#') as [string, string | undefined];
      const resolved =
        pathPart === '' ? path.join(projectRoot, file) : path.join(projectRoot, path.dirname(file), pathPart);
      if (!existsSync(resolved)) {
        broken.push(`${target}: no such file`);
        continue;
      }
      if (anchor !== undefined && statSync(resolved).isFile() && resolved.endsWith('.md')) {
        if (!headingIds(readFileSync(resolved, 'utf8')).has(decodeURIComponent(anchor))) {
          broken.push(`${target}: no such heading`);
        }
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('CONTRIBUTING.md', () => {
  it('should explain every rule id of the catalogue once, in its order, and no other', () => {
    expect(codeItems(contributing, 'Wat betekent deze melding?').map(([rule]) => rule)).toEqual(ruleIds);
  });

  it('should give each rule the severity the catalogue gives it', () => {
    const wrong = codeItems(contributing, 'Wat betekent deze melding?').filter(
      ([rule, line]) =>
        !line.startsWith(rules[rule as keyof typeof rules].severity === 'error' ? ' (fout): ' : ' (waarschuwing): '),
    );
    expect(wrong).toEqual([]);
  });

  it('should list exactly the seven statuses, with the label and meaning the site shows', () => {
    expect(codeItems(contributing, 'De statussen')).toEqual(
      allStatuses.map(({ status, label, meaning }) => [status, ` — **${label}**: ${meaning}`]),
    );
  });
});
