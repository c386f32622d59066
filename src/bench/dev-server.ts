import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { projectRoot } from '../project-root.ts';
import { edited } from './corpus.ts';
import { projectCommand } from './project-command.ts';

export interface DevServer {
  /**
   * Saves the report with a new title; the seconds until the server gives
   * the report's page with it, and until its chapter's listing shows it too.
   * Returns once the background search index that follows is done, so that
   * the next rows do not run beside it.
   */
  change(): Promise<{ page: number; site: number }>;
  stop(): void;
}

export interface DevServerOptions {
  /** A content folder of its own, so that the other rows' edits do not wake it. */
  content: string;
  output: string;
  cacheDir: string;
  /** The report that changes (section 1.1, first on its chapter's first page), its file and text. */
  report: { file: string; slug: string; text: string };
}

/** Starts `npm run dev` on the content and waits until it serves the site and indexed it once. */
export async function startDevServer({ content, output, cacheDir, report }: DevServerOptions): Promise<DevServer> {
  const port = 20_000 + (process.pid % 20_000);
  const page = `http://localhost:${port}/rapporten/${report.slug}/`;
  const listing = `http://localhost:${port}/hoofdstukken/1/`;
  const [program, ...args] = projectCommand('dev', ['--content', content, '--output', output, '--port', String(port)]);
  const server = spawn(program!, args, {
    cwd: projectRoot,
    env: { ...process.env, MONITOR_CACHE_DIR: cacheDir, GITHUB_ACTIONS: '' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  // The server says when its background search index is done.
  let printed = '';
  server.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const indexed = () => printed.split('dev: search index updated').length - 1;
  const stop = () => server.kill('SIGTERM');
  try {
    await pageShowing(page, 'Synthetische sectie', 600);
    await until(() => indexed() >= 1, 600, "the dev server's first search index");
  } catch (error) {
    stop();
    throw error;
  }
  let edits = 0;
  return {
    async change() {
      edits += 1;
      const title = `Gewijzigd ${edits}`;
      const before = indexed();
      const started = performance.now();
      writeFileSync(report.file, edited(report.text, title));
      await pageShowing(page, title, 120);
      const pageSeconds = (performance.now() - started) / 1000;
      await pageShowing(listing, title, 120);
      const siteSeconds = (performance.now() - started) / 1000;
      await until(() => indexed() > before, 600, "the dev server's search index");
      return { page: pageSeconds, site: siteSeconds };
    },
    stop,
  };
}

/** Waits until `done` says so, polling every 100 ms. */
async function until(done: () => boolean, seconds: number, what: string): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  while (!done()) {
    if (performance.now() > deadline) throw new Error(`${what} did not finish within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the page at `url` holds `text`, polling every 20 ms. */
async function pageShowing(url: string, text: string, seconds: number): Promise<void> {
  const deadline = performance.now() + seconds * 1000;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok && (await response.text()).includes(text)) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${url} did not show "${text}" within ${seconds} s`);
}
