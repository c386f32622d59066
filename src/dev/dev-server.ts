import path from 'node:path';
import { createEleventy } from '../build/eleventy.ts';
import { stopSearchIndex, writeSearchIndex } from '../build/search-index.ts';
import { basePath } from '../model/urls.ts';
import type { DevEvent } from './events.ts';
import { Rebuilds } from './rebuilds.ts';

export interface DevServerOptions {
  content: string;
  output: string;
  port: number;
  /** The address the pages name as their own; the site is served under its path. */
  baseUrl: string;
}

export interface DevServer {
  /** Builds the site, serves it with live reload, and rebuilds on every save in the content folder. */
  serve(): Promise<void>;
  /** Stops a search index run that is under way: its indexer is a process of its own. */
  stop(): Promise<void>;
}

/**
 * Reads the content and readies Eleventy's dev server over it; undefined
 * when the content has errors, so that there is no good site to serve yet.
 * `onEvent` hears what the rebuilds and the search index do.
 */
export async function createDevServer(
  options: DevServerOptions,
  onEvent: (event: DevEvent) => void,
): Promise<DevServer | undefined> {
  const output = path.resolve(options.output);
  const rebuilds = new Rebuilds({ content: options.content, output, baseUrl: options.baseUrl }, onEvent);
  if (!(await rebuilds.first())) return undefined;
  let searching: Promise<unknown> = Promise.resolve();
  const eleventy = createEleventy(output, () => rebuilds.next(), {
    runMode: 'serve',
    port: options.port,
    watch: [path.join(options.content, '**/*')],
    render: () => rebuilds.selection,
    // Served under the address's path, as the site will be published.
    pathPrefix: basePath(options.baseUrl),
    beforeRebuild: (files) => rebuilds.changed(files),
    // Search works in dev too. The index takes seconds on large sites, so the
    // page reloads first and the index follows, one run after the other.
    afterBuild: async () => {
      // After a preview, the rest of the site: as if the file had been saved again.
      if (rebuilds.followUp !== undefined) eleventy.watcher?.emit('change', rebuilds.followUp);
      if (!rebuilds.reportsChanged) return;
      searching = searching.then(async () => onEvent({ kind: 'search-index', ...(await writeSearchIndex(output)) }));
    },
  });
  return {
    async serve() {
      await eleventy.init();
      await eleventy.watch();
      await eleventy.serve(options.port);
    },
    stop: stopSearchIndex,
  };
}
