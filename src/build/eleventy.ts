import Eleventy, { type EleventyOptions } from '@11ty/eleventy';
import path from 'node:path';
import presentationPlugins from '../eleventy/plugins.ts';
import type { SiteModel } from '../model/build-model.ts';
import { everything, type RenderSelection } from '../model/render-plan.ts';
import { projectRoot } from '../project-root.ts';

const root = projectRoot;

/**
 * Eleventy over the project's templates, with the site model as the global
 * `model`: the finished model, or a function that gives the current one on
 * every (re)build in watch mode. The global `render` says which pages to
 * write (see render-plan.ts); all of them unless `render` is given.
 */
export function createEleventy(
  output: string,
  model: SiteModel | (() => SiteModel | Promise<SiteModel>),
  options: Omit<EleventyOptions, 'configPath' | 'config'> & {
    /** The pages to write, or a function that says so on every (re)build; default: all. */
    render?: RenderSelection | (() => RenderSelection | undefined);
    /** More folders or globs whose changes rebuild in watch mode. */
    watch?: string[];
    port?: number;
    /** Runs after every (re)build, such as the search index in dev mode. */
    afterBuild?: () => Promise<unknown>;
    /** In watch mode, told which files changed before each rebuild. */
    beforeRebuild?: (files: string[]) => void;
    /** The path the site is served under ("/monitor/"); default: the model's. */
    pathPrefix?: string;
  } = {},
) {
  const { watch = [], port, afterBuild, beforeRebuild, render, pathPrefix, ...rest } = options;
  // In watch mode the model is asked for once per rebuild, before the data is read.
  let current = typeof model === 'function' ? undefined : model;
  return new Eleventy(path.join(root, 'templates'), output, {
    configPath: path.join(root, '.eleventy.js'),
    quietMode: true,
    // Published under a path (https://owner.github.io/monitor/): every root-relative link gets it.
    ...(pathPrefix !== undefined ? { pathPrefix } : typeof model === 'function' ? {} : { pathPrefix: model.basePath }),
    ...rest,
    config: (eleventyConfig) => {
      presentationPlugins(eleventyConfig);
      // Eleventy warns on stderr ("[11ty] Benchmark …") when a step takes a large share of a
      // run, even in quiet mode: on a busy machine a build would print a warning about nothing.
      eleventyConfig.benchmarkManager.setVerboseOutput(false);
      for (const group of ['Configuration', 'Data']) eleventyConfig.benchmarkManager.get(group).setIsVerbose(false);
      if (typeof model === 'function') {
        eleventyConfig.on('eleventy.before', async () => {
          current = await model();
        });
      }
      eleventyConfig.addGlobalData('model', () => current);
      eleventyConfig.addGlobalData(
        'render',
        () => (typeof render === 'function' ? render() : render) ?? everything(current!),
      );
      for (const target of watch) eleventyConfig.addWatchTarget(target);
      if (port !== undefined) eleventyConfig.setServerOptions({ port });
      if (afterBuild) eleventyConfig.on('eleventy.after', afterBuild);
      if (beforeRebuild) eleventyConfig.on('eleventy.beforeWatch', async (files) => beforeRebuild(files));
    },
  });
}
