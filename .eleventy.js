import path from 'node:path';
import { fileURLToPath } from 'node:url';
import filtersPlugin from './src/eleventy/filters.ts';
import tidyHtmlPlugin from './src/eleventy/tidy-html.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Eleventy only presents. Reading, validating and rendering happen in src/;
 * scripts/build.ts hands the finished model over as the global `model`.
 * https://www.11ty.dev/docs/config/
 */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(tidyHtmlPlugin);

  // The stylesheet and the two small search scripts are served as they are. https://www.11ty.dev/docs/copy/
  eleventyConfig.addPassthroughCopy({ [path.join(root, 'templates/assets')]: 'assets' });
}

export const config = {
  dir: { input: 'templates', includes: '_includes' },
  templateFormats: ['njk', '11ty.js'],
  htmlTemplateEngine: 'njk',
};
