import filtersPlugin from './src/eleventy/filters.ts';

/**
 * Eleventy only presents. Reading, validating and rendering happen in src/;
 * scripts/build.ts hands the finished model over as the global `model`.
 * https://www.11ty.dev/docs/config/
 */
export default function (eleventyConfig) {
  eleventyConfig.addPlugin(filtersPlugin);
}

export const config = {
  dir: { input: 'templates', includes: '_includes' },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
