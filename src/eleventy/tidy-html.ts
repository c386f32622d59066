interface TransformConfig {
  addTransform(name: string, transform: (content: string, outputPath: string) => string): void;
}

/**
 * Templates leave trailing spaces and runs of blank lines behind; readers
 * never see them, but they cost bytes and trip the HTML checks.
 */
export default function tidyHtmlPlugin(eleventyConfig: TransformConfig): void {
  eleventyConfig.addTransform('tidy-html', (content, outputPath) =>
    outputPath?.endsWith('.html') ? content.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n') : content,
  );
}
