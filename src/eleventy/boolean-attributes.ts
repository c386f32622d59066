interface PosthtmlNode {
  attrs?: Record<string, string | boolean | undefined>;
}

interface HtmlTransformerConfig {
  pathPrefix?: string;
  htmlTransformer: {
    addPosthtmlPlugin(
      extensions: string,
      plugin: () => (tree: { walk: (visit: (node: PosthtmlNode) => PosthtmlNode) => void }) => void,
      options: { enabled: () => boolean },
    ): void;
  };
}

/** HTML's boolean attributes: present or absent, never given a value. */
const booleanAttributes = new Set([
  'allowfullscreen',
  'async',
  'autofocus',
  'autoplay',
  'checked',
  'controls',
  'default',
  'defer',
  'disabled',
  'formnovalidate',
  'hidden',
  'inert',
  'ismap',
  'itemscope',
  'loop',
  'multiple',
  'muted',
  'nomodule',
  'novalidate',
  'open',
  'playsinline',
  'readonly',
  'required',
  'reversed',
  'selected',
]);

/**
 * A site published under a path has its links rewritten by Eleventy's
 * HtmlBasePlugin, which parses and writes every page again with posthtml;
 * posthtml writes a boolean attribute as `defer=""`, which html-validate's
 * `attribute-boolean-style` rejects. This writes them back as the templates
 * do (`defer`), on those pages only: a site at the root is not rewritten.
 * https://www.11ty.dev/docs/plugins/html-base/
 */
export default function booleanAttributesPlugin(eleventyConfig: HtmlTransformerConfig): void {
  eleventyConfig.htmlTransformer.addPosthtmlPlugin(
    'html',
    () => (tree) => {
      tree.walk((node) => {
        for (const name of Object.keys(node.attrs ?? {})) {
          if (node.attrs![name] === '' && booleanAttributes.has(name)) node.attrs![name] = true;
        }
        return node;
      });
    },
    { enabled: () => (eleventyConfig.pathPrefix ?? '/') !== '/' },
  );
}
