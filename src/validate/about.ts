import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { splitFrontMatter } from '../load/front-matter.ts';
import { aboutFrontMatterSchema } from '../schema/about.ts';
import { checkSchema } from './front-matter.ts';

/** The about page: front matter with a `title`, then Markdown. */
export function checkAbout(
  file: string,
  text: string,
): { about?: { title: string; markdown: string }; diagnostics: Diagnostic[] } {
  const { split, diagnostics } = splitFrontMatter(file, text);
  if (!split) return { diagnostics };
  const result = checkSchema(aboutFrontMatterSchema, split.data, file, split.locate);
  if (!result.value) return { diagnostics: result.diagnostics };
  return { about: { title: result.value.title, markdown: split.body }, diagnostics: [] };
}
