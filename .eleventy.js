import { HtmlBasePlugin } from '@11ty/eleventy';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

/**
 * Eleventy only presents. Reading, validating and rendering happen in src/;
 * scripts/build.ts hands the finished model over as the global `model`.
 * https://www.11ty.dev/docs/config/
 */
export default async function (eleventyConfig) {
  // Imported when called, not at the top: Eleventy's watch mode scans this
  // file's static imports with a JavaScript parser, and these are TypeScript.
  const { default: filtersPlugin } = await import('./src/eleventy/filters.ts');
  const { default: tidyHtmlPlugin } = await import('./src/eleventy/tidy-html.ts');
  const { default: nunjucksCompileCachePlugin } = await import('./src/eleventy/nunjucks-compile-cache.ts');
  const { default: renderSelectionPlugin } = await import('./src/eleventy/render-selection.ts');
  const { default: needsAddressPlugin } = await import('./src/eleventy/needs-address.ts');
  const { default: booleanAttributesPlugin } = await import('./src/eleventy/boolean-attributes.ts');
  eleventyConfig.addPlugin(nunjucksCompileCachePlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(tidyHtmlPlugin);
  eleventyConfig.addPlugin(renderSelectionPlugin);
  eleventyConfig.addPlugin(needsAddressPlugin);
  // Prefixes root-relative links with the path of baseUrl, if it has one. https://www.11ty.dev/docs/plugins/html-base/
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(booleanAttributesPlugin);

  // The stylesheet and the two small search scripts are served as they are. https://www.11ty.dev/docs/copy/
  eleventyConfig.addPassthroughCopy({ [path.join(root, 'templates/assets')]: 'assets' });
}

export const config = {
  dir: { input: 'templates', includes: '_includes' },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
