// remark's configuration, used by the VS Code extension "remark"
// (unifiedjs.vscode-remark): it checks each report's front matter against
// schema/report.schema.json while you type, on a site with one agreement
// (content/reports/) and on one with several (content/agreements/<id>/reports/).
// https://github.com/remarkjs/remark/tree/main/packages/remark-cli#configuration
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    remarkFrontmatter,
    remarkGfm,
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {
          './schema/report.schema.json': ['content/reports/**/*.md', 'content/agreements/*/reports/**/*.md'],
        },
      },
    ],
  ],
};
