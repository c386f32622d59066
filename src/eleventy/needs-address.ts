interface PreprocessorConfig {
  addPreprocessor(name: string, extensions: string, callback: (data: PageData) => false | undefined): void;
}

interface PageData {
  needsAddress?: boolean;
  model?: { config: { baseUrl?: string } };
}

/**
 * Leaves out the templates marked `needsAddress: true` (the feed, the
 * sitemap: both list absolute addresses) when the site has no address, so
 * that no file names an address readers cannot reach.
 * https://www.11ty.dev/docs/config-preprocessors/
 */
export default function needsAddressPlugin(eleventyConfig: PreprocessorConfig): void {
  eleventyConfig.addPreprocessor('needs-address', 'njk', (data) =>
    data.needsAddress && data.model?.config.baseUrl === undefined ? false : undefined,
  );
}
