import { HtmlBasePlugin, type EleventyConfigApi } from '@11ty/eleventy';
import booleanAttributesPlugin from './boolean-attributes.ts';
import filtersPlugin from './filters.ts';
import needsAddressPlugin from './needs-address.ts';
import nunjucksCompileCachePlugin from './nunjucks-compile-cache.ts';
import renderSelectionPlugin from './render-selection.ts';
import tidyHtmlPlugin from './tidy-html.ts';

/**
 * Everything our templates need of Eleventy, in the order the transforms
 * must run. Added by createEleventy (src/build/eleventy.ts) before Eleventy
 * reads .eleventy.js, so that .eleventy.js stays plain JavaScript and the
 * commands run from their compiled bundle.
 */
export default function presentationPlugins(eleventyConfig: EleventyConfigApi): void {
  eleventyConfig.addPlugin(nunjucksCompileCachePlugin);
  eleventyConfig.addPlugin(filtersPlugin);
  eleventyConfig.addPlugin(tidyHtmlPlugin);
  eleventyConfig.addPlugin(renderSelectionPlugin);
  eleventyConfig.addPlugin(needsAddressPlugin);
  // Prefixes root-relative links with the path of baseUrl, if it has one. https://www.11ty.dev/docs/plugins/html-base/
  eleventyConfig.addPlugin(HtmlBasePlugin);
  eleventyConfig.addPlugin(booleanAttributesPlugin);
}
