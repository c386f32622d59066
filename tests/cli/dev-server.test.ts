import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/fixtures.ts';
import { commandArgs } from '../helpers/run.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'monitor-dev-'));
const content = path.join(scratch, 'content');
const report = path.join(content, 'reports/1-3-activering-stimuleren.md');
let server: ChildProcess | undefined;
let log = '';

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(scratch, { recursive: true, force: true, maxRetries: 5 });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function until<T>(probe: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await probe().catch(() => undefined as T);
    if (value !== undefined && done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output so far:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function edit(change: (text: string) => string) {
  writeFileSync(report, change(readFileSync(report, 'utf8')));
}

describe('npm run dev', () => {
  it('should serve the site, keep the last good site while a report is broken, and recover when it is fixed', async () => {
    cpSync(path.join(projectRoot, 'content'), content, { recursive: true });
    const port = await freePort();
    server = spawn(
      process.execPath,
      commandArgs('dev', ['--content', content, '--output', path.join(scratch, 'site'), '--port', String(port)]),
      { cwd: projectRoot, env: { ...process.env, GITHUB_ACTIONS: '' } },
    );
    server.stdout!.on('data', (chunk) => (log += chunk));
    server.stderr!.on('data', (chunk) => (log += chunk));
    const title = () =>
      fetch(`http://127.0.0.1:${port}/rapporten/1-3-activering-stimuleren/`)
        .then((response) => response.text())
        .then((html) => /<h1>.*?<\/span> ([^<]*)<\/h1>/.exec(html)?.[1]);

    expect(await until(title, (t) => t !== undefined, 'the first page')).toBe('Activering stimuleren');
    // The dev server alone names its own address.
    const page = await fetch(`http://127.0.0.1:${port}/rapporten/1-3-activering-stimuleren/`).then((r) => r.text());
    expect(select('link[rel=canonical]', fromHtml(page))?.properties.href).toBe(
      `http://localhost:${port}/rapporten/1-3-activering-stimuleren/`,
    );

    const fromStart = log.length;
    edit((text) => text.replace('title: Activering stimuleren', 'title: Activering versterken'));
    expect(await until(title, (t) => t === 'Activering versterken', 'the edited title')).toBe('Activering versterken');
    // The report's own page is written first, then the rest of the site: its chapter's listing too.
    const listed = () =>
      fetch(`http://127.0.0.1:${port}/hoofdstukken/1/`)
        .then((response) => response.text())
        .then((html) => html.includes('Activering versterken'));
    expect(await until(listed, (found) => found, 'the edited title in the listing')).toBe(true);
    expect(log.slice(fromStart)).toContain('dev: the edited report page first; the rest of the site follows');

    const before = log.length;
    edit((text) => text.replace('section: "1.3"', 'section: 1.30'));
    await until(
      async () => log.slice(before),
      (out) => out.includes('still serving the last good site'),
      'the findings',
    );
    expect(log.slice(before)).toMatch(/1-3-activering-stimuleren\.md:4:12: error: .* \(section-not-a-string\)/);
    expect(await title()).toBe('Activering versterken');

    edit((text) =>
      text.replace('section: 1.30', 'section: "1.3"').replace('Activering versterken', 'Activering hersteld'),
    );
    expect(await until(title, (t) => t === 'Activering hersteld', 'the fixed page')).toBe('Activering hersteld');
    expect(server.exitCode).toBeNull();
  }, 60_000);
});
