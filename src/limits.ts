/**
 * How much input the tools accept. Real reports stay far below every limit
 * (the shipped report is 18 KB with 39 references); the limits exist so that
 * no file, however it was made, can crash, hang or exhaust the validator and
 * the build. Each has its own rule id and is documented in docs/limits.md.
 */
export const inputLimits = {
  /** Largest report file, in bytes (`file-too-large`): 1 MiB. */
  fileBytes: 1024 * 1024,
  /**
   * Largest Markdown text (the body, `agreement.text`, a history `note`): in
   * UTF-8 bytes, in lines, and in characters of one paragraph (lines without
   * a blank line between them) (`markdown-too-large`). The Markdown parser's
   * time grows with the square of the number of lists times lines, and of
   * the emphasis marks in one paragraph; these keep any text to a few seconds
   * (the shipped report's body is 2.7 KB in 20 lines, its longest paragraph
   * 546 characters).
   */
  markdownBytes: 64 * 1024,
  markdownLines: 2000,
  markdownParagraph: 16_000,
  /** Most references in one report (`too-many-references`). */
  references: 1000,
  /**
   * Deepest nesting (`nesting-too-deep`): lists and mappings inside each other
   * in the front matter; lists, quotes, emphasis, links and HTML elements
   * inside each other in Markdown. Far deeper nesting overflows the stack of
   * the recursive steps in the parsers and renderers.
   */
  nesting: 20,
  /**
   * YAML aliases (`*name`) a front matter may expand, counted as the yaml
   * package counts them (`maxAliasCount`: uses times the size of what they
   * repeat) (`too-many-aliases`). Stops "billion laughs" documents.
   */
  aliases: 100,
  /** Longest report title, in characters (`title-too-long`). */
  titleLength: 200,
} as const;
