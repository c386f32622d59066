import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { splitFrontMatter } from '../load/front-matter.ts';
import { aboutFrontMatterSchema } from '../schema/about.ts';
import { checkSchema } from './front-matter.ts';
import { checkFileSize, checkInvisibleCharacters, checkMarkdownText } from './limits.ts';

/** The about page: front matter with a `title`, then Markdown. */
export function checkAbout(
  file: string,
  text: string,
): { about?: { title: string; markdown: string }; diagnostics: Diagnostic[] } {
  const tooLarge = checkFileSize(file, text);
  if (tooLarge) return { diagnostics: [tooLarge] };
  const invisible = checkInvisibleCharacters(file, text);
  const { split, diagnostics } = splitFrontMatter(file, text);
  if (!split) return { diagnostics: invisible ? [invisible, ...diagnostics] : diagnostics };
  const result = checkSchema(aboutFrontMatterSchema, split.data, file, split.locate);
  const placeOf = (offset: number) => ({ file, ...split.lines.position(split.bodyOffset + offset) });
  const body = checkMarkdownText(split.body, placeOf, 'the text');
  const found = [...(invisible ? [invisible] : []), ...result.diagnostics, ...body.diagnostics];
  if (!result.value || found.length > 0) return { diagnostics: found };
  return { about: { title: result.value.title, markdown: split.body }, diagnostics: [] };
}
