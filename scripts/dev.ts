/**
 * npm run dev -- [--content content] [--output _site] [--port 8080] [--base-url URL]
 * Eleventy's dev server with live reload. Every save in the content folder
 * rebuilds, an edited report's page first (see src/dev/rebuilds.ts); when the
 * content has errors, the findings are printed and the last good site keeps
 * being served until the file is fixed.
 * Exit 1: no good site to start with. 2: bad usage.
 *
 * The pages name the server's own address (http://localhost:8080/) unless
 * --base-url gives another, and are then served under its path (/monitor/).
 */
import { parseArgs } from 'node:util';
import { printFindings } from '../src/cli/print-findings.ts';
import { createDevServer } from '../src/dev/dev-server.ts';
import type { DevEvent } from '../src/dev/events.ts';
import { devMessage } from '../src/dev/messages.ts';
import { parseBaseUrl } from '../src/load/config.ts';
import { basePath } from '../src/model/urls.ts';

const usage = 'Usage: npm run dev -- [--content content] [--output _site] [--port 8080] [--base-url URL]';

function options() {
  try {
    return parseArgs({
      options: {
        content: { type: 'string', default: 'content' },
        output: { type: 'string', default: '_site' },
        port: { type: 'string', default: '8080' },
        'base-url': { type: 'string' },
      },
    }).values;
  } catch (error) {
    console.error(`dev: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}
const values = options();
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`dev: --port must be a port number, not "${values.port}"\n${usage}`);
  process.exit(2);
}
// The dev server alone names its own address: a site it serves is reached there.
const address = parseBaseUrl(values['base-url'] ?? `http://localhost:${port}/`);
if ('error' in address) {
  console.error(`dev: ${address.error}`);
  process.exit(2);
}
const { baseUrl } = address;

function print(event: DevEvent): void {
  if (event.kind === 'findings') return printFindings(event.findings, event.fileCount, 'text');
  const { error, text } = devMessage(event);
  if (error) console.error(text);
  else console.log(text);
}

const server = await createDevServer({ content: values.content, output: values.output, port, baseUrl }, print);
if (!server) {
  console.error('dev: there is no good site to serve yet; fix the errors above and run npm run dev again.');
  process.exit(1);
}
// The search index may be under way in the background: stop its indexer too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.stop().finally(() => process.exit(0));
  });
}
await server.serve();
console.log(`dev: serving ${values.output}/ on http://localhost:${port}${basePath(baseUrl)} (Ctrl+C to stop)`);
