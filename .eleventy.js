import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Eleventy only presents. Reading, validating and rendering happen in src/;
 * the build hands the finished model over as the global `model`, and adds
 * the plugins our templates need (src/eleventy/plugins.ts) before this file.
 * https://www.11ty.dev/docs/config/
 */
export default function (eleventyConfig) {
  // The stylesheet and the two small search scripts are served as they are. https://www.11ty.dev/docs/copy/
  eleventyConfig.addPassthroughCopy({ [path.join(root, 'templates/assets')]: 'assets' });
}

export const config = {
  // From the project's folder, not the working directory: the build runs from anywhere.
  dir: { input: path.join(root, 'templates'), includes: '_includes' },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
