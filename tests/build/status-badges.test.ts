import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fromXml } from 'xast-util-from-xml';
import { afterAll, describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import { runScript } from '../helpers/run.ts';
import { folderSnapshot } from '../helpers/snapshot.ts';
import { xmlElements, xmlText } from '../helpers/site.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-badges-'));
const env = { MONITOR_CACHE_DIR: path.join(scratch, 'cache') };
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the status badges in an incremental build', () => {
  it("should write the changed report's badge again and keep every other report's", () => {
    const content = path.join(scratch, 'content');
    const reports = path.join(content, 'reports');
    mkdirSync(reports, { recursive: true });
    const files = syntheticCorpus(12, 60);
    for (const file of files) writeFileSync(path.join(reports, file.name), file.text);
    const site = path.join(scratch, 'site');
    const build = () => {
      const result = runScript('build.ts', ['--content', content, '--output', site], env);
      expect(result.code, result.stdout + result.stderr).toBe(0);
      return result.stdout;
    };
    const badges = () =>
      Object.fromEntries(Object.entries(folderSnapshot(site)).filter(([file]) => file.endsWith('status.svg')));
    build();
    const before = badges();
    expect(Object.keys(before)).toHaveLength(files.length);

    const changed = files[1]!.name;
    const file = path.join(reports, changed);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Een nieuwe titel"'));
    expect(build()).toMatch(/unchanged pages kept/);
    const after = badges();
    const badge = path.join('rapporten', changed.replace(/\.md$/, ''), 'status.svg');
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    expect(after[badge]).not.toBe(before[badge]);
    const title = xmlElements(fromXml(readFileSync(path.join(site, badge), 'utf8')), 'title')[0]!;
    expect(xmlText(title)).toContain('Een nieuwe titel');
    expect({ ...after, [badge]: '' }).toEqual({ ...before, [badge]: '' });
  });
});
