import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './helpers/fixtures.ts';

const remarkConfig = (await import(pathToFileURL(path.join(projectRoot, '.remarkrc.mjs')).href)) as {
  default: { plugins: PluggableList };
};

/** What VS Code's remark extension reports for a report, using the project's .remarkrc.mjs. */
async function lint(relative: string, text: string): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkConfig.default.plugins);
  const file = new VFile({ path: path.join(projectRoot, relative), cwd: projectRoot, value: text });
  await processor.run(processor.parse(file), file);
  return file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`);
}

const report = readFileSync(path.join(projectRoot, 'content/reports/1-3-activering-stimuleren.md'), 'utf8');

describe('checking front matter while typing (.remarkrc.mjs)', () => {
  it('should find nothing wrong in the shipped report', async () => {
    expect(await lint('content/reports/1-3-activering-stimuleren.md', report)).toEqual([]);
  });

  it('should flag an unquoted section number and an unknown key at their lines', async () => {
    const broken = report.replace('section: "1.3"', 'section: 1.3').replace('themes:', 'theme:');
    const messages = await lint('content/reports/1-3-activering-stimuleren.md', broken);
    expect(messages.some((m) => m.startsWith('4:') && /string/i.test(m))).toBe(true);
    expect(messages.some((m) => /theme/.test(m))).toBe(true);
  });

  it('should check the reports of a site with several agreements, in content/agreements/<id>/reports/', async () => {
    const file = 'content/agreements/2024-2029/reports/1-3-activering-stimuleren.md';
    expect(await lint(file, report)).toEqual([]);
    const broken = report.replace('section: "1.3"', 'section: 1.3');
    expect((await lint(file, broken)).some((m) => m.startsWith('4:') && /string/i.test(m))).toBe(true);
  });

  it('should leave other Markdown alone, such as an agreement folder outside its reports/', async () => {
    const broken = report.replace('section: "1.3"', 'section: 1.3');
    expect(await lint('content/agreements/2024-2029/1-3-activering-stimuleren.md', broken)).toEqual([]);
  });
});
