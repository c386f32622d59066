import Eleventy, { type EleventyOptions } from '@11ty/eleventy';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteModel } from '../../src/model/build-model.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Eleventy over the project's templates, with the site model as the global
 * `model`: the finished model, or a function that gives the current one on
 * every (re)build in watch mode.
 */
export function createEleventy(
  output: string,
  model: SiteModel | (() => SiteModel | Promise<SiteModel>),
  options: Omit<EleventyOptions, 'configPath' | 'config'> & {
    /** More folders or globs whose changes rebuild in watch mode. */
    watch?: string[];
    port?: number;
    /** Runs after every (re)build, such as the search index in dev mode. */
    afterBuild?: () => Promise<unknown>;
  } = {},
) {
  const { watch = [], port, afterBuild, ...rest } = options;
  return new Eleventy(path.join(root, 'templates'), output, {
    configPath: path.join(root, '.eleventy.js'),
    quietMode: true,
    // Published under a path (https://owner.github.io/monitor/): every root-relative link gets it.
    ...(typeof model === 'function' ? {} : { pathPrefix: model.basePath }),
    ...rest,
    config: (eleventyConfig) => {
      eleventyConfig.addGlobalData('model', model);
      for (const target of watch) eleventyConfig.addWatchTarget(target);
      if (port !== undefined) eleventyConfig.setServerOptions({ port });
      if (afterBuild) eleventyConfig.on('eleventy.after', afterBuild);
    },
  });
}
