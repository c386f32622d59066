interface PreprocessorConfig {
  addPreprocessor(name: string, extensions: string, callback: (data: PageData) => false | undefined): void;
}

interface PageData {
  pagination?: { data?: unknown };
  render?: { wholeModel?: boolean };
}

/**
 * Leaves out the pages made from the whole model (home, themes, feed,
 * sitemap…) when the render selection says so: the dev server's quick
 * preview writes the changed report's page alone. The other templates
 * paginate over the selection and so write only what it holds.
 * https://www.11ty.dev/docs/config-preprocessors/
 */
export default function renderSelectionPlugin(eleventyConfig: PreprocessorConfig): void {
  eleventyConfig.addPreprocessor('render-selection', 'njk', (data) => {
    const selected = typeof data.pagination?.data === 'string' && data.pagination.data.startsWith('render.');
    return selected || data.render?.wholeModel !== false ? undefined : false;
  });
}
